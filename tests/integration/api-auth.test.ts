/**
 * REST API v1 authentication and the error contract: 401 for every kind of
 * bad token, 403 audited, 404 audited, 422 with field messages, 429 with
 * Retry-After; lastUsedAt written at most once a minute.
 */
import { afterEach, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as monitor } from "@/app/api/v1/cycles/[cycleId]/monitor/route";
import { GET as summary } from "@/app/api/v1/cycles/[cycleId]/diagnostics/summary/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { apiRoute } from "@/lib/api/handler";
import { hashApiToken } from "@/lib/auth/api-token";
import { getDb } from "@/lib/db/client";
import { createTestUser } from "../support/db";
import { apiGet, demoCycleId, tokenFor } from "../support/api";
import { setTestSession, signInAs } from "../support/session";

const db = () => getDb();
const denials = (action: string) => db().auditLog.count({ where: { action: "authz_denied", meta: { path: ["action"], equals: action } } });

describe("token authentication", () => {
  it("answers the owner's e-mail with a valid token", async () => {
    const token = await tokenFor("coordinator@opora.demo");
    const response = await apiGet(me, "/me", {}, token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ email: "coordinator@opora.demo", roles: ["coordinator"] });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-ratelimit-limit")).toBe("600");
  });

  it("is 401 without a token, with another scheme, a malformed or an unknown token", async () => {
    const unknown = `opora_${"A".repeat(43)}`;
    const cases: Array<[string, Record<string, string>]> = [
      ["no header", {}],
      ["basic", { authorization: "Basic dXNlcjpwYXNz" }],
      ["malformed", { authorization: "Bearer not-a-token" }],
      ["unknown", { authorization: `Bearer ${unknown}` }],
    ];
    for (const [label, headers] of cases) {
      const response = await apiGet(me, "/me", {}, null, headers);
      expect(response.status, label).toBe(401);
      expect(response.body.error.code, label).toBe("UNAUTHENTICATED");
      expect(response.body.error.message, label).toMatch(/[а-я]/);
      expect(response.headers.get("www-authenticate"), label).toBe('Bearer realm="opora"');
    }
  });

  it("is 401 for a revoked token, an expired token and a deactivated owner", async () => {
    const revoked = await tokenFor("teacher@opora.demo");
    await db().apiToken.update({ where: { tokenHash: hashApiToken(revoked) }, data: { revokedAt: new Date() } });
    expect((await apiGet(me, "/me", {}, revoked)).status).toBe(401);

    const expired = await tokenFor("teacher@opora.demo", { expiresAt: new Date(Date.now() - 1000) });
    expect((await apiGet(me, "/me", {}, expired)).status).toBe(401);

    const user = await createTestUser({ teacherAt: "edu230101" });
    const token = await tokenFor(user.email);
    expect((await apiGet(me, "/me", {}, token)).status).toBe(200);
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect((await apiGet(me, "/me", {}, token)).status).toBe(401);
  });

  it("records lastUsedAt on first use and not again within a minute", async () => {
    const token = await tokenFor("tutor@opora.demo");
    const row = () => db().apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) } });
    expect((await row()).lastUsedAt).toBeNull();
    await apiGet(me, "/me", {}, token);
    const first = (await row()).lastUsedAt;
    expect(first).not.toBeNull();
    await apiGet(me, "/me", {}, token);
    expect((await row()).lastUsedAt).toEqual(first);
    // An hour later it is written again.
    await db().apiToken.update({ where: { tokenHash: hashApiToken(token) }, data: { lastUsedAt: new Date(Date.now() - 3_600_000) } });
    await apiGet(me, "/me", {}, token);
    expect((await row()).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("does not accept the browser session instead of a token", async () => {
    await signInAs("coordinator@opora.demo");
    expect((await apiGet(me, "/me")).status).toBe(401);
    setTestSession(null);
  });

  it("serves the OpenAPI document without a token", async () => {
    const response = await apiGet(openapi, "/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
  });
});

describe("errors", () => {
  it("is 403 for a missing permission, naming it, with an authz_denied audit row", async () => {
    const cycleId = await demoCycleId();
    const token = await tokenFor("curator@opora.demo");
    const before = await denials("api.monitor.read");
    const response = await apiGet(monitor, `/cycles/${cycleId}/monitor`, { cycleId }, token);
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ error: { code: "FORBIDDEN", message: "Недостаточно прав для этого действия.", details: { permission: "monitor:read" } } });
    expect(await denials("api.monitor.read")).toBe(before + 1);
  });

  it("is 404 for an unknown cycle, audited, without echoing the id", async () => {
    const token = await tokenFor("coordinator@opora.demo");
    const before = await denials("api.monitor.read");
    const response = await apiGet(monitor, "/cycles/no-such-cycle/monitor", { cycleId: "no-such-cycle" }, token);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: "NOT_FOUND", message: "Запись не найдена." } });
    expect(await denials("api.monitor.read")).toBe(before + 1);
  });

  it("is 422 with Russian field messages for malformed parameters", async () => {
    const cycleId = await demoCycleId();
    const token = await tokenFor("coordinator@opora.demo");
    for (const school of ["", "../edu230101", "x".repeat(65)]) {
      const response = await apiGet(summary, `/cycles/${cycleId}/diagnostics/summary?school=${encodeURIComponent(school)}`, { cycleId }, token);
      expect(response.status, school).toBe(422);
      expect(response.body.error.code).toBe("VALIDATION");
      expect(response.body.error.details.query.school[0]).toMatch(/^Код школы/);
    }
    const badId = await apiGet(summary, "/cycles/bad id/diagnostics/summary", { cycleId: "bad id" }, token);
    expect(badId.status).toBe(422);
    expect(badId.body.error.details.params.cycleId[0]).toMatch(/^Идентификатор/);
  });
});

