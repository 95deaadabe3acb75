/**
 * Writes a carry-over plan (lib/domain/report/carry-plan.ts) inside the
 * action's transaction: one `INSERT … FROM unnest(…)` per table (decision
 * 033), so a municipality of 50 schools with thousands of measures carries
 * over in a few statements. Each created row also gets the audit row the
 * app writes when the same row is created by hand (`cycle_school.add`,
 * `pairing.assign`, `document.create`, `document.task.add`) or
 * `measure.carry_over`, inserted the same way, so record histories show
 * where the row came from.
 */
import "server-only";
import { primaryRole, type Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { CarryPlan } from "@/lib/domain/report/carry-plan";
import { bulkInsert, bulkUpdate } from "@/lib/features/imports/bulk";

const VIA = "cycle.create_from_report";

type AuditRow = { action: string; entityType: string; entityId: string; before?: unknown; after: unknown; meta?: Record<string, unknown> };

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Audit rows in one statement, attributed like `mutate`'s rows (actor, role for `cycle:manage`). */
async function bulkAudit(tx: Tx, actor: Actor, rows: readonly AuditRow[]): Promise<void> {
  const actorRole = primaryRole(actor, "cycle:manage");
  await bulkInsert(
    tx,
    "AuditLog",
    { actorId: "text", actorRole: '"Role"', action: "text", entityType: "text", entityId: "text", before: "jsonb", after: "jsonb", meta: "jsonb" },
    rows.map((r) => ({
      actorId: actor.userId,
      actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: json(r.before),
      after: json(r.after),
      meta: json({ ...r.meta, via: VIA }),
    })),
  );
}

/** Creates the plan's rows and their audit rows; existing documents it touches get a new version. */
export async function writeCarryPlan(tx: Tx, actor: Actor, plan: CarryPlan): Promise<void> {
  await bulkInsert(tx, "CycleSchool", { id: "text", cycleId: "text", schoolId: "text", categories: '"SchoolCategory"[]', note: "text" }, plan.cycleSchools);
  await bulkInsert(tx, "CuratorPairing", { id: "text", cycleSchoolId: "text", curatorId: "text", pairedOn: "date", schoolYear: "text" }, plan.pairings);
  await bulkInsert(
    tx,
    "ProgramDocument",
    { id: "text", cycleSchoolId: "text", kind: '"DocumentKind"', riskFactorId: "text", title: "text", periodFrom: "int", periodTo: "int", analysis: "text" },
    plan.documents,
    { updatedAt: true },
  );
  await bulkInsert(tx, "DocumentTask", { id: "text", documentId: "text", sortOrder: "int", title: "text", cause: "text" }, plan.tasks);
  await bulkInsert(
    tx,
    "Measure",
    {
      id: "text",
      documentId: "text",
      taskId: "text",
      sortOrder: "int",
      title: "text",
      status: '"MeasureStatus"',
      deadline: "date",
      responsible: "text",
      participants: "text",
      expectedResult: "text",
      indicatorName: "text",
      indicatorUnit: "text",
      baseline: "numeric",
      target: "numeric",
      reportForm: "text",
      carriedFromId: "text",
    },
    plan.measures,
    { updatedAt: true },
  );
  // Open editors of a touched document must see a conflict, as after any other edit.
  await bulkUpdate(tx, "ProgramDocument", { analysis: "text" }, plan.analysisUpdates, { updatedAt: true });
  if (plan.touchedDocumentIds.length > 0) {
    await tx.programDocument.updateMany({ where: { id: { in: plan.touchedDocumentIds } }, data: { version: { increment: 1 } } });
  }

  await bulkAudit(tx, actor, [
    ...plan.cycleSchools.map((s) => ({ action: "cycle_school.add", entityType: "CycleSchool", entityId: s.id, after: { cycleId: s.cycleId, schoolId: s.schoolId, categories: s.categories, note: s.note } })),
    ...plan.pairings.map((p) => ({ action: "pairing.assign", entityType: "CuratorPairing", entityId: p.id, after: { cycleSchoolId: p.cycleSchoolId, curatorId: p.curatorId, pairedOn: p.pairedOn, schoolYear: p.schoolYear } })),
    ...plan.documents.map((d) => ({ action: "document.create", entityType: "ProgramDocument", entityId: d.id, after: { kind: d.kind, riskFactorId: d.riskFactorId, title: d.title, status: "draft", analysis: d.analysis } })),
    ...plan.analysisUpdates.map((u) => ({ action: "document.update_header", entityType: "ProgramDocument", entityId: u.id, before: { analysis: null }, after: { analysis: u.analysis } })),
    ...plan.tasks.map((t) => ({ action: "document.task.add", entityType: "DocumentTask", entityId: t.id, after: { title: t.title, cause: t.cause }, meta: { documentId: t.documentId } })),
    ...plan.measures.map((m) => ({
      action: "measure.carry_over",
      entityType: "Measure",
      entityId: m.id,
      after: { title: m.title, status: m.status, deadline: m.deadline, baseline: m.baseline, target: m.target, carriedFromId: m.carriedFromId },
      meta: { documentId: m.documentId, taskId: m.taskId },
    })),
  ]);
}
