import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, primaryRole, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { writeAudit } from "@/lib/db/audit";
import { getDb, type Tx } from "@/lib/db/client";
import { documentLetterhead, buildReportDocument, type ReportDocument } from "@/lib/domain/report/document";
import { verifyContentHash, type HashCheck } from "@/lib/domain/report/integrity";
import { parseNarrative, type ReportNarrative } from "@/lib/domain/report/narrative";
import { buildOrderDocument, defaultOrderItems, defaultPreamble, defaultSignatory, parseOrderItems, type OrderDocument, type OrderFields } from "@/lib/domain/report/order";
import { isoDay } from "@/lib/domain/measures";
import { outOfScope } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { findReportCycle, loadReportData, type ReportCycle } from "./queries";

export { findReportCycle };

const READ = "report:read" as const;

/** What an approved report keeps: the document and its order, as they read at approval. */
export type ReportSnapshot = { document: ReportDocument; order: OrderDocument };

/** The stored snapshot, or null when it is not one this version can read. */
export function parseSnapshot(json: unknown): ReportSnapshot | null {
  if (!json || typeof json !== "object") return null;
  const s = json as Partial<ReportSnapshot>;
  if (s.document?.format !== 1 || s.order?.format !== 1) return null;
  return s as ReportSnapshot;
}

export const reportSelect = {
  id: true,
  title: true,
  status: true,
  narrative: true,
  snapshot: true,
  contentHash: true,
  approvedAt: true,
  version: true,
  createdAt: true,
  approvedBy: { select: { name: true } },
  order: {
    select: { id: true, number: true, date: true, signatoryName: true, signatoryPosition: true, preamble: true, items: true, version: true },
  },
} as const;

type StoredOrder = { number: string; date: Date; signatoryName: string; signatoryPosition: string; preamble: string | null; items: unknown; version: number };

export function orderFieldsOf(order: StoredOrder): OrderFields & { version: number } {
  return {
    number: order.number,
    date: isoDay(order.date),
    signatoryName: order.signatoryName,
    signatoryPosition: order.signatoryPosition,
    preamble: order.preamble,
    items: parseOrderItems(order.items),
    version: order.version,
  };
}

/** The generated basis of the cycle's order. */
export function preambleFor(cycle: ReportCycle): string {
  return defaultPreamble({
    centerName: cycle.municipality.centerName,
    municipalityName: cycle.municipality.name,
    cycleTitle: cycle.title,
    year: cycle.year,
    roadmapOrder: { number: cycle.orderNumber, date: cycle.orderDate },
  });
}

/** The order as it reads, for a draft report. */
export function orderDocumentFor(cycle: ReportCycle, reportTitle: string, order: OrderFields): OrderDocument {
  return buildOrderDocument(order, { letterhead: documentLetterhead(letterheadOf(cycle)), title: reportTitle, defaultPreamble: preambleFor(cycle) });
}

export function letterheadOf(cycle: ReportCycle) {
  const m = cycle.municipality;
  return { region: m.region, municipalityName: m.name, centerName: m.centerName, centerAddress: m.centerAddress, centerPhone: m.centerPhone, directorName: m.directorName };
}


/** A draft report's document, built from the data as it is now. */
export async function buildDraftDocument(actor: Actor, cycle: ReportCycle, report: { title: string; narrative: unknown }, narrative?: ReportNarrative) {
  const data = await loadReportData(actor, cycle, { title: report.title });
  return { data, document: buildReportDocument(data, narrative ?? parseNarrative(report.narrative)) };
}

/** The audit action of a failed hash check. */
export const INTEGRITY_FAILED_ACTION = "report.integrity_failed";

/** The hashes the audit log recorded when the report was approved (`report.approve`; append-only). */
export async function approvalHashes(db: Tx, reportId: string): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { action: "report.approve", entityType: "AnalyticalReport", entityId: reportId }, select: { after: true } });
  return rows.flatMap((row) => {
    const hash = (row.after as { contentHash?: unknown } | null)?.contentHash;
    return typeof hash === "string" ? [hash] : [];
  });
}

/**
 * An approved report that failed its hash check: an error in the log on
 * every read, and one audit row per report and pair of hashes (stored,
 * computed) — a page read again and again must not flood the report's
 * history. Never throws: the reader still gets the refusal.
 */
