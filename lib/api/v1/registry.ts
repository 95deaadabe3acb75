/**
 * The REST API v1: every endpoint, in the order of the documentation. The
 * OpenAPI document (GET /api/v1/openapi.json) and /api/docs are generated from
 * this list; each entry is served by the app/api/v1/…/route.ts of its path.
 *
 * To add an endpoint: write it with `defineEndpoint` (lib/api/endpoint.ts),
 * append it here, and create the route file for its path exporting
 * `export const <METHOD> = apiRoute(theEndpoint);`. The contract test
 * (tests/integration/api-contract.test.ts) fails until the two agree.
 */
import { z } from "zod";
import { defineEndpoint, type AnyEndpoint } from "@/lib/api/endpoint";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { cycleSchoolsEndpoint, cyclesEndpoint } from "./endpoints/cycles";
import { diagnosticsSummaryEndpoint } from "./endpoints/diagnostics";
import { exportEndpoint } from "./endpoints/export";
import { importEndpoint } from "./endpoints/imports";
import { meEndpoint } from "./endpoints/me";
import { monitorEndpoint } from "./endpoints/monitor";
import { reportEndpoint } from "./endpoints/report";
import { roadmapEndpoint } from "./endpoints/roadmap";

export const openApiEndpoint = defineEndpoint({
  method: "GET",
  path: "/openapi.json",
  name: "api.openapi",
  permission: null,
  tag: "Документация",
  summary: "Этот документ OpenAPI 3.1",
  description: "Открыт без токена: описывает API и не содержит данных.",
  response: {
    description: "Документ OpenAPI",
    schema: z.looseObject({ openapi: z.literal("3.1.0"), paths: z.record(z.string(), z.unknown()) }),
  },
  handler: async () => buildOpenApiDocument(API_ENDPOINTS),
});

export const API_ENDPOINTS: readonly AnyEndpoint[] = [
  meEndpoint,
  cyclesEndpoint,
  cycleSchoolsEndpoint,
  roadmapEndpoint,
  monitorEndpoint,
  diagnosticsSummaryEndpoint,
  reportEndpoint,
  exportEndpoint,
  importEndpoint,
  openApiEndpoint,
];
