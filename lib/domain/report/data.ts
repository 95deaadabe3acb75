/**
 * What the analytical report is built from (`ReportData`, loaded by
 * lib/features/report/queries.ts) and the figures computed from it, one
 * pure function per figure: events by kind and module, schools reached,
 * consultations by module / subject / function, municipal projects, survey
 * shares, and per school the risks worked on, measure counters and
 * indicators baseline → target → actual. No I/O.
 */
import type {
  ConsultationModule,
  DocumentKind,
  DocumentStatus,
  EventType,
  RiskProfileStatus,
  SchoolCategory,
  Significance,
  SurveyAudience,
  TutorFunction,
} from "@/lib/db/generated/enums";
import { countersFrom, overdueCount, percentDone, totalOf, type MeasureCounters, type MeasureGroup } from "@/lib/domain/measures";
import type { Comparison, ResultWarning } from "@/lib/domain/results";
import { isProgramRequired } from "@/lib/domain/risk/significance";
import { questionResult, resultSentence, percent, type AnswerValue, type QuestionSpec } from "@/lib/domain/surveys/results";
import { CONSULTATION_MODULES, EVENT_TYPES, REPORT_SCHOOL_CATEGORIES } from "./figures";

export type ReportLetterhead = {
  region: string;
  /** The municipality as named in texts: «г. Армавир». */
  municipalityName: string;
  centerName: string;
  centerAddress: string | null;
  centerPhone: string | null;
  directorName: string | null;
};

export type ReportSchool = {
  code: string;
  shortName: string;
  name: string;
  categories: SchoolCategory[];
  curatorName: string | null;
  riskProfileStatus: RiskProfileStatus | null;
  assessments: Array<{ code: number; title: string; significance: Significance; programRequired: boolean }>;
  documents: Array<{ kind: DocumentKind; title: string; status: DocumentStatus; riskFactorCode: number | null; riskFactorTitle: string | null }>;
  measureGroups: MeasureGroup[];
  indicators: ReportIndicator[];
  /** The school against the municipal averages, series by series (decision 040). */
  comparisons: Comparison[];
  /** Early warnings as of the cycle's year. */
  warnings: ResultWarning[];
};

export type ReportIndicator = { measure: string; name: string; unit: string | null; baseline: number | null; target: number | null; actual: number | null };

export type ReportEvent = { type: EventType; participants: number; module: string | null; project: string | null; schoolCodes: string[] };
export type ReportConsultation = {
  module: ConsultationModule;
  subject: string;
  teacherId: string;
  schoolCode: string;
  functions: TutorFunction[];
  project: string | null;
};
export type ReportSurvey = {
  title: string;
  audience: SurveyAudience;
  responses: number;
  questions: Array<{ spec: QuestionSpec; answers: AnswerValue[] }>;
};

export type ReportData = {
  year: number;
  cycleTitle: string;
  /** «приказ об утверждении Дорожной карты» of the cycle. */
  roadmapOrder: { number: string | null; date: Date | null };
  letterhead: ReportLetterhead;
  /** The report's title (editable): «Об итогах реализации Дорожной карты … в 2025 году». */
  title: string;
  /** Set when the report is being approved: the order's number and date. */
  approval: { orderNumber: string; orderDate: Date } | null;
  schools: ReportSchool[];
  events: ReportEvent[];
  consultations: ReportConsultation[];
  surveys: ReportSurvey[];
  /** Municipal projects of the municipality (all of them, in catalogue order). */
  projects: string[];
  /** Schools of the municipality outside the cycle's lists whose results raise an early warning. */
  flaggedOutside: Array<{ shortName: string; warnings: number }>;
};

const schoolCollator = new Intl.Collator("ru", { numeric: true });

/** The report's school order: ШНОР first, then ШНСУ, risk zone, «500+» only; within a list by name, numbers in order (№ 4 before № 15). */
export function compareSchools(a: Pick<ReportSchool, "categories" | "shortName">, b: Pick<ReportSchool, "categories" | "shortName">): number {
  const rank = (s: Pick<ReportSchool, "categories">) => Math.min(...s.categories.map((c) => REPORT_SCHOOL_CATEGORIES.indexOf(c)), REPORT_SCHOOL_CATEGORIES.length);
  return rank(a) - rank(b) || schoolCollator.compare(a.shortName, b.shortName);
}

// ───────────────────────────── МНЦ events ─────────────────────────────

