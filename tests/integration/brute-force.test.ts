/**
 * Issue 7, point 6: failed sign-ins are limited per account and per address
 * in the database, with an injected clock; concurrent attempts cannot slip
 * past a limit; the real user gets in once the window has passed; unknown
 * users and wrong passwords get the same answer after the same work.
 */
import { describe, expect, it, vi } from "vitest";
import { authorizeCredentials, InvalidCredentials, RateLimited } from "@/lib/auth/credentials";
import { clientIp, LOGIN_LIMITS } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { createTestUser } from "../support/db";

// argon2's verify, passed through and recorded: which hashes a sign-in checked (and so how much work it did).
const argon2Verify = vi.hoisted(() => vi.fn());
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  argon2Verify.mockImplementation(real.verify);
  return { ...real, verify: argon2Verify };
});

const db = () => getDb();
let seq = 0;
/** A fresh client address; the spoofable first entry of X-Forwarded-For is noise. */
function from(ip = `203.0.113.${(seq += 1) % 250}-${seq}`) {
  return new Headers({ "x-forwarded-for": `1.2.3.${seq % 250}, ${ip}` });
}
const MINUTE = 60_000;
/** Every test runs on its own clock, far from the real one and from other tests. */
const clock = () => new Date(Date.now() + 30 * 24 * 60 * MINUTE + (seq += 7) * 3 * 60 * MINUTE);
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "signed_in",
    (error) => (error instanceof RateLimited ? "rate_limited" : error instanceof InvalidCredentials ? "invalid" : `other: ${error}`),
  );

describe("the limits", () => {
  it("are at most 100 failures per account per hour, and 10 a minute per account and per address", () => {
    const perAccountHour = LOGIN_LIMITS.filter((l) => l.key === "email" && l.windowMs >= 60 * MINUTE);
    expect(perAccountHour.length).toBeGreaterThan(0);
    expect(Math.min(...perAccountHour.map((l) => l.max))).toBeLessThanOrEqual(100);
    expect(LOGIN_LIMITS).toContainEqual({ key: "email", windowMs: MINUTE, max: 10 });
    expect(LOGIN_LIMITS).toContainEqual({ key: "ip", windowMs: MINUTE, max: 10 });
  });

  it("take the address the proxy saw, not one the client wrote in front", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 192.0.2.10" }))).toBe("192.0.2.10");
    expect(clientIp(new Headers({ "x-forwarded-for": "192.0.2.11" }))).toBe("192.0.2.11");
    expect(clientIp(new Headers({ "x-real-ip": "192.0.2.12" }))).toBe("192.0.2.12");
  });
});

describe("per account", () => {
  it("blocks after 10 failures a minute even with the right password, and lets the real user in after the window", async () => {
    const user = await createTestUser();
    const t0 = clock();
    for (let i = 0; i < 10; i += 1) {
      const at = new Date(t0.getTime() + i * 1000);
      expect(await outcome(authorizeCredentials({ email: user.email, password: `wrong-${i}` }, from(), at))).toBe("invalid");
    }
    const blocked = new Date(t0.getTime() + 30_000);
    expect(await outcome(authorizeCredentials({ email: user.email, password: user.password }, from(), blocked))).toBe("rate_limited");
    // Refused attempts are not counted: they do not push the window on.
    for (let i = 0; i < 5; i += 1) {
      expect(await outcome(authorizeCredentials({ email: user.email, password: "wrong" }, from(), blocked))).toBe("rate_limited");
    }
    expect(await db().auditLog.count({ where: { action: "auth.sign_in_blocked", meta: { path: ["email"], equals: user.email } } })).toBe(6);

    const after = new Date(t0.getTime() + MINUTE + 10_000);
    const signedIn = await authorizeCredentials({ email: user.email, password: user.password }, from(), after);
    expect(signedIn.id).toBe(user.id);
    expect(await db().loginAttempt.count({ where: { email: user.email, success: true } })).toBe(1);
  });

  it("allows no more than 100 failures an hour, spread out under the minute limit; the 101st waits for the hour", async () => {
    const user = await createTestUser();
    const t0 = clock();
    const step = 36_000; // 100 attempts in 59.4 minutes, 2 a minute: the minute limit never bites
    // The first 85 failures as the code records them (argon2 a hundred times would take the CI's time) …
    await db().loginAttempt.createMany({
      data: Array.from({ length: 85 }, (_, i) => ({ email: user.email, ip: "192.0.2.1", success: false, at: new Date(t0.getTime() + i * step) })),
    });
    // … and the rest through the sign-in itself.
    for (let i = 85; i < 100; i += 1) {
      const at = new Date(t0.getTime() + i * step);
      expect(await outcome(authorizeCredentials({ email: user.email, password: `guess-${i}` }, from(), at))).toBe("invalid");
    }
    const at101 = new Date(t0.getTime() + 100 * step);
    expect(await outcome(authorizeCredentials({ email: user.email, password: user.password }, from(), at101))).toBe("rate_limited");
    expect(await db().loginAttempt.count({ where: { email: user.email, success: false } })).toBe(100);

    // One hour after the first failure it has left the window: the real user gets in.
    const later = new Date(t0.getTime() + 60 * MINUTE + 1000);
    expect((await authorizeCredentials({ email: user.email, password: user.password }, from(), later)).id).toBe(user.id);
  });

  it("holds under concurrency: 30 simultaneous guesses, exactly 10 password checks", async () => {
    const user = await createTestUser();
    const at = clock();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => outcome(authorizeCredentials({ email: user.email, password: `parallel-${i}` }, from(), at))),
    );
    expect(results.filter((r) => r === "invalid")).toHaveLength(10);
    expect(results.filter((r) => r === "rate_limited")).toHaveLength(20);
    expect(await db().loginAttempt.count({ where: { email: user.email } })).toBe(10);
  });
});

