import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { changePasswordAction, setUserActiveAction, setUserPasswordAction } from "@/lib/features/users/actions";
import { createTestUser } from "../support/db";
import { setTestSession, signInAs } from "../support/session";

const db = () => getDb();
const newTeacher = (password = "старый-пароль-1") => createTestUser({ password, teacherAt: "edu230101" });

const auditCount = (action: string, entityId?: string) => db().auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } });

describe("setUserActiveAction", () => {
  it("lets the administrator deactivate a user, ending their sessions, with an audit row", async () => {
    const teacher = await newTeacher();
    await signInAs("admin@opora.demo");
    const result = await setUserActiveAction({ userId: teacher.id, active: false, version: teacher.version });
    expect(result.data).toEqual({ ok: true });
    const after = await db().user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(teacher.sessionVersion + 1);
    expect(after.version).toBe(teacher.version + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.deactivate", entityId: teacher.id } });
    expect(audit.actorRole).toBe("admin");
    expect(audit.before).toEqual({ active: true });
    expect(audit.after).toEqual({ active: false });

    // The teacher's old session no longer works.
    await db().user.update({ where: { id: teacher.id }, data: { active: true } });
    setTestSession({ uid: teacher.id, sv: teacher.sessionVersion, authAt: Date.now() });
    expect(await getActor()).toBeNull();
  });

  it("refuses other roles with 403, writes nothing and audits the denial", async () => {
    const teacher = await newTeacher();
    for (const email of ["coordinator@opora.demo", "curator@opora.demo", "school@opora.demo", "teacher@opora.demo", "tutor@opora.demo"]) {
      await signInAs(email);
      const denials = await auditCount("authz_denied");
      const result = await setUserActiveAction({ userId: teacher.id, active: false, version: teacher.version });
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await auditCount("authz_denied"), email).toBe(denials + 1);
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: teacher.id } })).active).toBe(true);
    expect(await auditCount("user.deactivate", teacher.id)).toBe(0);
  });

  it("refuses without a session", async () => {
    setTestSession(null);
    const result = await setUserActiveAction({ userId: "x", active: false, version: 1 });
    expect(result.serverError?.code).toBe("UNAUTHENTICATED");
  });

  it("answers 404 for an unknown id and audits it as a denial", async () => {
    await signInAs("admin@opora.demo");
    const result = await setUserActiveAction({ userId: "no-such-user", active: false, version: 1 });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied" }, orderBy: { id: "desc" } });
    expect(denial.meta).toMatchObject({ action: "user.set_active", code: "NOT_FOUND" });
  });

  it("tells the second of two concurrent editors that the record changed", async () => {
    const teacher = await newTeacher();
    await signInAs("admin@opora.demo");
    expect((await setUserActiveAction({ userId: teacher.id, active: false, version: teacher.version })).data).toBeDefined();
    const stale = await setUserActiveAction({ userId: teacher.id, active: false, version: teacher.version });
    expect(stale.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    expect(await auditCount("user.deactivate", teacher.id)).toBe(1);
  });

  it("rejects invalid input with field errors and writes nothing", async () => {
    await signInAs("admin@opora.demo");
    const before = await db().auditLog.count();
    const result = await setUserActiveAction({ userId: "", active: "нет" as unknown as boolean, version: 0 });
    expect(result.validationErrors?.fieldErrors).toMatchObject({ userId: [expect.any(String)], active: [expect.any(String)], version: [expect.any(String)] });
    expect(await db().auditLog.count()).toBe(before);
  });

  it("does not let the administrator lock themselves out", async () => {
    const adminId = await signInAs("admin@opora.demo");
    const admin = await db().user.findUniqueOrThrow({ where: { id: adminId } });
    const result = await setUserActiveAction({ userId: adminId, active: false, version: admin.version });
    expect(result.serverError?.message).toBe("Нельзя отключить собственную учётную запись.");
    expect((await db().user.findUniqueOrThrow({ where: { id: adminId } })).active).toBe(true);
  });
});