export type CountRow = { label: string; count: number; participants: number };

/** Events and participants of every kind (zero when none). */
export function eventsByType(events: readonly ReportEvent[]): Record<EventType, { count: number; participants: number }> {
  const out = Object.fromEntries(EVENT_TYPES.map((t) => [t, { count: 0, participants: 0 }])) as Record<EventType, { count: number; participants: number }>;
  for (const e of events) {
    out[e.type].count += 1;
    out[e.type].participants += e.participants;
  }
  return out;
}

/** Rows grouped by a label (null labels left out), most first, then by label. */
function groupCount<T>(rows: readonly T[], labelOf: (row: T) => string | null, weightOf: (row: T) => number = () => 0): CountRow[] {
  const map = new Map<string, CountRow>();
  for (const row of rows) {
    const label = labelOf(row);
    if (label === null) continue;
    const entry = map.get(label) ?? { label, count: 0, participants: 0 };
    entry.count += 1;
    entry.participants += weightOf(row);
    map.set(label, entry);
  }
  return [...map.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "ru"));
}

/** Modules of the МНЦ plan carried out: events and participants per module. */
export function eventsByModule(events: readonly ReportEvent[]): CountRow[] {
  return groupCount(events, (e) => e.module, (e) => e.participants);
}

/** Schools reached by МНЦ events: all of them, and those of the cycle's lists. */
export function schoolsReached(events: readonly ReportEvent[], cycleSchoolCodes: readonly string[]): { all: number; ofCycle: string[] } {
  const reached = new Set(events.flatMap((e) => e.schoolCodes));
  return { all: reached.size, ofCycle: cycleSchoolCodes.filter((code) => reached.has(code)) };
}

/** Events of the cycle with a given school among the participants, per school code. */
export function eventsPerSchool(events: readonly ReportEvent[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) for (const code of new Set(e.schoolCodes)) out.set(code, (out.get(code) ?? 0) + 1);
  return out;
}

// ─────────────────────────── МТКП consultations ───────────────────────────

export function consultationsByModule(rows: readonly ReportConsultation[]): Record<ConsultationModule, number> {
  const out = Object.fromEntries(CONSULTATION_MODULES.map((m) => [m, 0])) as Record<ConsultationModule, number>;
  for (const c of rows) out[c.module] += 1;
  return out;
}

export function consultationsBySubject(rows: readonly ReportConsultation[]): CountRow[] {
  return groupCount(rows, (c) => c.subject);
}

/** Teachers and schools reached by consultations. */
export function consultationReach(rows: readonly ReportConsultation[]): { teachers: number; schools: number } {
  return { teachers: new Set(rows.map((c) => c.teacherId)).size, schools: new Set(rows.map((c) => c.schoolCode)).size };
}

/** How many consultations used each tutor function (a consultation may use several). */
export function tutorFunctionsUsed(rows: readonly ReportConsultation[]): Map<TutorFunction, number> {
  const out = new Map<TutorFunction, number>();
  for (const c of rows) for (const f of new Set(c.functions)) out.set(f, (out.get(f) ?? 0) + 1);
  return out;
}

/** Each municipal project with its МНЦ events and МТКП consultations (projects without either left out). */
export function projectActivity(projects: readonly string[], events: readonly ReportEvent[], consultations: readonly ReportConsultation[]) {
  const known = [...projects, ...events.map((e) => e.project), ...consultations.map((c) => c.project)].filter((p): p is string => !!p);
  return [...new Set(known)]
    .map((title) => ({
      title,
      events: events.filter((e) => e.project === title).length,
      consultations: consultations.filter((c) => c.project === title).length,
    }))
    .filter((p) => p.events + p.consultations > 0);
}

// ─────────────────────────────── surveys ───────────────────────────────

export type SurveyLine = { question: string; label: string | null; share: number | null; sentence: string | null; answered: number };

/**
 * The share a report quotes for a question: «да» (yes/no), the first option
 * (single choice), 4–5 on the scale; null for free text or no answers. Agrees
 * with `resultSentence` of the surveys module.
 */
export function questionShare(spec: QuestionSpec, answers: readonly AnswerValue[]): SurveyLine {
  const result = questionResult(spec, answers);
  const label = spec.reportLabel?.trim() || null;
  if (result.kind === "text" || result.answered === 0) return { question: spec.text, label, share: null, sentence: null, answered: result.answered };
  const share =
    result.kind === "scale"
      ? percent(result.rows.filter((r) => Number(r.label) >= 4).reduce((s, r) => s + r.count, 0), result.answered)
      : result.rows[0].percent;
  return { question: spec.text, label, share, sentence: resultSentence(spec, result), answered: result.answered };
}