async function recordIntegrityFailure(actor: Actor, report: { id: string }, cycleId: string, check: Extract<HashCheck, { ok: false }>, via: string) {
  const fields = { reportId: report.id, cycleId, reason: check.reason, stored: check.stored, computed: check.computed, via, actorId: actor.userId };
  logger.error(fields, "approved report failed its content hash check");
  try {
    const db = getDb();
    const earlier = await db.auditLog.findMany({
      where: { action: INTEGRITY_FAILED_ACTION, entityType: "AnalyticalReport", entityId: report.id },
      select: { before: true, after: true },
      take: 100,
    });
    const hashOf = (json: unknown) => (json as { contentHash?: unknown } | null)?.contentHash ?? null;
    if (earlier.some((row) => hashOf(row.before) === check.stored && hashOf(row.after) === check.computed)) return;
    await writeAudit(db, {
      action: INTEGRITY_FAILED_ACTION,
      actorId: actor.userId,
      actorRole: primaryRole(actor, READ),
      entityType: "AnalyticalReport",
      entityId: report.id,
      before: { contentHash: check.stored },
      after: { contentHash: check.computed },
      meta: { cycleId, via, reason: check.reason },
    });
  } catch (error) {
    logger.error({ err: error, reportId: report.id }, "failed to audit a content hash mismatch");
  }
}

/**
 * The report page's data: the cycle, the report (if any) and its document
 * and order — from the snapshot for an approved report (later data changes
 * never alter it), built from the data for a draft. Null when the cycle is
 * outside the actor's `report:read` scope.
 *
 * An approved snapshot is re-verified against its content hash on every
 * read (`integrity`); when it does not match, the view carries neither the
 * document nor the order — pages show the error, downloads are refused —
 * and the failure is logged and audited (`via` names the reader).
 */
export async function getReportView(actor: Actor, cycleId: string, via = "report.page") {
  const db = getDb();
  const cycle = await findReportCycle(db, actor, cycleId);
  if (!cycle) return null;
  const report = await db.analyticalReport.findFirst({ where: { AND: [scope.report(actor, READ), { cycleId: cycle.id }] }, select: reportSelect });
  const canManage = can(actor, "report:manage");
  if (!report) return { cycle, canManage, report: null, integrity: null, document: null, order: null, narrative: null } as const;

  const narrative = parseNarrative(report.narrative);
  if (report.status === "approved") {
    const integrity = verifyContentHash(report.snapshot, report.contentHash, await approvalHashes(db, report.id));
    if (!integrity.ok) {
      await recordIntegrityFailure(actor, report, cycle.id, integrity, via);
      return { cycle, canManage, report, narrative, integrity, document: null, order: null } as const;
    }
    const snapshot = parseSnapshot(report.snapshot);
    if (!snapshot) throw new Error(`report ${report.id}: unreadable snapshot`);
    return {
      cycle,
      canManage,
      report,
      narrative,
      integrity,
      document: snapshot.document,
      order: { id: report.order?.id ?? null, fields: report.order ? orderFieldsOf(report.order) : null, document: snapshot.order },
    } as const;
  }
  const { document } = await buildDraftDocument(actor, cycle, report, narrative);
  const fields = report.order ? orderFieldsOf(report.order) : null;
  return {
    cycle,
    canManage,
    report,
    narrative,
    integrity: null,
    document,
    order: fields ? { id: report.order!.id as string | null, fields, document: orderDocumentFor(cycle, report.title, fields) } : null,
  } as const;
}

export type ReportView = NonNullable<Awaited<ReturnType<typeof getReportView>>>;

/** For pages: 403 without `report:read`, 404 outside the scope. */
export async function getReportViewOrNotFound(actor: Actor, cycleId: string, via = "report.page"): Promise<ReportView> {
  if (!can(actor, READ)) forbidden();
  const view = await getReportView(actor, cycleId, via);
  if (!view) notFound();
  return view;
}

/** For route handlers: an audited 404 outside the scope (the permission is checked by `route()`). */
export async function getReportViewOrThrow(actor: Actor, cycleId: string, via: string): Promise<ReportView> {
  const view = await getReportView(actor, cycleId, via);
  if (!view) throw outOfScope("Cycle", cycleId);
  return view;
}

/** The order form's starting values when no order is saved yet. */
export function defaultOrderFields(view: ReportView, actor: Actor, today = new Date()): OrderFields {
  const { cycle } = view;
  const signatory = defaultSignatory({ centerName: cycle.municipality.centerName, directorName: cycle.municipality.directorName });
  const todayIso = isoDay(today);
  const year = Number(todayIso.slice(0, 4));
  return {
    number: "",
    date: year === cycle.year || year === cycle.year + 1 ? todayIso : "",
    signatoryName: signatory.name,
    signatoryPosition: signatory.position,
    preamble: preambleFor(cycle),
    items: defaultOrderItems({ reportTitle: view.report?.title ?? "", tasks: view.narrative?.tasks ?? [], responsibleName: actor.name, year: cycle.year }),
  };
}
