import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { DocumentKind, DocumentStatus, Significance } from "@/lib/db/generated/enums";
import { buildSnapshot, checkCompleteness, cycleBounds, formatProblem, isoDay, parseSnapshot, requiredAntiRiskFactorIds } from "@/lib/domain/documents";
import { DOCUMENT_EDITABLE } from "@/lib/domain/workflow";
import { getCycleSchoolOrNotFound } from "@/lib/features/schools/cycle-school";

const READ = "document:read" as const;

export type DocumentListRow = {
  key: string;
  kind: DocumentKind;
  factor: { id: string; code: number; title: string; significance: Significance | null } | null;
  required: boolean;
  document: { id: string; title: string; status: DocumentStatus; currentRevision: number; updatedAt: Date } | null;
};

/**
 * The documents page of a school in a cycle: the concept, the medium-term
 * programme and the anti-risk programmes (required ones from the confirmed
 * risk profile, then any others the school wrote), and the factors it may
 * still choose for an optional programme.
 */
export async function getDocumentsOverview(actor: Actor, code: string, cycleId?: string) {
  const cs = await getCycleSchoolOrNotFound(actor, code, READ, cycleId);
  const db = getDb();
  const [documents, profile] = await Promise.all([
    db.programDocument.findMany({
      where: { AND: [scope.document(actor, READ), { cycleSchoolId: cs.id }] },
      select: { id: true, kind: true, title: true, status: true, currentRevision: true, updatedAt: true, riskFactorId: true },
    }),
    db.riskProfile.findFirst({
      where: { AND: [scope.riskProfile(actor, READ), { cycleSchoolId: cs.id }] },
      select: { status: true, catalogYear: true, factors: { select: { factorId: true, significance: true, programRequired: true } } },
    }),
  ]);
  const factors = await db.riskFactor.findMany({
    where: { catalogYear: profile?.catalogYear ?? cs.cycle.year },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, title: true },
  });
  const significance = new Map(profile?.factors.map((f) => [f.factorId, f.significance]) ?? []);
  const required = new Set(requiredAntiRiskFactorIds(profile));
  const docOf = (kind: DocumentKind, factorId: string | null) => {
    const d = documents.find((doc) => doc.kind === kind && (doc.riskFactorId ?? null) === factorId);
    return d ? { id: d.id, title: d.title, status: d.status, currentRevision: d.currentRevision, updatedAt: d.updatedAt } : null;
  };

  const rows: DocumentListRow[] = [
    { key: "concept", kind: "concept", factor: null, required: true, document: docOf("concept", null) },
    { key: "medium_term_program", kind: "medium_term_program", factor: null, required: true, document: docOf("medium_term_program", null) },
  ];
  const factorById = new Map(factors.map((f) => [f.id, f]));
  const antiRiskFactorIds = [
    ...factors.filter((f) => required.has(f.id)).map((f) => f.id),
    ...documents.filter((d) => d.kind === "anti_risk_program" && d.riskFactorId && !required.has(d.riskFactorId)).map((d) => d.riskFactorId!),
  ];
  for (const factorId of antiRiskFactorIds) {
    const f = factorById.get(factorId);
    rows.push({
      key: `arp-${factorId}`,
      kind: "anti_risk_program",
      factor: f ? { ...f, significance: significance.get(factorId) ?? null } : { id: factorId, code: 0, title: "—", significance: null },
      required: required.has(factorId),
      document: docOf("anti_risk_program", factorId),
    });
  }
  const taken = new Set(antiRiskFactorIds);
  const optionalFactors = factors.filter((f) => !taken.has(f.id)).map((f) => ({ ...f, significance: significance.get(f.id) ?? null }));
  return {
    cycleSchool: cs,
    rows,
    optionalFactors,
    profileConfirmed: profile?.status === "confirmed",
    canWrite: can(actor, "document:write") && cs.cycle.status !== "closed",
  };
}

const documentInclude = {
  riskFactor: { select: { id: true, code: true, title: true } },
  tasks: { orderBy: [{ sortOrder: "asc" as const }, { id: "asc" as const }] },
  measures: { orderBy: [{ sortOrder: "asc" as const }, { id: "asc" as const }] },
  cycleSchool: {
    select: {
      id: true,
      school: { select: { code: true, shortName: true, name: true } },
      cycle: { select: { id: true, year: true, title: true, status: true, orderDate: true, implementationEnd: true } },
    },
  },
} satisfies Prisma.ProgramDocumentInclude;

