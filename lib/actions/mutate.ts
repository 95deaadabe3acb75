/**
 * The one way to write: a transaction that must carry its audit row. If the
 * audit insert fails, or the body forgets to audit, the whole change rolls
 * back.
 *
 * A create form's idempotency key (see idempotency.ts) makes the action's
 * first mutate run once per key: a repeated submission gets the first result
 * (JSON round-tripped) and writes nothing.
 */
import "server-only";
import { primaryRole, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { writeAudit, type AuditEntry } from "@/lib/db/audit";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimIdempotencyKey, rememberIdempotentResult, takeIdempotencyKey } from "./idempotency";

/**
 * How long a change waits for a pool connection. Prisma's 2 s made a burst of
 * writes (fifty curators' clicks at once; any burst on the one-connection
 * PGlite) fail with a generic error instead of queueing.
 */
const DEFAULT_MAX_WAIT_MS = 15_000;

export type AuditFn = (entry: Omit<AuditEntry, "actorId" | "actorRole" | "action"> & { action?: string }) => Promise<void>;

export async function mutate<T>(
  actor: Actor,
  meta: { name: string; permission: Permission },
  body: (tx: Tx, audit: AuditFn) => Promise<T>,
  /** Transaction limits for long writes (imports); otherwise run ≤ 5 s (Prisma's default), wait ≤ 15 s for a connection. */
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  const idempotency = takeIdempotencyKey();
  return getDb().$transaction(async (tx) => {
    if (idempotency) {
      const claim = await claimIdempotencyKey(tx, idempotency.key, actor.userId, idempotency.action);
      if (!claim.fresh) return claim.result as T;
    }
    let audited = 0;
    const audit: AuditFn = async (entry) => {
      await writeAudit(tx, {
        ...entry,
        action: entry.action ?? meta.name,
        actorId: actor.userId,
        actorRole: primaryRole(actor, meta.permission),
      });
      audited += 1;
    };
    const result = await body(tx, audit);
    if (audited === 0) throw new Error(`mutation ${meta.name} wrote no audit row`);
    if (idempotency) await rememberIdempotentResult(tx, idempotency.key, result);
    return result;
  }, { maxWait: DEFAULT_MAX_WAIT_MS, ...options });
}

/**
 * Optimistic locking: `updateMany({ where: { id, version } })` must have
 * touched exactly one row, or someone else saved first.
 */
export function expectOneRow(result: { count: number }): void {
  if (result.count !== 1) throw new AppError("CONFLICT");
}