describe("rate limit", () => {
  const saved = { limit: process.env.OPORA_API_RATE_LIMIT, window: process.env.OPORA_API_RATE_WINDOW_S };
  afterEach(() => {
    for (const [key, value] of [["OPORA_API_RATE_LIMIT", saved.limit], ["OPORA_API_RATE_WINDOW_S", saved.window]] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it("answers 429 with Retry-After past the limit, per token", async () => {
    process.env.OPORA_API_RATE_LIMIT = "3";
    // A day-long window: the calls below cannot straddle two windows (except across midnight UTC).
    process.env.OPORA_API_RATE_WINDOW_S = "86400";
    const token = await tokenFor("school@opora.demo");
    const other = await tokenFor("school@opora.demo");
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await apiGet(me, "/me", {}, token)).status);
    const fourth = await apiGet(me, "/me", {}, token);
    expect(statuses).toEqual([200, 200, 200]);
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe("RATE_LIMITED");
    expect(fourth.body.error.message).toMatch(/Слишком много запросов/);
    const retryAfter = Number(fourth.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(fourth.headers.get("x-ratelimit-remaining")).toBe("0");
    // Another token of the same person has its own counter.
    expect((await apiGet(me, "/me", {}, other)).status).toBe(200);
  });
});

describe("apiRoute on a public endpoint", () => {
  const call = (handler: ReturnType<typeof apiRoute>, url: string, params: Record<string, string> = {}) =>
    handler(new Request(`http://localhost/api/v1${url}`), { params: Promise.resolve(params) });
  const base = { method: "GET", name: "test.public", permission: null, tag: "Тест", summary: "Проверка" } as const;

  it("answers 500 with a request id when the handler fails, and when the response breaks its schema", async () => {
    const failing = apiRoute(
      defineEndpoint({ ...base, path: "/fail", response: { description: "—", schema: z.object({ a: z.number() }) }, handler: async () => { throw new Error("boom"); } }),
    );
    const response = await call(failing, "/fail");
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string; details: { requestId: string } } };
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).toContain(body.error.details.requestId);
    expect(response.headers.get("x-request-id")).toBe(body.error.details.requestId);

    const lying = apiRoute(defineEndpoint({ ...base, path: "/lie", response: { description: "—", schema: z.object({ a: z.number() }) }, handler: async () => ({ a: "x" }) as never }));
    expect((await call(lying, "/lie")).status).toBe(500);
  });

  it("parses the query (422 by field) and strips a declared file suffix (404 without it)", async () => {
    const file = apiRoute(
      defineEndpoint({
        ...base,
        path: "/export/{register}.xlsx",
        params: z.object({ register: z.enum(["events"]) }),
        query: z.object({ n: z.string().regex(/^\d+$/, { error: "Число" }).optional() }),
        response: { description: "Файл", contentType: "text/plain" },
        handler: async ({ params }) => new Response(String(params.register)),
      }),
    );
    const ok = await call(file, "/export/events.xlsx", { register: "events.xlsx" });
    expect(await ok.text()).toBe("events");
    expect(ok.headers.get("x-request-id")).toBeTruthy();
    expect((await call(file, "/export/events", { register: "events" })).status).toBe(404);
    const bad = await call(file, "/export/events.xlsx?n=x", { register: "events.xlsx" });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({ error: { code: "VALIDATION", message: "Неверные параметры запроса.", details: { query: { n: ["Число"] } } } });
    expect((await call(file, "/export/other.xlsx", { register: "other.xlsx" })).status).toBe(422);
  });
});

describe("apiRoute with a multipart body", () => {
  const upload = apiRoute(
    defineEndpoint({
      method: "POST",
      path: "/test-upload",
      name: "test.upload",
      permission: null,
      tag: "Тест",
      summary: "Проверка",
      body: { contentType: "multipart/form-data", schema: z.object({ file: z.file({ error: "Приложите файл" }).max(1000), note: z.string().optional() }) },
      maxBodyBytes: 2000,
      response: { description: "—", schema: z.object({ name: z.string(), size: z.number() }) },
      handler: async ({ body }) => ({ name: body.file.name, size: body.file.size }),
    }),
  );
  const post = (form: FormData, length?: number) => {
    const request = new Request("http://localhost/api/v1/test-upload", { method: "POST", body: form });
    if (length !== undefined) {
      const headers = new Headers(request.headers);
      headers.set("content-length", String(length));
      return upload(new Request(request.url, { method: "POST", headers, body: form }), { params: Promise.resolve({}) });
    }
    return upload(request, { params: Promise.resolve({}) });
  };

  it("parses the form into the body schema, 422 without the file, 413 from Content-Length before reading", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array([1, 2, 3])], "реестр.xlsx"));
    const ok = await post(form);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ name: "реестр.xlsx", size: 3 });

    const empty = new FormData();
    empty.append("note", "без файла");
    const missing = await post(empty);
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { error: { details: { body: Record<string, string[]> } } }).error.details.body.file[0]).toBe("Приложите файл");

    const big = await post(form, 5000);
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