async function findDocumentOrNotFound(actor: Actor, code: string, documentId: string) {
  if (!can(actor, READ)) forbidden();
  const doc = await getDb().programDocument.findFirst({
    where: { AND: [scope.document(actor, READ), { id: documentId, cycleSchool: { school: { code } } }] },
    include: documentInclude,
  });
  if (!doc) notFound();
  return doc;
}

/** Decimal → «66,5» for the form. */
const decimalText = (value: { toString(): string } | null) => (value === null ? "" : value.toString().replace(/\.?0+$/, "").replace(".", ","));

/** One document for the editor or the read-only view, plus the latest curator review. */
export async function getDocumentPage(actor: Actor, code: string, documentId: string) {
  const doc = await findDocumentOrNotFound(actor, code, documentId);
  const bounds = cycleBounds(doc.cycleSchool.cycle);
  const snapshot = buildSnapshot(doc);
  const editable = can(actor, "document:write") && DOCUMENT_EDITABLE.includes(doc.status);
  const review = await getDb().review.findFirst({
    where: { AND: [scope.review(actor, READ), { documentId, kind: "curator", status: "submitted" }] },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
    select: {
      revisionNumber: true,
      submittedAt: true,
      verdict: true,
      strengths: true,
      recommendations: true,
      reviewer: { select: { name: true } },
      scores: { orderBy: { criterion: { sortOrder: "asc" } }, select: { score: true, comment: true, criterion: { select: { code: true, text: true } } } },
    },
  });
  return {
    document: {
      id: doc.id,
      kind: doc.kind,
      status: doc.status,
      version: doc.version,
      currentRevision: doc.currentRevision,
      submittedAt: doc.submittedAt,
      confirmedAt: doc.confirmedAt,
      updatedAt: doc.updatedAt,
      riskFactor: doc.riskFactor,
      title: doc.title,
      periodFrom: doc.periodFrom,
      periodTo: doc.periodTo,
      mission: doc.mission,
      goal: doc.goal,
      desiredState: doc.desiredState,
      analysis: doc.analysis,
    },
    editorTasks: doc.tasks.map((t) => ({
      id: t.id,
      title: t.title,
      cause: t.cause ?? "",
      measures: doc.measures
        .filter((m) => m.taskId === t.id)
        .map((m) => ({
          id: m.id,
          title: m.title,
          deadline: isoDay(m.deadline) ?? "",
          responsible: m.responsible ?? "",
          participants: m.participants ?? "",
          expectedResult: m.expectedResult ?? "",
          indicatorName: m.indicatorName ?? "",
          indicatorUnit: m.indicatorUnit ?? "",
          baseline: decimalText(m.baseline),
          target: decimalText(m.target),
          reportForm: m.reportForm ?? "",
        })),
    })),
    snapshot,
    problems: checkCompleteness(snapshot, bounds).map(formatProblem),
    bounds: { from: isoDay(bounds.from)!, to: isoDay(bounds.to)! },
    school: doc.cycleSchool.school,
    cycle: doc.cycleSchool.cycle,
    editable,
    canReview: can(actor, "document:review") && doc.status === "submitted",
    review,
  };
}

export type DocumentPageData = Awaited<ReturnType<typeof getDocumentPage>>;
export type EditorTask = DocumentPageData["editorTasks"][number];
export type EditorMeasure = EditorTask["measures"][number];

/** The revisions of a document, newest first, with their snapshots. */
export async function getDocumentRevisions(actor: Actor, code: string, documentId: string) {
  const doc = await findDocumentOrNotFound(actor, code, documentId);
  const revisions = await getDb().documentRevision.findMany({
    where: { documentId: doc.id },
    orderBy: { number: "desc" },
    select: { number: true, submittedAt: true, snapshot: true, submittedBy: { select: { name: true } } },
  });
  return {
    document: { id: doc.id, title: doc.title, kind: doc.kind, status: doc.status },
    school: doc.cycleSchool.school,
    revisions: revisions.map((r) => ({ number: r.number, submittedAt: r.submittedAt, submittedBy: r.submittedBy.name, snapshot: parseSnapshot(r.snapshot) })),
  };
}
