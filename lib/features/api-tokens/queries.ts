import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { apiTokenStatus } from "@/lib/auth/api-token";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";

/** The signed-in person's own tokens (never their hashes), newest first, with their status. */
export async function listOwnApiTokens(actor: Actor, now = new Date()) {
  const rows = await getDb().apiToken.findMany({
    where: { AND: [scope.apiToken(actor, "profile:own"), { userId: actor.userId }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
  });
  return rows.map((row) => ({ ...row, status: apiTokenStatus(row, now) }));
}

export type OwnApiToken = Awaited<ReturnType<typeof listOwnApiTokens>>[number];