/** The quotable lines of the surveys of one audience (free-text questions left out). */
export function surveyLines(surveys: readonly ReportSurvey[], audience: SurveyAudience): Array<{ title: string; responses: number; lines: SurveyLine[] }> {
  return surveys
    .filter((s) => s.audience === audience)
    .map((s) => ({ title: s.title, responses: s.responses, lines: s.questions.map((q) => questionShare(q.spec, q.answers)).filter((l) => l.share !== null) }));
}

// ─────────────────────────────── schools ───────────────────────────────

export type WorkedRisk = { code: number; title: string; significance: Significance | null; program: DocumentStatus | null };

/**
 * Risks a school worked on in the cycle: factors of «высокая» significance
 * (or «средняя» where the curator required a programme), and factors with an
 * anti-risk programme. By factor code.
 */
export function workedOnRisks(school: Pick<ReportSchool, "assessments" | "documents">): WorkedRisk[] {
  const out = new Map<number, WorkedRisk>();
  const programOf = (code: number) => school.documents.find((d) => d.kind === "anti_risk_program" && d.riskFactorCode === code)?.status ?? null;
  for (const a of school.assessments) {
    if (isProgramRequired(a.significance, a.programRequired)) out.set(a.code, { code: a.code, title: a.title, significance: a.significance, program: programOf(a.code) });
  }
  for (const d of school.documents) {
    if (d.kind !== "anti_risk_program" || d.riskFactorCode === null || out.has(d.riskFactorCode)) continue;
    const a = school.assessments.find((x) => x.code === d.riskFactorCode);
    out.set(d.riskFactorCode, { code: d.riskFactorCode, title: a?.title ?? d.riskFactorTitle ?? "", significance: a?.significance ?? null, program: d.status });
  }
  return [...out.values()].sort((a, b) => a.code - b.code);
}

export type SchoolMeasures = { total: number; counters: MeasureCounters; done: number; notDone: number; open: number; overdue: number; percentDone: number | null };

/** Measures of a school: done (done + confirmed) of total, not done, still open, overdue. */
export function schoolMeasures(groups: readonly MeasureGroup[]): SchoolMeasures {
  const counters = countersFrom(groups);
  const total = totalOf(counters);
  return {
    total,
    counters,
    done: counters.done,
    notDone: counters.notDone,
    open: counters.planned + counters.inProgress + counters.needsRevision,
    overdue: overdueCount(groups),
    percentDone: percentDone(counters),
  };
}

export type IndicatorOutcome = "achieved" | "not_achieved" | "no_data";

/**
 * Whether a measure's indicator reached its target: the target is reached in
 * the direction from the baseline (a rise when target ≥ baseline, a fall
 * otherwise); «нет данных» without an actual value or a target.
 */
export function indicatorOutcome(i: Pick<ReportIndicator, "baseline" | "target" | "actual">): IndicatorOutcome {
  if (i.actual === null || i.target === null) return "no_data";
  const rising = i.baseline === null || i.target >= i.baseline;
  return (rising ? i.actual >= i.target : i.actual <= i.target) ? "achieved" : "not_achieved";
}

export const INDICATOR_OUTCOME_LABELS = { achieved: "достигнуто", not_achieved: "не достигнуто", no_data: "нет данных" } as const satisfies Record<IndicatorOutcome, string>;

const numberFormat = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 });

/** An indicator value with its unit: «66 %», «4 шт.», «да». */
export function formatIndicatorValue(value: number | null, unit: string | null): string {
  if (value === null) return "—";
  const u = unit?.trim() ?? "";
  if (/^да\s*\/\s*нет$/i.test(u)) return value >= 1 ? "да" : "нет";
  if (!u) return numberFormat.format(value);
  return `${numberFormat.format(value)} ${u}`;
}

/** Indicators with their outcome, and how many reached the target. */
export function indicatorSummary(indicators: readonly ReportIndicator[]) {
  const rows = indicators.map((i) => ({ ...i, outcome: indicatorOutcome(i) }));
  return { rows, achieved: rows.filter((r) => r.outcome === "achieved").length, measured: rows.filter((r) => r.outcome !== "no_data").length };
}
