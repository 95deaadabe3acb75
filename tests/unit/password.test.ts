import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isSessionExpired, SESSION_ABSOLUTE_TIMEOUT_MS } from "@/lib/auth/session-policy";

describe("passwords", () => {
  it("hashes with argon2id at m=19 MiB, t=2", async () => {
    const hash = await hashPassword("opora-demo-2025");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "opora-demo-2025")).toBe(true);
    expect(await verifyPassword(hash, "opora-demo-2026")).toBe(false);
  });

  it("tells apart two 40-letter Cyrillic passwords that differ in the last letter", async () => {
    // 40 letters = 80 bytes in UTF-8: bcrypt would compare only the first 72.
    const stem = "съешьжеещёэтихмягкихфранцузскихбулокдав".slice(0, 39);
    const a = `${stem}а`;
    const b = `${stem}б`;
    expect([...a]).toHaveLength(40);
    expect(Buffer.byteLength(a)).toBeGreaterThan(72);
    const hash = await hashPassword(a);
    expect(await verifyPassword(hash, a)).toBe(true);
    expect(await verifyPassword(hash, b)).toBe(false);
  });

  it("never throws on a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});

describe("session policy", () => {
  it("expires sessions past the absolute timeout or without a sign-in time", () => {
    const now = Date.now();
    expect(isSessionExpired(undefined, now)).toBe(true);
    expect(isSessionExpired(now - 1000, now)).toBe(false);
    expect(isSessionExpired(now - SESSION_ABSOLUTE_TIMEOUT_MS - 1, now)).toBe(true);
  });
});
