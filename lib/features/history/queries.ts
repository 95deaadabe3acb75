import "server-only";
import { getDb } from "@/lib/db/client";
import { ROLE_LABELS } from "@/lib/i18n/labels";
import { diffChanges, type FieldChange } from "./diff";
import { actionLabel } from "./labels";

export type HistoryEntry = {
  id: string;
  at: Date;
  actorName: string;
  roleLabel: string | null;
  action: string;
  actionLabel: string;
  changes: FieldChange[];
};

export const HISTORY_LIMIT = 200;

/**
 * The change history of one record from the audit log, newest first.
 *
 * NOT scoped: the CALLER must already have loaded the entity through its
 * `scope.*` builder (the page that shows the record did), so whoever sees the
 * record may see its history. Denials (`authz_denied`) are not history and
 * are left out. With `includeParts`, rows of the record's parts that name it
 * in `meta.documentId` (a document's tasks and measures) are included too.
 */
export async function getHistory(entityType: string, entityId: string, options: { limit?: number; includeParts?: boolean } = {}): Promise<HistoryEntry[]> {
  const db = getDb();
  const own = { entityType, entityId };
  const rows = await db.auditLog.findMany({
    where: {
      OR: options.includeParts ? [own, { meta: { path: ["documentId"], equals: entityId } }] : [own],
      action: { not: "authz_denied" },
    },
    orderBy: { id: "desc" },
    take: options.limit ?? HISTORY_LIMIT,
    select: { id: true, at: true, actorId: true, actorRole: true, action: true, before: true, after: true },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actorName: r.actorId ? (names.get(r.actorId) ?? "Удалённый пользователь") : "Система",
    roleLabel: r.actorRole ? ROLE_LABELS[r.actorRole] : null,
    action: r.action,
    actionLabel: actionLabel(r.action),
    changes: diffChanges(r.before, r.after),
  }));
}
