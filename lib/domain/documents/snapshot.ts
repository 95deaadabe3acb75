/**
 * The content of a programme document as plain data: what a revision keeps
 * (DocumentRevision.snapshot), what the completeness check reads and what the
 * diff compares. The shape matches the demo seed's revision snapshots; ids are
 * optional (seeded revisions have none) and only help the diff pair tasks and
 * measures that moved. Pure: no I/O.
 */
import type { DocumentKind } from "@/lib/db/generated/enums";

export type MeasureSnapshot = {
  id?: string;
  sortOrder: number;
  title: string;
  /** ISO calendar date `YYYY-MM-DD`. */
  deadline: string | null;
  responsible: string | null;
  participants: string | null;
  expectedResult: string | null;
  indicatorName: string | null;
  indicatorUnit: string | null;
  baseline: number | null;
  target: number | null;
  reportForm: string | null;
};

export type TaskSnapshot = {
  id?: string;
  sortOrder: number;
  title: string;
  cause: string | null;
  measures: MeasureSnapshot[];
};

export type DocumentSnapshot = {
  kind: DocumentKind;
  title: string;
  riskFactorCode: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  mission: string | null;
  goal: string | null;
  desiredState: string | null;
  analysis: string | null;
  tasks: TaskSnapshot[];
};

/** Prisma's Decimal, a number, a numeric string, or nothing. */
type NumericLike = number | string | { toString(): string } | null | undefined;

export type DocumentSource = {
  kind: DocumentKind;
  title: string;
  riskFactor?: { code: number } | null;
  periodFrom: number | null;
  periodTo: number | null;
  mission: string | null;
  goal: string | null;
  desiredState: string | null;
  analysis: string | null;
  tasks: Array<{ id: string; sortOrder: number; title: string; cause: string | null }>;
  measures: Array<{
    id: string;
    taskId: string;
    sortOrder: number;
    title: string;
    deadline: Date | null;
    responsible: string | null;
    participants: string | null;
    expectedResult: string | null;
    indicatorName: string | null;
    indicatorUnit: string | null;
    baseline: NumericLike;
    target: NumericLike;
    reportForm: string | null;
  }>;
};

function toNumber(value: NumericLike): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value.toString());
  return Number.isFinite(n) ? n : null;
}

/** `Date` (a calendar date at UTC midnight) → `YYYY-MM-DD`. */
export function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

/** The full snapshot of a document: header, tasks in order, each with its measures in order. */
export function buildSnapshot(doc: DocumentSource): DocumentSnapshot {
  return {
    kind: doc.kind,
    title: doc.title,
    riskFactorCode: doc.riskFactor?.code ?? null,
    periodFrom: doc.periodFrom,
    periodTo: doc.periodTo,
    mission: doc.mission,
    goal: doc.goal,
    desiredState: doc.desiredState,
    analysis: doc.analysis,
    tasks: [...doc.tasks].sort(bySortOrder).map((task) => ({
      id: task.id,
      sortOrder: task.sortOrder,
      title: task.title,
      cause: task.cause,
      measures: doc.measures
        .filter((m) => m.taskId === task.id)
        .sort(bySortOrder)
        .map((m) => ({
          id: m.id,
          sortOrder: m.sortOrder,
          title: m.title,
          deadline: isoDay(m.deadline),
          responsible: m.responsible,
          participants: m.participants,
          expectedResult: m.expectedResult,
          indicatorName: m.indicatorName,
          indicatorUnit: m.indicatorUnit,
          baseline: toNumber(m.baseline),
          target: toNumber(m.target),
          reportForm: m.reportForm,
        })),
    })),
  };
}

/** Reads a stored snapshot (JSON) defensively: missing fields become null / empty. */
export function parseSnapshot(json: unknown): DocumentSnapshot {
  const o = (json ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v !== "" && Number.isFinite(Number(v)) ? Number(v) : null);
  const tasks = Array.isArray(o.tasks) ? (o.tasks as Record<string, unknown>[]) : [];
  return {
    kind: (str(o.kind) ?? "anti_risk_program") as DocumentKind,
    title: str(o.title) ?? "",
    riskFactorCode: num(o.riskFactorCode),
    periodFrom: num(o.periodFrom),
    periodTo: num(o.periodTo),
    mission: str(o.mission),
    goal: str(o.goal),
    desiredState: str(o.desiredState),
    analysis: str(o.analysis),
    tasks: tasks.map((t, i) => ({
      ...(typeof t.id === "string" ? { id: t.id } : {}),
      sortOrder: num(t.sortOrder) ?? i + 1,
      title: str(t.title) ?? "",
      cause: str(t.cause),
      measures: (Array.isArray(t.measures) ? (t.measures as Record<string, unknown>[]) : []).map((m, j) => ({
        ...(typeof m.id === "string" ? { id: m.id } : {}),
        sortOrder: num(m.sortOrder) ?? j + 1,
        title: str(m.title) ?? "",
        deadline: str(m.deadline),
        responsible: str(m.responsible),
        participants: str(m.participants),
        expectedResult: str(m.expectedResult),
        indicatorName: str(m.indicatorName),
        indicatorUnit: str(m.indicatorUnit),
        baseline: num(m.baseline),
        target: num(m.target),
        reportForm: str(m.reportForm),
      })),
    })),
  };
}
