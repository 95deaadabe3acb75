/**
 * The REST API's request counter, in the database so that the limit holds
 * across app instances: one `INSERT … ON CONFLICT … DO UPDATE … RETURNING`
 * per request. When a key starts a new window, its older windows are deleted,
 * so the table keeps about one row per active token.
 */
import "server-only";
import type { Tx } from "@/lib/db/client";
import { decide, rateLimitConfig, windowStart, type RateDecision } from "@/lib/domain/api/rate-window";

export async function hitRateLimit(db: Tx, key: string, now = new Date()): Promise<RateDecision> {
  const config = rateLimitConfig(process.env);
  const start = windowStart(now, config.windowMs);
  const [row] = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "ApiRateLimit" ("key", "windowStart", "count") VALUES (${key}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "ApiRateLimit"."count" + 1
    RETURNING "count"`;
  const count = Number(row?.count ?? 1);
  if (count === 1) await db.$executeRaw`DELETE FROM "ApiRateLimit" WHERE "key" = ${key} AND "windowStart" < ${start}`;
  return decide(count, config, now);
}
