/**
 * Audit rows. A change and its audit row are written in the same transaction
 * (see `mutate` in lib/actions/mutate.ts); sign-in attempts and authorization
 * denials are written on their own, since the work they belong to did not
 * happen. The table is append-only (a trigger refuses UPDATE and DELETE).
 */
import type { Role } from "@/lib/db/generated/enums";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "./client";

export type AuditEntry = {
  action: string;
  actorId?: string | null;
  actorRole?: Role | null;
  entityType?: string | null;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
  ip?: string | null;
  requestId?: string | null;
};

/** JSON-safe copy: Dates as ISO strings, Decimals and BigInts as strings. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === undefined || value === null) return Prisma.JsonNull;
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

export async function writeAudit(db: Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      meta: toJson(entry.meta),
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
    },
  });
}