describe("per address", () => {
  it("blocks an address after 10 failures a minute whatever the accounts, however the client fills X-Forwarded-For", async () => {
    const user = await createTestUser();
    const ip = `198.51.100.${(seq += 1) % 250}`;
    const t0 = clock();
    for (let i = 0; i < 10; i += 1) {
      const spoofed = new Headers({ "x-forwarded-for": `10.9.${i}.1, ${ip}` });
      expect(await outcome(authorizeCredentials({ email: `spray-${seq}-${i}@opora.test`, password: "x".repeat(9) }, spoofed, t0))).toBe("invalid");
    }
    expect(await outcome(authorizeCredentials({ email: user.email, password: user.password }, from(ip), t0))).toBe("rate_limited");
    // Another address is not affected, and the blocked one is free again after the minute.
    expect((await authorizeCredentials({ email: user.email, password: user.password }, from(), t0)).id).toBe(user.id);
    expect((await authorizeCredentials({ email: user.email, password: user.password }, from(ip), new Date(t0.getTime() + MINUTE + 1))).id).toBe(user.id);
  });
});

describe("one answer", () => {
  it("unknown user, wrong password, inactive account, no password set: the same error and code", async () => {
    const user = await createTestUser();
    const inactive = await createTestUser();
    await db().user.update({ where: { id: inactive.id }, data: { active: false } });
    const noPassword = await createTestUser();
    await db().user.update({ where: { id: noPassword.id }, data: { passwordHash: null } });
    const errors = await Promise.all(
      [
        { email: `nobody-${seq}@opora.test`, password: "whatever-123" },
        { email: user.email, password: "whatever-123" },
        { email: inactive.email, password: inactive.password },
        { email: noPassword.email, password: "whatever-123" },
      ].map((c) => authorizeCredentials(c, from(), clock()).catch((e: unknown) => e)),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(InvalidCredentials);
      expect(error).toMatchObject({ code: "invalid", message: (errors[0] as Error).message, type: "CredentialsSignin" });
    }
  });

  it("unknown users cost an argon2 check too: one verification each, against a hash of the same parameters", async () => {
    const user = await createTestUser();
    const stored = (await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash!;
    // The parameters of an argon2 hash — `$argon2id$v=19$m=19456,t=2,p=1$` — fix its cost.
    const parameters = (hash: string) => hash.split("$").slice(1, 4).join("$");
    const checked = async (email: string, password: string) => {
      argon2Verify.mockClear();
      await authorizeCredentials({ email, password }, from(), clock()).catch(() => undefined);
      return argon2Verify.mock.calls.map(([hash]) => parameters(hash as string));
    };
    expect(parameters(stored)).toBe("argon2id$v=19$m=19456,t=2,p=1");
    expect(await checked(user.email, "неверный-пароль")).toEqual([parameters(stored)]);
    expect(await checked(`nobody-${seq}@opora.test`, "неверный-пароль")).toEqual([parameters(stored)]);
    // A megabyte «password» for an unknown account is checked too (cut to the longest checked length), not skipped.
    expect(await checked(`nobody-${seq}@opora.test`, "я".repeat(1 << 20))).toEqual([parameters(stored)]);
  });
});
