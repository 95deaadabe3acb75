import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { defineEndpoint } from "@/lib/api/endpoint";

export const meEndpoint = defineEndpoint({
  method: "GET",
  path: "/me",
  name: "api.me",
  permission: "profile:own",
  tag: "Профиль",
  summary: "Владелец токена: учётная запись и роли",
  description: "Токен действует ровно с ролями и областью доступа своего владельца.",
  response: {
    description: "Пользователь",
    schema: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      roles: z.array(z.enum(ROLES)).describe("Роли без повторов"),
      grants: z
        .array(z.object({ role: z.enum(ROLES), municipalityId: z.string().nullable(), schoolCode: z.string().nullable() }))
        .describe("Назначения ролей с их областью: муниципалитет, школа"),
    }),
  },
  handler: async ({ actor }) => {
    const schoolIds = actor.roles.flatMap((r) => (r.schoolId ? [r.schoolId] : []));
    const schools = schoolIds.length ? await getDb().school.findMany({ where: { id: { in: schoolIds } }, select: { id: true, code: true } }) : [];
    const codeOf = new Map(schools.map((s) => [s.id, s.code]));
    return {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      roles: [...new Set(actor.roles.map((r) => r.role))],
      grants: actor.roles.map((r) => ({ role: r.role, municipalityId: r.municipalityId, schoolCode: r.schoolId ? (codeOf.get(r.schoolId) ?? null) : null })),
    };
  },
});
