/**
 * The plan of rows that carry one cycle into the next (decision 044): the
 * school lists, optionally the curator pairings, and per school the
 * documents, tasks and measures of the new cycle. Pure: the caller loads
 * the old cycle (`CarrySource`) and what the next cycle already holds
 * (`CarryTarget.existing`), and passes an id generator; the plan is then
 * written as is. Running it against a next cycle that already holds an
 * earlier run's rows plans nothing twice: listed schools, carried measures
 * (by `carriedFromId`), documents (by kind and factor) and tasks (by title
 * and cause) are reused.
 */
import type { DocumentKind, MeasureStatus, SchoolCategory } from "@/lib/db/generated/enums";
import { defaultDocumentTitle } from "@/lib/domain/documents/fields";
import { DOCUMENT_KIND_LABELS } from "@/lib/i18n/labels";
import { carriedFromNote, carriedMeasure, factorAnalysis, factorReasons, isUnfinished, shiftSchoolYear, type CarriedMeasure, type CarriedSource } from "./carry-over";
import { groupBy } from "@/lib/domain/common/group-by";

export type SourceSchool = {
  cycleSchoolId: string;
  schoolId: string;
  code: string;
  shortName: string;
  /** An inactive school is not listed again. */
  active: boolean;
  categories: readonly SchoolCategory[];
  /** The active pairing; `eligible`: the curator's account is active and still a curator of the municipality. */
  curator: { curatorId: string; schoolYear: string | null; eligible: boolean } | null;
};

export type SourceDocument = { id: string; cycleSchoolId: string; kind: DocumentKind; riskFactorCode: number | null };
export type SourceTask = { id: string; documentId: string; sortOrder: number; title: string; cause: string | null };
export type SourceMeasure = CarriedSource & { documentId: string; taskId: string; sortOrder: number; status: MeasureStatus };

/** The old cycle: its year, schools, documents, tasks and measures. */
export type CarrySource = {
  year: number;
  schools: readonly SourceSchool[];
  documents: readonly SourceDocument[];
  tasks: readonly SourceTask[];
  measures: readonly SourceMeasure[];
};

export type ExistingTask = { id: string; title: string; cause: string | null; sortOrder: number; maxMeasureSortOrder: number };
export type ExistingDocument = {
  id: string;
  cycleSchoolId: string;
  kind: DocumentKind;
  riskFactorId: string | null;
  /** Draft or returned: tasks and measures may be added. */
  editable: boolean;
  hasAnalysis: boolean;
  tasks: readonly ExistingTask[];
};

/** The next cycle: its id and year, the risk catalogue it uses, and what it already holds (a draft filled before). */
export type CarryTarget = {
  cycleId: string;
  year: number;
  catalogue: ReadonlyArray<{ id: string; code: number; title: string }>;
  includePairings: boolean;
  /** The date new pairings start (today). */
  pairedOn: Date;
  existing: {
    schools: ReadonlyArray<{ cycleSchoolId: string; schoolId: string; hasActiveCurator: boolean }>;
    documents: readonly ExistingDocument[];
    /** Old measures already carried into this cycle. */
    carriedFromIds: readonly string[];
  } | null;
};

export type PlannedMeasure = CarriedMeasure & { id: string; documentId: string; taskId: string; sortOrder: number };

export type SkipReason = "inactive_school" | "factor_not_in_catalogue" | "document_not_editable";

export const SKIP_REASON_LABELS = {
  inactive_school: "школа отключена",
  factor_not_in_catalogue: "фактора риска нет в каталоге нового года",
  document_not_editable: "документ нового цикла уже отправлен на экспертизу",
} as const satisfies Record<SkipReason, string>;

