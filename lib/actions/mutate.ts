/**
 * The one way to write: a transaction that must carry its audit row. If the
 * audit insert fails, or the body forgets to audit, the whole change rolls
 * back.
 */
import "server-only";
import { primaryRole, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { writeAudit, type AuditEntry } from "@/lib/db/audit";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type AuditFn = (entry: Omit<AuditEntry, "actorId" | "actorRole" | "action"> & { action?: string }) => Promise<void>;

export async function mutate<T>(
  actor: Actor,
  meta: { name: string; permission: Permission },
  body: (tx: Tx, audit: AuditFn) => Promise<T>,
  /** Transaction limits for long writes (imports); Prisma's defaults otherwise (wait 2 s, run 5 s). */
  options?: { timeout?: number; maxWait?: number },
): Promise<T> {
  return getDb().$transaction(async (tx) => {
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
    return result;
  }, options);
}

/**
 * Optimistic locking: `updateMany({ where: { id, version } })` must have
 * touched exactly one row, or someone else saved first.
 */
export function expectOneRow(result: { count: number }): void {
  if (result.count !== 1) throw new AppError("CONFLICT");
}
