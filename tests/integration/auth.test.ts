import { beforeEach, describe, expect, it } from "vitest";
import { authorizeCredentials, InvalidCredentials } from "@/lib/auth/credentials";
import { loadActor } from "@/lib/auth/load-actor";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-data";
import { createTestUser } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
let seq = 0;
/** A unique client address per test (the last X-Forwarded-For entry), so address limits do not leak between tests. */
const ipHeaders = () => new Headers({ "x-forwarded-for": `10.0.0.1, 198.51.100.${(seq += 1)}` });

describe("credentials sign-in", () => {
  it("signs a demo account in and audits it", async () => {
    const user = await authorizeCredentials({ email: " Coordinator@Opora.Demo ", password: DEMO_PASSWORD }, ipHeaders());
    expect(user.email).toBe("coordinator@opora.demo");
    const audit = await db().auditLog.findFirst({ where: { action: "auth.sign_in", actorId: user.id }, orderBy: { id: "desc" } });
    expect(audit?.ip).toMatch(/^198\.51\.100\./);
  });

  it("answers unknown users, wrong passwords and inactive accounts the same way", async () => {
    const user = await createTestUser();
    const attempts = [
      { email: "nobody@opora.test", password: "whatever1" },
      { email: user.email, password: "неверный-пароль" },
    ];
    for (const credentials of attempts) {
      const error = await authorizeCredentials(credentials, ipHeaders()).catch((e) => e);
      expect(error).toBeInstanceOf(InvalidCredentials);
      expect(error.code).toBe("invalid");
    }
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    const inactive = await authorizeCredentials({ email: user.email, password: user.password }, ipHeaders()).catch((e) => e);
    expect(inactive).toBeInstanceOf(InvalidCredentials);
    expect(await db().auditLog.count({ where: { action: "auth.sign_in_failed", actorId: user.id } })).toBe(2);
  });
  // The limits themselves: brute-force.test.ts.
});

describe("sessions end on the server side", () => {
  let user: Awaited<ReturnType<typeof createTestUser>>;
  beforeEach(async () => {
    user = await createTestUser({ teacherAt: "edu230101" });
  });

  it("a valid session yields the actor with their scoped roles", async () => {
    await signInAs(user.email);
    const actor = await getActor();
    expect(actor?.userId).toBe(user.id);
    expect(actor?.roles).toEqual([expect.objectContaining({ role: "teacher", schoolId: expect.any(String) })]);
  });

  it("deactivation or a new session version invalidates an existing session", async () => {
    await signInAs(user.email);
    await db().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(user.id, "session", user.sessionVersion)).toBeNull();
    expect(await loadActor(user.id, "session", user.sessionVersion + 1)).not.toBeNull();
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadActor(user.id, "session", user.sessionVersion + 1)).toBeNull();
  });
});
