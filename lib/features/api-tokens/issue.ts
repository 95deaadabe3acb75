/**
 * The one way a personal access token is created — by the profile page's
 * action and by `npm run token:create`: a random token, of which only the
 * SHA-256 and a short display prefix are stored, written with its audit row
 * (never the token itself). The caller shows the returned token once.
 */
import "server-only";
import type { AuditFn } from "@/lib/actions/mutate";
import { displayPrefix, generateApiToken, hashApiToken } from "@/lib/auth/api-token";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { API_TOKEN_ACTIVE_LIMIT } from "./schemas";

export type IssuedApiToken = { token: string; id: string; name: string; prefix: string; expiresAt: Date | null; createdAt: Date };

export async function issueApiToken(
  tx: Tx,
  audit: AuditFn,
  input: { userId: string; name: string; expiresAt: Date | null },
  now = new Date(),
): Promise<IssuedApiToken> {
  const active = await tx.apiToken.count({
    where: { userId: input.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
  });
  if (active >= API_TOKEN_ACTIVE_LIMIT) {
    throw new AppError("VALIDATION", `Действующих токенов не может быть больше ${API_TOKEN_ACTIVE_LIMIT}: отзовите ненужные.`);
  }
  const token = generateApiToken();
  const row = await tx.apiToken.create({
    data: { userId: input.userId, name: input.name, tokenHash: hashApiToken(token), prefix: displayPrefix(token), expiresAt: input.expiresAt },
    select: { id: true, name: true, prefix: true, expiresAt: true, createdAt: true },
  });
  await audit({
    action: "api_token.create",
    entityType: "ApiToken",
    entityId: row.id,
    after: { userId: input.userId, name: row.name, prefix: row.prefix, expiresAt: row.expiresAt },
  });
  return { token, ...row };
}
