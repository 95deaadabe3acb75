/** Helpers for integration tests (the database comes from global-setup.ts). */
import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";

/** A short random suffix for unique test data (emails, codes, names). */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
}

/**
 * A user with a known password, without roles or, with `teacherAt`, as a
 * teacher of that demo school. Returns the row and the password.
 */
export async function createTestUser(options: { password?: string; teacherAt?: string } = {}) {
  const password = options.password ?? "верный-пароль-123";
  const school = options.teacherAt ? await getDb().school.findUniqueOrThrow({ where: { code: options.teacherAt } }) : null;
  const user = await getDb().user.create({
    data: {
      email: `test-${uniqueSuffix()}@opora.test`,
      name: "Пользователь Для Проверки",
      passwordHash: await hashPassword(password),
      ...(school ? { roles: { create: { role: "teacher", municipalityId: school.municipalityId, schoolId: school.id } } } : {}),
    },
  });
  return { ...user, password };
}
