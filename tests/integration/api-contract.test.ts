/**
 * The contract between the route files, the registry and the OpenAPI
 * document: every app/api/v1/**\/route.ts is documented with each method it
 * exports and serves the registry entry of its path; every documented path
 * has its route; every documented 200 response schema validates a real
 * response on the demo data.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiRouteHandler } from "@/lib/api/handler";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { API_ENDPOINTS } from "@/lib/api/v1/registry";
import { apiGet, demoCycleId, tokenFor } from "../support/api";

const ROOT = path.resolve(__dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Route files under app/api/v1 as [OpenAPI-style path, file]. */
function routeFiles(dir = ROOT): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...routeFiles(full));
    else if (entry.name === "route.ts") {
      const rel = path.relative(ROOT, dir).split(path.sep).filter(Boolean);
      out.push([`/${rel.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`, full]);
    }
  }
  return out;
}

/** A documented path matches a folder path: `{register}.xlsx` is the folder `[register]`. */
const folderPathOf = (documented: string) => documented.replace(/\{(\w+)\}\.[A-Za-z0-9]+(?=\/|$)/g, "{$1}");

const document = buildOpenApiDocument(API_ENDPOINTS);
let sample: Record<string, string> = {};
let token = "";

beforeAll(async () => {
  sample = { cycleId: await demoCycleId(), code: "edu230101", register: "monitor" };
  token = await tokenFor("admin@opora.demo");
});

describe("route files ↔ OpenAPI document", () => {
  const files = routeFiles();

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThanOrEqual(API_ENDPOINTS.length);
  });

  for (const [routePath, file] of files) {
    it(`${routePath} is documented with every method it exports`, async () => {
      const mod = (await import(file)) as Partial<Record<(typeof METHODS)[number], ApiRouteHandler>>;
      const exported = METHODS.filter((m) => typeof mod[m] === "function");
      expect(exported.length).toBeGreaterThan(0);
      for (const method of exported) {
        const documented = Object.entries(document.paths).find(([p, ops]) => folderPathOf(p) === routePath && method.toLowerCase() in ops);
        expect(documented, `${method} ${routePath} in openapi.json`).toBeDefined();
        // The handler is the registry entry of this very path and method.
        expect(mod[method]!.endpoint, `${method} ${routePath} built with apiRoute()`).toBeDefined();
        expect(folderPathOf(mod[method]!.endpoint.path)).toBe(routePath);
        expect(mod[method]!.endpoint.method).toBe(method);
        expect(API_ENDPOINTS).toContain(mod[method]!.endpoint);
      }
    });
  }

  it("has a route file for every documented path and method", () => {
    const routes = new Set(files.map(([p]) => p));
    for (const endpoint of API_ENDPOINTS) expect(routes.has(folderPathOf(endpoint.path)), endpoint.path).toBe(true);
    expect(Object.values(document.paths).reduce((n, ops) => n + Object.keys(ops).length, 0)).toBe(API_ENDPOINTS.length);
  });
});

describe("documented responses ↔ real responses", () => {
  for (const endpoint of API_ENDPOINTS.filter((e) => e.method === "GET")) {
    it(`${endpoint.method} ${endpoint.path}: the 200 schema validates a real response`, async () => {
      const file = routeFiles().find(([p]) => p === folderPathOf(endpoint.path))![1];
      const handler = ((await import(file)) as { GET: ApiRouteHandler }).GET;
      // A parameter declared with a file suffix (`{register}.xlsx`) carries it in the folder value too.
      const params = Object.fromEntries([...endpoint.path.matchAll(/\{(\w+)\}(\.[A-Za-z0-9]+)?/g)].map(([, name, suffix]) => [name, sample[name] + (suffix ?? "")]));
      const url = endpoint.path.replace(/\{(\w+)\}/g, (_m, name: string) => sample[name]);
      const documented = document.paths[endpoint.path].get as { responses: Record<string, { content?: Record<string, unknown> }> };
      const answer = endpoint.response;
      if ("contentType" in answer) {
        // A file: the documented content type is what is served.
        const request = new Request(`http://localhost/api/v1${url}`, { headers: { authorization: `Bearer ${token}` } });
        const response = await handler(request, { params: Promise.resolve(params) });
        expect(response.status).toBe(200);
        expect(documented.responses["200"].content?.[answer.contentType]).toBeDefined();
        expect(response.headers.get("content-type")).toBe(answer.contentType);
        return;
      }
      const response = await apiGet(handler, url, params, endpoint.permission === null ? null : token);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(documented.responses["200"].content?.["application/json"]).toBeDefined();
      const parsed = answer.schema.safeParse(response.body);
      expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
      // Nothing beyond the documented shape is served.
      expect(parsed.data).toEqual(response.body);
    });
  }
});
