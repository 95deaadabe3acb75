/**
 * The role × action matrix (issue 7, security point 1; decision 050).
 * GENERATED: every export of every "use server" module and every HTTP-method
 * export of every app route handler is called as every demo role and signed
 * out. The expected answer is derived from the one permission table
 * (lib/auth/permissions.ts) and the permission each action or handler
 * declares (its metadata, read through `actionRequirement` / `.meta` /
 * `.endpoint`) — never written per case:
 *   - signed out → 401 (UNAUTHENTICATED), unless the action is public;
 *   - a role without the permission → 403 (FORBIDDEN) and one `authz_denied`
 *     audit row naming the action;
 *   - a role with it → anything but 401/403 (an empty input's validation
 *     error is fine) and never an unexpected error (500 / INTERNAL).
 * An action without a recorded requirement fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleHasPermission, type Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { DEMO_EMAILS, DEMO_ROLES, demoCycleId, tokenFor, type DemoRole } from "../support/api";
import { setTestSession, signInAs } from "../support/session";
import { routeHandlers, serverActionFiles, serverActions, type RouteHandler, type ServerAction } from "../support/surface";

const db = () => getDb();

type Who = DemoRole | "signed_out";
const EVERYONE: Who[] = ["signed_out", ...DEMO_ROLES];

/** Route handlers without a wrapper, each with why it is public. Anything else unguarded fails. */
const UNGUARDED_ROUTES: Record<string, string> = {
  "app/api/health/route.ts": "liveness probe for load balancers: no data beyond «ok»",
  "app/(auth)/login/route.ts": "the sign-in page itself (decision 070): before there is an actor; Origin checked, tested in origin-check and security.spec",
};

/** The expected answer class for `who` calling something that needs `permission` (null: public). */
function expected(who: Who, permission: Permission | null): "allowed" | "401" | "403" {
  if (permission === null) return "allowed";
  if (who === "signed_out") return "401";
  return roleHasPermission(who, permission) ? "allowed" : "403";
}

const userIds = new Map<DemoRole, string>();
async function actAs(who: Who): Promise<string | null> {
  if (who === "signed_out") {
    setTestSession(null);
    return null;
  }
  const id = await signInAs(DEMO_EMAILS[who]);
  userIds.set(who, id);
  return id;
}

const denialsOf = (actorId: string, name: string) =>
  db().auditLog.count({ where: { action: "authz_denied", actorId, meta: { path: ["action"], equals: name } } });

/** The outcome of calling an action: the error code, "ok", or a framework redirect / not-found. */
async function callAction(action: ServerAction["action"]): Promise<string> {
  try {
    const result = (await action(undefined)) as { serverError?: { code?: string }; validationErrors?: unknown } | undefined;
    if (result?.serverError) return result.serverError.code ?? "SERVER_ERROR";
    if (result?.validationErrors) return "VALIDATION";
    return "ok";
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    if (digest.endsWith(";404")) return "NOT_FOUND";
    if (digest.endsWith(";403")) return "FORBIDDEN";
    if (digest.endsWith(";401")) return "UNAUTHENTICATED";
    return `THROWN ${(error as Error).message}`;
  }
}

describe("server actions × roles", () => {
  let actions: ServerAction[] = [];
  beforeAll(async () => {
    actions = await serverActions();
  });
  afterAll(() => setTestSession(null));

  it("finds the actions, each with a declared requirement (no uncovered action)", () => {
    // Inline "use server" functions inside other modules could not be enumerated: there must be none.
    expect(serverActionFiles().filter((f) => !f.moduleLevel)).toEqual([]);
    expect(actions.length).toBeGreaterThan(70);
    const uncovered = actions.filter((a) => a.requirement === undefined).map((a) => `${a.file}#${a.exportName}`);
    expect(uncovered).toEqual([]);
    // The public ones are few and known: a new public action is a decision, not an accident.
    expect(actions.filter((a) => a.requirement === "public").map((a) => a.exportName).sort()).toEqual(["signOutAction"]);
  });

  for (const who of EVERYONE) {
    it(`answers every action as ${who} as the permission table says`, async () => {
      const actorId = await actAs(who);
      const mismatches: string[] = [];
      let checked = 0;
      for (const a of actions) {
        if (a.requirement === undefined) continue;
        // Sign-in/sign-out change the session itself; their audit is tested in auth.test.ts.
        if (a.requirement === "public") continue;
        const want = expected(who, a.requirement.permission);
        const before = actorId ? await denialsOf(actorId, a.requirement.name) : 0;
        const got = await callAction(a.action);
        checked += 1;
        const label = `${a.file}#${a.exportName} [${a.requirement.permission}] as ${who}: expected ${want}, got ${got}`;
        if (want === "401" && got !== "UNAUTHENTICATED") mismatches.push(label);
        if (want === "403") {
          if (got !== "FORBIDDEN") mismatches.push(label);
          else if ((await denialsOf(actorId!, a.requirement.name)) !== before + 1) mismatches.push(`${label}: no authz_denied row`);
        }
        if (want === "allowed" && ["UNAUTHENTICATED", "FORBIDDEN", "INTERNAL"].includes(got)) mismatches.push(label);
        if (want === "allowed" && got.startsWith("THROWN")) mismatches.push(label);
        // The session must survive every call (no action signs the caller out on bad input).
        if (who !== "signed_out") await actAs(who);
      }
      expect(checked).toBeGreaterThan(70);
      expect(mismatches).toEqual([]);
    });
  }
});