export type CarryPlan = {
  cycleSchools: Array<{ id: string; cycleId: string; schoolId: string; categories: SchoolCategory[]; note: string }>;
  pairings: Array<{ id: string; cycleSchoolId: string; curatorId: string; pairedOn: Date; schoolYear: string | null }>;
  documents: Array<{ id: string; cycleSchoolId: string; kind: DocumentKind; riskFactorId: string | null; title: string; periodFrom: number; periodTo: number; analysis: string | null }>;
  /** Existing documents whose empty analysis gets the carried factor's reasons. */
  analysisUpdates: Array<{ id: string; analysis: string }>;
  /** Existing documents that get tasks, measures or an analysis (their version moves). */
  touchedDocumentIds: string[];
  tasks: Array<{ id: string; documentId: string; sortOrder: number; title: string; cause: string | null }>;
  measures: PlannedMeasure[];
  /** Factors carried now (a new programme, or an empty analysis filled) with their reasons. */
  factors: Array<{ schoolId: string; code: number; title: string; documentId: string; reasons: string[] }>;
  /** Per school of the old lists: what it gets now. */
  schools: Array<{ schoolId: string; code: string; shortName: string; cycleSchoolId: string | null; listed: "new" | "existing" | "skipped"; measures: number; factorCodes: number[] }>;
  skipped: Array<{ schoolId: string; measureId: string | null; factorCode: number | null; reason: SkipReason }>;
  /** Unfinished measures an earlier run already carried. */
  alreadyCarried: number;
};

const KIND_ORDER: Record<DocumentKind, number> = { concept: 0, medium_term_program: 1, anti_risk_program: 2 };
const taskKey = (title: string, cause: string | null) => `${title.trim()}\u0000${(cause ?? "").trim()}`;
const docKey = (kind: DocumentKind, riskFactorId: string | null) => `${kind}:${riskFactorId ?? ""}`;

type DocSlot = { id: string; editable: boolean; hasAnalysis: boolean; isNew: boolean; tasks: Map<string, { id: string; next: number }>; nextTask: number };