describe("changePasswordAction", () => {
  it("changes the password, ends every session and audits it", async () => {
    const teacher = await newTeacher("старый-пароль-1");
    await signInAs(teacher.email);
    await changePasswordAction({ currentPassword: "старый-пароль-1", newPassword: "новый пароль из слов", confirmPassword: "новый пароль из слов" });
    const after = await db().user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(await verifyPassword(after.passwordHash!, "новый пароль из слов")).toBe(true);
    expect(after.sessionVersion).toBe(teacher.sessionVersion + 1);
    expect(await auditCount("user.change_password", teacher.id)).toBe(1);
  });

  it("reports a wrong current password next to its field and changes nothing", async () => {
    const teacher = await newTeacher("старый-пароль-1");
    await signInAs(teacher.email);
    const result = await changePasswordAction({ currentPassword: "не тот", newPassword: "новый пароль 2", confirmPassword: "новый пароль 2" });
    expect(result.validationErrors?.fieldErrors.currentPassword).toEqual(["Текущий пароль указан неверно"]);
    const after = await db().user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(after.passwordHash).toBe(teacher.passwordHash);
    expect(after.sessionVersion).toBe(teacher.sessionVersion);
  });

  it("explains short and mismatched passwords in Russian", async () => {
    const teacher = await newTeacher();
    await signInAs(teacher.email);
    const result = await changePasswordAction({ currentPassword: "старый-пароль-1", newPassword: "short", confirmPassword: "other" });
    expect(result.validationErrors?.fieldErrors.newPassword).toEqual(["Пароль должен быть не короче 8 символов"]);
    const mismatch = await changePasswordAction({ currentPassword: "старый-пароль-1", newPassword: "длинный пароль", confirmPassword: "другой пароль" });
    expect(mismatch.validationErrors?.fieldErrors.confirmPassword).toEqual(["Пароли не совпадают"]);
    // The one policy (decision 080): a common password, also typed on the Russian layout, is refused.
    for (const common of ["Qwerty123", "йцукенгшщз"]) {
      const refused = await changePasswordAction({ currentPassword: "старый-пароль-1", newPassword: common, confirmPassword: common });
      expect(refused.validationErrors?.fieldErrors.newPassword?.[0]).toMatch(/самых распространённых паролей/);
    }
  });
});

describe("setUserPasswordAction", () => {
  const input = (user: { id: string; version: number }, password = "новый-пароль-для-входа", confirm = password) => ({
    userId: user.id,
    version: user.version,
    newPassword: password,
    confirmPassword: confirm,
  });

  it("lets the administrator set a password for an account without one, ending its sessions, audited without the password", async () => {
    const teacher = await newTeacher();
    await db().user.update({ where: { id: teacher.id }, data: { passwordHash: null } });
    await signInAs("admin@opora.demo");
    expect((await setUserPasswordAction(input(teacher))).data).toEqual({ ok: true });
    const after = await db().user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(await verifyPassword(after.passwordHash!, "новый-пароль-для-входа")).toBe(true);
    expect(after.sessionVersion).toBe(teacher.sessionVersion + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.set_password", entityId: teacher.id } });
    expect(audit.before).toEqual({ hadPassword: false });
    expect(JSON.stringify([audit.before, audit.after, audit.meta])).not.toContain("новый-пароль");
  });

  it("refuses other roles (403), mismatched or short passwords (field errors), a stale version and one's own account, writing nothing", async () => {
    const teacher = await newTeacher();
    for (const email of ["coordinator@opora.demo", "school@opora.demo", "teacher@opora.demo"]) {
      await signInAs(email);
      expect((await setUserPasswordAction(input(teacher))).serverError?.code).toBe("FORBIDDEN");
    }
    const admin = await signInAs("admin@opora.demo");
    const mismatch = await setUserPasswordAction(input(teacher, "новый-пароль-для-входа", "другой-пароль"));
    expect(mismatch.validationErrors?.fieldErrors?.confirmPassword).toEqual(["Пароли не совпадают"]);
    const short = await setUserPasswordAction(input(teacher, "коротко"));
    expect(short.validationErrors?.fieldErrors?.newPassword?.[0]).toMatch(/не короче 8 символов/);
    const common = await setUserPasswordAction(input(teacher, "iloveyou1"));
    expect(common.validationErrors?.fieldErrors?.newPassword?.[0]).toMatch(/самых распространённых паролей/);
    expect((await setUserPasswordAction({ ...input(teacher), version: teacher.version + 5 })).serverError?.code).toBe("CONFLICT");
    const self = await db().user.findUniqueOrThrow({ where: { id: admin } });
    expect((await setUserPasswordAction(input(self))).serverError?.code).toBe("VALIDATION");
    const after = await db().user.findUniqueOrThrow({ where: { id: teacher.id } });
    expect(after.version).toBe(teacher.version);
    expect(await verifyPassword(after.passwordHash!, teacher.password)).toBe(true);
  });
});