describe("route handlers × roles", () => {
  let routes: RouteHandler[] = [];
  const tokens = new Map<DemoRole, string>();
  let params: Record<string, string> = {};

  beforeAll(async () => {
    routes = await routeHandlers();
    for (const role of DEMO_ROLES) tokens.set(role, await tokenFor(DEMO_EMAILS[role], { name: `Матрица ${role}` }));
    const survey = await db().survey.findFirst({ select: { id: true } });
    params = {
      cycleId: await demoCycleId(),
      code: "edu230101",
      register: "events.xlsx",
      kind: "events",
      surveyId: survey?.id ?? "no-survey",
      id: "no-such-file",
    };
  });
  afterAll(async () => {
    setTestSession(null);
    await db().apiToken.deleteMany({ where: { name: { startsWith: "Матрица " } } });
  });

  it("finds the route handlers, each guarded by a wrapper or named as public", () => {
    expect(routes.length).toBeGreaterThan(15);
    const unguarded = routes.filter((r) => r.guard.kind === "unguarded").map((r) => r.file);
    expect([...new Set(unguarded)].sort()).toEqual(Object.keys(UNGUARDED_ROUTES).sort());
  });

  function request(r: RouteHandler, token: string | null): { req: Request; ctx: { params: Promise<Record<string, string>> } } {
    const names = [...r.urlPath.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
    const values = Object.fromEntries(names.map((n) => [n, params[n] ?? "x"]));
    const url = `http://localhost${r.urlPath.replace(/\[(\w+)\]/g, (_m, n: string) => encodeURIComponent(values[n]))}`;
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const hasBody = !["GET", "HEAD", "OPTIONS"].includes(r.method);
    return {
      req: new Request(url, { method: r.method, headers: hasBody ? { ...headers, "content-length": "0" } : headers, body: hasBody ? "" : undefined }),
      ctx: { params: Promise.resolve(values) },
    };
  }

  for (const who of EVERYONE) {
    it(`answers every route handler as ${who} as the permission table says`, async () => {
      const actorId = await actAs(who);
      const mismatches: string[] = [];
      for (const r of routes) {
        if (r.guard.kind === "unguarded") {
          const { req, ctx } = request(r, null);
          const res = await r.handler(req, ctx);
          // A public handler may refuse a malformed request (the sign-in form without a body: 400), never with 401/403 or a 5xx.
          if ([401, 403].includes(res.status) || res.status >= 500) mismatches.push(`${r.method} ${r.urlPath} (public) as ${who}: ${res.status}`);
          continue;
        }
        const want = expected(who, r.guard.permission);
        // Session handlers read the cookie (set by actAs); /api/v1 reads only the bearer token.
        const token = r.guard.kind === "token" && who !== "signed_out" ? tokens.get(who)! : null;
        const before = actorId ? await denialsOf(actorId, r.guard.name) : 0;
        const { req, ctx } = request(r, token);
        const res = await r.handler(req, ctx);
        const label = `${r.method} ${r.urlPath} [${r.guard.permission}] as ${who}: expected ${want}, got ${res.status} ${res.status >= 400 ? await res.clone().text() : ""}`;
        if (want === "401" && res.status !== 401) mismatches.push(label);
        if (want === "403") {
          if (res.status !== 403) mismatches.push(label);
          else if ((await denialsOf(actorId!, r.guard.name)) !== before + 1) mismatches.push(`${label}: no authz_denied row`);
        }
        if (want === "allowed" && res.status === 403 && who !== "signed_out") {
          // A second check inside the handler (the export register's own
          // permission) is consistent with the table only if it names a
          // permission this role lacks there — and it is audited too.
          const named = ((await res.clone().json()) as { error?: { details?: { permission?: Permission } } }).error?.details?.permission;
          if (!named || roleHasPermission(who, named)) mismatches.push(label);
          else if ((await denialsOf(actorId!, r.guard.name)) !== before + 1) mismatches.push(`${label}: no authz_denied row`);
        } else if (want === "allowed" && [401, 403, 500].includes(res.status)) mismatches.push(label);
        await res.arrayBuffer().catch(() => undefined);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