/** What to create in the next cycle; see the file header. */
export function planCarryOver(source: CarrySource, target: CarryTarget, newId: () => string): CarryPlan {
  const plan: CarryPlan = {
    cycleSchools: [],
    pairings: [],
    documents: [],
    analysisUpdates: [],
    touchedDocumentIds: [],
    tasks: [],
    measures: [],
    factors: [],
    schools: [],
    skipped: [],
    alreadyCarried: 0,
  };
  const note = carriedFromNote(source.year);
  const catalogue = new Map(target.catalogue.map((f) => [f.code, f]));
  const existingSchools = new Map((target.existing?.schools ?? []).map((s) => [s.schoolId, s]));
  const existingDocs = groupBy(target.existing?.documents ?? [], (d) => d.cycleSchoolId);
  const carried = new Set(target.existing?.carriedFromIds ?? []);
  const docsBySchool = groupBy(source.documents, (d) => d.cycleSchoolId);
  const tasks = new Map(source.tasks.map((t) => [t.id, t]));
  const measuresByDoc = groupBy(source.measures, (m) => m.documentId);
  const touched = new Set<string>();

  for (const school of source.schools) {
    const summary: CarryPlan["schools"][number] = { schoolId: school.schoolId, code: school.code, shortName: school.shortName, cycleSchoolId: null, listed: "skipped", measures: 0, factorCodes: [] };
    plan.schools.push(summary);
    if (!school.active) {
      plan.skipped.push({ schoolId: school.schoolId, measureId: null, factorCode: null, reason: "inactive_school" });
      continue;
    }

    // The school's row in the next cycle: the listed one, or a new one with the same categories.
    const listed = existingSchools.get(school.schoolId);
    const cycleSchoolId = listed?.cycleSchoolId ?? newId();
    summary.cycleSchoolId = cycleSchoolId;
    summary.listed = listed ? "existing" : "new";
    if (!listed) plan.cycleSchools.push({ id: cycleSchoolId, cycleId: target.cycleId, schoolId: school.schoolId, categories: [...new Set(school.categories)], note });
    if (target.includePairings && school.curator?.eligible && !listed?.hasActiveCurator) {
      plan.pairings.push({ id: newId(), cycleSchoolId, curatorId: school.curator.curatorId, pairedOn: target.pairedOn, schoolYear: shiftSchoolYear(school.curator.schoolYear) });
    }

    // Documents of the next cycle by kind and factor: those there already, then those planned here.
    const slots = new Map<string, DocSlot>();
    for (const d of existingDocs.get(cycleSchoolId) ?? []) {
      const taskSlots = new Map(d.tasks.map((t) => [taskKey(t.title, t.cause), { id: t.id, next: t.maxMeasureSortOrder + 1 }]));
      slots.set(docKey(d.kind, d.riskFactorId), { id: d.id, editable: d.editable, hasAnalysis: d.hasAnalysis, isNew: false, tasks: taskSlots, nextTask: Math.max(0, ...d.tasks.map((t) => t.sortOrder)) + 1 });
    }
    const slotFor = (kind: DocumentKind, factor: { id: string; title: string } | null, analysis: string | null): DocSlot => {
      const key = docKey(kind, factor?.id ?? null);
      const found = slots.get(key);
      if (found) return found;
      const slot: DocSlot = { id: newId(), editable: true, hasAnalysis: analysis !== null, isNew: true, tasks: new Map(), nextTask: 1 };
      slots.set(key, slot);
      plan.documents.push({
        id: slot.id,
        cycleSchoolId,
        kind,
        riskFactorId: factor?.id ?? null,
        title: defaultDocumentTitle(DOCUMENT_KIND_LABELS[kind], target.year, factor?.title),
        periodFrom: target.year,
        periodTo: target.year,
        analysis,
      });
      return slot;
    };

    const oldDocs = [...(docsBySchool.get(school.cycleSchoolId) ?? [])].sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.riskFactorCode ?? 0) - (b.riskFactorCode ?? 0) || a.id.localeCompare(b.id),
    );
    for (const doc of oldDocs) {
      const measures = [...(measuresByDoc.get(doc.id) ?? [])].sort(
        (a, b) => (tasks.get(a.taskId)?.sortOrder ?? 0) - (tasks.get(b.taskId)?.sortOrder ?? 0) || a.sortOrder - b.sortOrder || a.id.localeCompare(b.id),
      );
      const unfinished = measures.filter((m) => isUnfinished(m.status));
      const isFactorDoc = doc.kind === "anti_risk_program";
      const factor = isFactorDoc ? (catalogue.get(doc.riskFactorCode ?? -1) ?? null) : null;
      const reasons = isFactorDoc ? factorReasons(source.year, measures) : [];

      if (isFactorDoc && !factor) {
        // The new year's catalogue has no such factor: nothing to attach the programme to.
        if (reasons.length > 0) plan.skipped.push({ schoolId: school.schoolId, measureId: null, factorCode: doc.riskFactorCode, reason: "factor_not_in_catalogue" });
        for (const m of unfinished) {
          if (carried.has(m.id)) plan.alreadyCarried += 1;
          else plan.skipped.push({ schoolId: school.schoolId, measureId: m.id, factorCode: doc.riskFactorCode, reason: "factor_not_in_catalogue" });
        }
        continue;
      }

      if (factor && reasons.length > 0) {
        const analysis = factorAnalysis(source.year, measures)!;
        const slot = slotFor(doc.kind, factor, analysis);
        let carriedNow = slot.isNew;
        if (!slot.isNew && slot.editable && !slot.hasAnalysis) {
          plan.analysisUpdates.push({ id: slot.id, analysis });
          slot.hasAnalysis = true;
          touched.add(slot.id);
          carriedNow = true;
        }
        if (carriedNow) {
          plan.factors.push({ schoolId: school.schoolId, code: factor.code, title: factor.title, documentId: slot.id, reasons });
          summary.factorCodes.push(factor.code);
        }
      }

      for (const m of unfinished) {
        if (carried.has(m.id)) {
          plan.alreadyCarried += 1;
          continue;
        }
        const slot = slotFor(doc.kind, factor, null);
        if (!slot.editable) {
          plan.skipped.push({ schoolId: school.schoolId, measureId: m.id, factorCode: doc.riskFactorCode, reason: "document_not_editable" });
          continue;
        }
        const oldTask = tasks.get(m.taskId);
        const title = oldTask?.title ?? m.title;
        const cause = oldTask?.cause ?? null;
        const key = taskKey(title, cause);
        let task = slot.tasks.get(key);
        if (!task) {
          task = { id: newId(), next: 1 };
          slot.tasks.set(key, task);
          plan.tasks.push({ id: task.id, documentId: slot.id, sortOrder: slot.nextTask++, title, cause });
        }
        plan.measures.push({ ...carriedMeasure(m), id: newId(), documentId: slot.id, taskId: task.id, sortOrder: task.next++ });
        if (!slot.isNew) touched.add(slot.id);
        summary.measures += 1;
      }
    }
  }
  plan.touchedDocumentIds = [...touched];
  return plan;
}

/** Whether the plan would create or change anything. */
export function planIsEmpty(plan: CarryPlan): boolean {
  return plan.cycleSchools.length + plan.pairings.length + plan.documents.length + plan.analysisUpdates.length + plan.tasks.length + plan.measures.length === 0;
}
