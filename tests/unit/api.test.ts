import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEndpoint, paramSuffixes, statusesOf } from "@/lib/api/endpoint";
import { buildOpenApiDocument, parametersOf, rolesWith, sampleOf } from "@/lib/api/openapi";
import { API_ENDPOINTS } from "@/lib/api/v1/registry";
import {
  apiTokenStatus,
  bearerToken,
  displayPrefix,
  expiryFromDate,
  generateApiToken,
  hashApiToken,
  isApiTokenFormat,
  shouldTouchLastUsed,
} from "@/lib/auth/api-token";
import { decide, rateLimitConfig, retryAfterSeconds, windowStart } from "@/lib/domain/api/rate-window";
import { reportFigures, EVENT_TYPES } from "@/lib/domain/report/figures";

describe("API tokens", () => {
  it("are opora_ + 43 base64url characters, random, and pass the format check", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a).toMatch(/^opora_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(isApiTokenFormat(a)).toBe(true);
    for (const bad of ["", "opora_", `opora_${"a".repeat(42)}`, `opora_${"a".repeat(44)}`, `xopora_${"a".repeat(43)}`, `opora_${"a".repeat(42)}=`]) {
      expect(isApiTokenFormat(bad), bad).toBe(false);
    }
  });

  it("are stored as their hex SHA-256, shown by a 12-character prefix", () => {
    expect(hashApiToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = generateApiToken();
    expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(displayPrefix(token)).toBe(token.slice(0, 12));
  });

  it("read the bearer token from the Authorization header", () => {
    expect(bearerToken(new Headers({ authorization: "Bearer abc" }))).toBe("abc");
    expect(bearerToken(new Headers({ authorization: "bearer  abc " }))).toBe("abc");
    expect(bearerToken(new Headers({ authorization: "Basic abc" }))).toBeNull();
    expect(bearerToken(new Headers({ authorization: "Bearer a b" }))).toBeNull();
    expect(bearerToken(new Headers())).toBeNull();
  });

  it("have a status: revoked before expired before active", () => {
    const now = new Date("2026-01-10T12:00:00Z");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: new Date("2026-01-11T00:00:00Z") }, now)).toBe("active");
    expect(apiTokenStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(apiTokenStatus({ revokedAt: now, expiresAt: new Date("2020-01-01") }, now)).toBe("revoked");
  });

  it("valid through a date expire at the following UTC midnight", () => {
    expect(expiryFromDate("2026-12-31").toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(expiryFromDate("2028-02-28").toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("touch lastUsedAt at most once a minute", () => {
    const now = new Date("2026-01-10T12:00:00Z");
    expect(shouldTouchLastUsed(null, now)).toBe(true);
    expect(shouldTouchLastUsed(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(shouldTouchLastUsed(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});

describe("rate-limit window", () => {
  const config = { limit: 3, windowMs: 60_000 };
  it("aligns windows to the epoch", () => {
    expect(windowStart(new Date("2026-01-10T12:34:56.789Z"), 60_000).toISOString()).toBe("2026-01-10T12:34:00.000Z");
    expect(windowStart(new Date("2026-01-10T12:34:56.789Z"), 3_600_000).toISOString()).toBe("2026-01-10T12:00:00.000Z");
  });
  it("tells the seconds until the window ends, at least 1", () => {
    expect(retryAfterSeconds(new Date("2026-01-10T12:34:00.000Z"), 60_000)).toBe(60);
    expect(retryAfterSeconds(new Date("2026-01-10T12:34:56.200Z"), 60_000)).toBe(4);
    expect(retryAfterSeconds(new Date("2026-01-10T12:34:59.999Z"), 60_000)).toBe(1);
  });
  it("allows up to the limit and refuses the next", () => {
    const now = new Date("2026-01-10T12:34:30Z");
    expect(decide(1, config, now)).toEqual({ allowed: true, limit: 3, remaining: 2, retryAfter: 30 });
    expect(decide(3, config, now)).toMatchObject({ allowed: true, remaining: 0 });
    expect(decide(4, config, now)).toMatchObject({ allowed: false, remaining: 0 });
  });
  it("reads the limit and window from the environment, falling back on bad values", () => {
    expect(rateLimitConfig({})).toEqual({ limit: 600, windowMs: 60_000 });
    expect(rateLimitConfig({ OPORA_API_RATE_LIMIT: "5", OPORA_API_RATE_WINDOW_S: "10" })).toEqual({ limit: 5, windowMs: 10_000 });
    expect(rateLimitConfig({ OPORA_API_RATE_LIMIT: "0", OPORA_API_RATE_WINDOW_S: "abc" })).toEqual({ limit: 600, windowMs: 60_000 });
  });
});

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument(API_ENDPOINTS);

  it("is OpenAPI 3.1 with the bearer scheme and the error schema", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Error).toMatchObject({ type: "object", required: ["error"] });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });

  it("has every registry entry with its method, Russian summary and statuses", () => {
    for (const endpoint of API_ENDPOINTS) {
      const op = (doc.paths[endpoint.path] as Record<string, { summary: string; operationId: string; responses: Record<string, unknown> }>)[endpoint.method.toLowerCase()];
      expect(op, `${endpoint.method} ${endpoint.path}`).toBeDefined();
      expect(op.operationId).toBe(endpoint.name);
      expect(op.summary).toMatch(/[А-Яа-яЁё]/);
      expect(Object.keys(op.responses).map(Number)).toEqual(statusesOf(endpoint));
    }
    expect(new Set(API_ENDPOINTS.map((e) => e.name)).size).toBe(API_ENDPOINTS.length);
  });

  it("documents 401/403/404/422/429/500 on a scoped endpoint with parameters, and none of the token ones on the public document", () => {
    const roadmap = API_ENDPOINTS.find((e) => e.path.endsWith("/roadmap"))!;
    expect(statusesOf(roadmap)).toEqual([200, 401, 403, 404, 422, 429, 500]);
    const openapi = API_ENDPOINTS.find((e) => e.path === "/openapi.json")!;
    expect(statusesOf(openapi)).toEqual([200, 500]);
    expect((doc.paths["/openapi.json"] as { get: { security: unknown } }).get.security).toEqual([]);
  });

  it("lists path and query parameters with their schemas", () => {
    const summary = API_ENDPOINTS.find((e) => e.path.endsWith("/diagnostics/summary"))!;
    const params = parametersOf(summary);
    expect(params.map((p) => [p.name, p.in, p.required])).toEqual([
      ["cycleId", "path", true],
      ["school", "query", false],
    ]);
    expect(params[1].schema).toMatchObject({ type: "string", pattern: expect.any(String) });
  });

  it("supports a file suffix in a path parameter and a file response", () => {
    const exportEndpoint = defineEndpoint({
      method: "GET",
      path: "/cycles/{cycleId}/export/{register}.xlsx",
      name: "test.export",
      permission: "monitor:read",
      tag: "Выгрузки",
      summary: "Выгрузка реестра",
      params: z.object({ cycleId: z.string(), register: z.enum(["events"]) }),
      response: { description: "Файл .xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      handler: async () => new Response("x"),
    });
    expect(paramSuffixes(exportEndpoint.path)).toEqual({ register: ".xlsx" });
    expect(statusesOf(exportEndpoint)).toEqual([200, 401, 403, 404, 422, 429, 500]);
    const importEndpoint = defineEndpoint({
      method: "POST",
      path: "/imports/{kind}",
      name: "test.import",
      permission: "import:run",
      tag: "Загрузки",
      summary: "Загрузка реестра",
      params: z.object({ kind: z.enum(["events"]) }),
      body: { contentType: "multipart/form-data", schema: z.object({ file: z.file() }) },
      maxBodyBytes: 1024,
      response: { status: 201, description: "Итог", schema: z.object({ created: z.number() }) },
      extraStatuses: [409],
      handler: async () => ({ created: 0 }),
    });
    expect(statusesOf(importEndpoint)).toEqual([201, 401, 403, 404, 409, 413, 422, 429, 500]);
    const importOp = (buildOpenApiDocument([importEndpoint]).paths["/imports/{kind}"] as Record<string, { requestBody: { content: Record<string, { schema: unknown }> } }>).post;
    expect(importOp.requestBody.content["multipart/form-data"].schema).toMatchObject({ properties: { file: { type: "string", format: "binary" } } });
    const op = (buildOpenApiDocument([exportEndpoint]).paths[exportEndpoint.path] as Record<string, { responses: Record<string, { content: Record<string, unknown> }> }>).get;
    expect(Object.keys(op.responses["200"].content)).toEqual(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
  });

  it("names the roles that hold a permission", () => {
    expect(rolesWith("monitor:read")).toEqual(["admin", "coordinator"]);
    expect(rolesWith("profile:own")).toHaveLength(6);
  });

  it("gives an example of every response shape", () => {
    expect(sampleOf({ type: "object", properties: { a: { type: "integer" }, b: { type: ["string", "null"] }, c: { type: "array", items: { enum: ["x", "y"] } } } })).toEqual({
      a: 0,
      b: "…",
      c: ["x"],
    });
    expect(sampleOf({ anyOf: [{ type: "object", properties: { email: { type: "string" } } }, { type: "null" }] })).toEqual({ email: "…" });
  });
});

describe("report figures", () => {
  it("counts events by every type (zero when none), schools by category, measures and consultations", () => {
    const day = new Date("2025-03-01");
    const figures = reportFigures({
      schools: [{ categories: ["shnor", "p500"] }, { categories: ["shnor"] }, { categories: [] }],
      measureGroups: [
        { status: "done", overdue: false, count: 2 },
        { status: "planned", overdue: true, count: 1 },
        { status: "confirmed", overdue: false, count: 1 },
      ],
      events: [
        { date: day, type: "seminar", participants: 10 },
        { date: day, type: "seminar", participants: 5 },
        { date: day, type: "webinar", participants: 20 },
      ],
      consultations: [
        { date: day, module: "assessment", subject: { code: "math", name: "Математика" } },
        { date: day, module: "assessment", subject: { code: "math", name: "Математика" } },
        { date: day, module: "subject_competence", subject: { code: "rus", name: "Русский язык" } },
      ],
    });
    expect(Object.keys(figures.events.byType)).toEqual([...EVENT_TYPES]);
    expect(figures.events).toEqual({
      total: 3,
      participants: 35,
      byType: { seminar: 2, webinar: 1, videoconference: 0, master_class: 0, consulting: 0, training: 0, methodical_session: 0, management_school: 0 },
    });
    expect(figures.schools).toEqual({ total: 3, byCategory: { shnor: 2, shnsu: 0, risk_zone: 0, p500: 1 } });
    expect(figures.measures).toMatchObject({ total: 4, overdue: 1, percentDone: 75, counters: { done: 3, planned: 1, attention: 3 } });
    expect(figures.consultations).toEqual({
      total: 3,
      byModule: { subject_competence: 1, methodical_competence: 0, assessment: 2 },
      bySubject: [
        { code: "math", name: "Математика", count: 2 },
        { code: "rus", name: "Русский язык", count: 1 },
      ],
    });
  });
});
