import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, Prisma } from "@/lib/db/client";
import type { UserListQuery } from "./schemas";

export async function getProfile(actor: Actor) {
  return getDb().user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: {
      email: true,
      name: true,
      lastLoginAt: true,
      roles: {
        select: { id: true, role: true, school: { select: { shortName: true } }, municipality: { select: { name: true } } },
      },
    },
  });
}

export const USERS_PAGE_SIZE = 20;

/** Users the actor manages, with search, filters and pagination. */
export async function listUsers(actor: Actor, query: UserListQuery) {
  const where: Prisma.UserWhereInput = {
    AND: [
      scope.user(actor, "user:manage"),
      query.q
        ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }] }
        : {},
      query.role ? { roles: { some: { role: query.role } } } : {},
      query.status ? { active: query.status === "active" } : {},
    ],
  };
  const page = query.page ?? 1;
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        version: true,
        lastLoginAt: true,
        passwordHash: true,
        roles: { select: { role: true, school: { select: { shortName: true } } } },
      },
    }),
  ]);
  // Whether a password is set, never the hash itself, goes to the page.
  const users = rows.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
  return { total, users, page, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}
