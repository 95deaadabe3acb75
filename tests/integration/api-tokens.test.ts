/**
 * Personal access tokens from the profile page (server actions) and from
 * `npm run token:create` (a child process on the test database).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { hashApiToken } from "@/lib/auth/api-token";
import { getDb } from "@/lib/db/client";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/features/api-tokens/actions";
import { apiGet } from "../support/api";
import { createTestUser } from "../support/db";
import { setTestSession, signInAs } from "../support/session";

const db = () => getDb();
const root = path.resolve(__dirname, "../..");
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe("createApiTokenAction", () => {
  it("returns the token once and stores only its hash, with an audit row without the token", async () => {
    const userId = await signInAs("curator@opora.demo");
    const result = await createApiTokenAction({ name: "  Выгрузка в ИС МЭДК ", expiresOn: isoDay(30) });
    expect(result.serverError).toBeUndefined();
    const { token, id, name, prefix } = result.data!;
    expect(token).toMatch(/^opora_[A-Za-z0-9_-]{43}$/);
    expect(name).toBe("Выгрузка в ИС МЭДК");
    const row = await db().apiToken.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId, tokenHash: hashApiToken(token), prefix, revokedAt: null, lastUsedAt: null });
    expect(row.expiresAt!.toISOString()).toBe(`${isoDay(31)}T00:00:00.000Z`);
    expect(JSON.stringify(row)).not.toContain(token);

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "api_token.create", entityId: id } });
    expect(audit.actorId).toBe(userId);
    const auditText = JSON.stringify({ before: audit.before, after: audit.after, meta: audit.meta });
    expect(auditText).not.toContain(token);
    expect(auditText).not.toContain(row.tokenHash);
    expect(audit.after).toMatchObject({ name, prefix });

    // It works as the curator, immediately.
    expect((await apiGet(me, "/me", {}, token)).body.email).toBe("curator@opora.demo");
  });

  it("refuses bad input with Russian field errors and writes nothing", async () => {
    await signInAs("teacher@opora.demo");
    const before = await db().apiToken.count();
    const cases = [
      [{ name: "", expiresOn: "" }, "name"],
      [{ name: "x".repeat(101), expiresOn: "" }, "name"],
      [{ name: "Токен", expiresOn: isoDay(-1) }, "expiresOn"],
      [{ name: "Токен", expiresOn: "31.12.2030" }, "expiresOn"],
      [{ name: "Токен", expiresOn: isoDay(4000) }, "expiresOn"],
    ] as const;
    for (const [input, field] of cases) {
      const result = await createApiTokenAction(input);
      const errors = result.validationErrors?.fieldErrors as Record<string, string[]> | undefined;
      expect(errors?.[field]?.[0], JSON.stringify(input)).toMatch(/[А-Яа-я]/);
    }
    expect(await db().apiToken.count()).toBe(before);
  });

  it("is refused without a session (401) and to a person without any role (403)", async () => {
    setTestSession(null);
    expect((await createApiTokenAction({ name: "Токен", expiresOn: "" })).serverError?.code).toBe("UNAUTHENTICATED");
    const user = await createTestUser();
    await signInAs(user.email);
    expect((await createApiTokenAction({ name: "Токен", expiresOn: "" })).serverError?.code).toBe("FORBIDDEN");
    expect(await db().apiToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("revokeApiTokenAction", () => {
  it("revokes the person's own token, after which the API answers 401", async () => {
    await signInAs("tutor@opora.demo");
    const { token, id } = (await createApiTokenAction({ name: "На отзыв", expiresOn: "" })).data!;
    expect((await apiGet(me, "/me", {}, token)).status).toBe(200);
    const result = await revokeApiTokenAction({ tokenId: id });
    expect(result.serverError).toBeUndefined();
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
    expect(await db().auditLog.count({ where: { action: "api_token.revoke", entityId: id } })).toBe(1);
    expect((await apiGet(me, "/me", {}, token)).status).toBe(401);
    expect((await revokeApiTokenAction({ tokenId: id })).serverError?.code).toBe("CONFLICT");
  });

  it("is a 404 (audited) for someone else's token, which stays valid", async () => {
    await signInAs("coordinator@opora.demo");
    const { token, id } = (await createApiTokenAction({ name: "Чужой", expiresOn: "" })).data!;
    const curatorId = await signInAs("curator@opora.demo");
    const denials = await db().auditLog.count({ where: { action: "authz_denied", actorId: curatorId } });
    expect((await revokeApiTokenAction({ tokenId: id })).serverError?.code).toBe("NOT_FOUND");
    expect(await db().auditLog.count({ where: { action: "authz_denied", actorId: curatorId } })).toBe(denials + 1);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    expect((await apiGet(me, "/me", {}, token)).status).toBe(200);
  });
});

/** `npm run token:create -- …` as a child process (asynchronous: the test database may be served from the Vitest process). */
function tokenCreate(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/token-create.ts", ...args], {
      cwd: root,
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run token:create", () => {
  it("prints a working token alone on the last line", async () => {
    // The worker's connection is idle while the child uses the database.
    const { code, stdout, stderr } = await tokenCreate(["--email", "school@opora.demo", "--name", "Из командной строки"]);
    expect(code, stderr).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    const token = lines.at(-1)!;
    expect(token).toMatch(/^opora_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { tokenHash: hashApiToken(token) }, include: { user: true } });
    expect(row).toMatchObject({ name: "Из командной строки", expiresAt: null });
    expect(row.user.email).toBe("school@opora.demo");
    expect(await db().auditLog.count({ where: { action: "api_token.create", entityId: row.id, actorId: null } })).toBe(1);
    expect((await apiGet(me, "/me", {}, token)).body.email).toBe("school@opora.demo");
  }, 60_000);

  it("fails with a message for an unknown or inactive user and creates nothing", async () => {
    const before = await db().apiToken.count();
    const unknown = await tokenCreate(["--email", "nobody@opora.test"]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain("Пользователь не найден или отключён");
    expect(unknown.stderr).toContain("User not found or inactive");
    const user = await createTestUser({ teacherAt: "edu230101" });
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    const inactive = await tokenCreate(["--email", user.email]);
    expect(inactive.code).not.toBe(0);
    expect(await db().apiToken.count()).toBe(before);
  }, 60_000);
});
