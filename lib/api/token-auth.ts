/**
 * `Authorization: Bearer <token>` → the token owner's actor, with exactly
 * their roles (loaded from the database on every request, as for sessions).
 * A missing, malformed, unknown, revoked or expired token, or an inactive
 * owner, is a 401. `lastUsedAt` is written at most once a minute.
 */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { bearerToken, hashApiToken, isApiTokenFormat, shouldTouchLastUsed, LAST_USED_RESOLUTION_MS } from "@/lib/auth/api-token";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const MISSING_TOKEN_MESSAGE = "Нужен токен доступа: передайте заголовок «Authorization: Bearer <токен>». Токен создаётся в профиле.";
export const BAD_TOKEN_MESSAGE = "Токен доступа недействителен: он не найден, отозван или истёк, либо учётная запись отключена.";

export type TokenActor = { actor: Actor; tokenId: string };

export async function authenticateToken(request: Request, now = new Date()): Promise<TokenActor> {
  const token = bearerToken(request.headers);
  if (!token) throw new AppError("UNAUTHENTICATED", MISSING_TOKEN_MESSAGE, { details: { reason: "missing_token" } });
  const bad = () => new AppError("UNAUTHENTICATED", BAD_TOKEN_MESSAGE, { details: { reason: "invalid_token" } });
  if (!isApiTokenFormat(token)) throw bad();

  const db = getDb();
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now.getTime())) throw bad();
  const actor = await loadActor(row.userId, "token");
  if (!actor) throw bad();

  if (shouldTouchLastUsed(row.lastUsedAt, now)) {
    // Conditional, so that concurrent requests of one token write once.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return { actor, tokenId: row.id };
}
