/**
 * Issue 7, point 10 (logs): with stdout and stderr captured, a sign-in with a
 * known password (right, wrong, then blocked), REST API calls with a known
 * bearer token, a failing route handler and a failing server action run
 * through the real code. Every line written is one JSON object; none holds
 * the password or the token; the failures carry a request id and the actor.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { actionClient } from "@/lib/actions/safe-action";
import { authorizeCredentials } from "@/lib/auth/credentials";
import { route } from "@/lib/http/route";
import { logger, scrub } from "@/lib/logger";
import { apiGet, tokenFor } from "../support/api";
import { createTestUser } from "../support/db";
import { signInAs } from "../support/session";

let captured: string[] = [];
const originals = { out: process.stdout.write, err: process.stderr.write };

beforeEach(() => {
  captured = [];
  process.env.OPORA_TEST_LOGS = "1";
  const capture = (original: typeof process.stdout.write) =>
    function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      captured.push(typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));
      return original.call(this, chunk as string, ...(rest as [])) as boolean;
    };
  process.stdout.write = capture(originals.out) as typeof process.stdout.write;
  process.stderr.write = capture(originals.err) as typeof process.stderr.write;
});
afterEach(() => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  delete process.env.OPORA_TEST_LOGS;
});

/** Our logger's lines among everything captured (Vitest may print its own). */
const logLines = () =>
  captured
    .join("")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("logs", () => {
  it("hold no password or bearer token from sign-in and API use, and name request and actor on failures", async () => {
    const password = "Известный-пароль-для-журнала-42";
    const wrong = "Неверный-пароль-для-журнала-43";
    const user = await createTestUser({ password, teacherAt: "edu230101" });
    const headers = new Headers({ "x-forwarded-for": "192.0.2.200" });
    await authorizeCredentials({ email: user.email, password }, headers);
    for (let i = 0; i < 11; i += 1) await authorizeCredentials({ email: user.email, password: wrong }, headers).catch(() => undefined);

    const token = await tokenFor(user.email);
    expect((await apiGet(me, "/me", {}, token)).status).toBe(200);
    const unknown = `opora_${"Z".repeat(43)}`;
    expect((await apiGet(me, "/me", {}, unknown)).status).toBe(401);

    // A route handler and a server action that fail in a way that echoes the credentials.
    await signInAs(user.email);
    const failing = route({ name: "test.failing", permission: "profile:own" }, async () => {
      throw new Error(`upstream refused Authorization: Bearer ${token} for password=${password}`);
    });
    const response = await failing(new Request("http://localhost/x", { headers: { authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(500);
    const failingAction = actionClient.metadata({ name: "test.failing_action", permission: "profile:own" }).action(async () => {
      throw new Error(`library echoed the token ${token}`);
    });
    const result = await failingAction();
    expect(result.serverError?.requestId).toEqual(expect.any(String));
    logger.info({ credentials: { password }, nested: [{ authorization: `Bearer ${token}` }] }, "a careless call");

    const all = captured.join("");
    expect(all).not.toContain(password);
    expect(all).not.toContain(wrong);
    expect(all).not.toContain(token);
    expect(all).not.toContain(unknown);

    const lines = logLines();
    for (const line of all.split("\n").filter((l) => l.includes('"level"'))) expect(() => JSON.parse(line)).not.toThrow();
    const routeLine = lines.find((l) => l.msg === "route failed");
    expect(routeLine).toMatchObject({ level: "error", requestId: expect.any(String), route: "test.failing", actorId: user.id });
    expect(JSON.stringify(routeLine)).toContain("Bearer [redacted] for password=[redacted]");
    expect(lines.find((l) => l.msg === "action failed")).toMatchObject({
      level: "error",
      requestId: result.serverError!.requestId,
      action: "test.failing_action",
      actorId: user.id,
    });
    expect(lines.find((l) => l.msg === "a careless call")).toMatchObject({ credentials: "[redacted]", nested: [{ authorization: "[redacted]" }] });
  });

  it("scrubs tokens, session JWTs and Bearer credentials out of any string", () => {
    const token = `opora_${"a1_-".repeat(10)}xyz`;
    expect(scrub(`token ${token} here`)).toBe("token opora_[redacted] here");
    expect(scrub("cookie eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..abc.def.ghi end")).toBe("cookie [redacted-jwt] end");
    expect(scrub("Authorization: Bearer abc.def")).toBe("Authorization: Bearer [redacted]");
    expect(scrub("login failed: password=Тайна-1 user=x")).toBe("login failed: password=[redacted] user=x");
    expect(scrub("ничего секретного")).toBe("ничего секретного");
  });
});
