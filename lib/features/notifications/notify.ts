/**
 * In-app notifications, written inside the same transaction as the change
 * they announce. Features call `notify` with the recipients from one of the
 * helpers below; the bell and the notifications page read them.
 */
import "server-only";
import type { Tx } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/db/generated/enums";

export type NotificationInput = {
  kind: NotificationKind;
  /** Russian, one line: «Школа МБОУ-ООШ № 21 отправила концепцию на экспертизу». */
  title: string;
  body?: string;
  /** An app path, e.g. `/schools/edu230101/documents/<id>`. */
  link?: string;
  entityType?: string;
  entityId?: string;
};

export async function notify(tx: Tx, userIds: readonly string[], input: NotificationInput, options: { exceptUserId?: string } = {}): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id) => id !== options.exceptUserId);
  if (recipients.length === 0) return;
  await tx.notification.createMany({ data: recipients.map((userId) => ({ userId, ...input })) });
}

/** The active curator of a school in a cycle (zero or one). */
export async function curatorsOf(tx: Tx, cycleSchoolId: string): Promise<string[]> {
  const rows = await tx.curatorPairing.findMany({ where: { cycleSchoolId, active: true, curator: { active: true } }, select: { curatorId: true } });
  return rows.map((r) => r.curatorId);
}

/** The school's administrative team. */
export async function schoolAdminsOf(tx: Tx, schoolId: string): Promise<string[]> {
  const rows = await tx.roleAssignment.findMany({ where: { role: "school_admin", schoolId, user: { active: true } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}

/** The municipal coordinators. */
export async function coordinatorsOf(tx: Tx, municipalityId: string): Promise<string[]> {
  const rows = await tx.roleAssignment.findMany({ where: { role: "coordinator", municipalityId, user: { active: true } }, select: { userId: true } });
  return rows.map((r) => r.userId);
}
