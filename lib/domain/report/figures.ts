/**
 * The figures of the analytical report on a cycle («аналитическая справка»):
 * what the МНЦ and МТКП did and where the roadmap stands. Pure: the query
 * (lib/features/report/queries.ts) loads the cycle's rows, this counts them.
 * Every enum key is present (zero when none), so the report's tables have a
 * fixed set of rows.
 */
import type { ConsultationModule, EventType, SchoolCategory } from "@/lib/db/generated/enums";
import { countersFrom, overdueCount, percentDone, totalOf, type MeasureCounters, type MeasureGroup } from "@/lib/domain/measures";
import { countBy } from "@/lib/domain/support/counts";

export const EVENT_TYPES = [
  "seminar",
  "webinar",
  "videoconference",
  "master_class",
  "consulting",
  "training",
  "methodical_session",
  "management_school",
] as const satisfies readonly EventType[];

export const CONSULTATION_MODULES = ["subject_competence", "methodical_competence", "assessment"] as const satisfies readonly ConsultationModule[];

export const REPORT_SCHOOL_CATEGORIES = ["shnor", "shnsu", "risk_zone", "p500"] as const satisfies readonly SchoolCategory[];

export type ReportFiguresInput = {
  schools: ReadonlyArray<{ categories: readonly SchoolCategory[] }>;
  measureGroups: Iterable<MeasureGroup>;
  events: ReadonlyArray<{ date: Date; type: EventType; participants: number }>;
  consultations: ReadonlyArray<{ date: Date; module: ConsultationModule; subject: { code: string; name: string } }>;
};

export type ReportFigures = {
  schools: { total: number; byCategory: Record<SchoolCategory, number> };
  measures: { total: number; counters: MeasureCounters; overdue: number; percentDone: number | null };
  events: { total: number; participants: number; byType: Record<EventType, number> };
  consultations: { total: number; byModule: Record<ConsultationModule, number>; bySubject: Array<{ code: string; name: string; count: number }> };
};

/** Counts keyed by every value of `keys`, from countBy rows (absent keys → 0). */
function fixedKeys<K extends string>(keys: readonly K[], rows: ReadonlyArray<{ key: string | null; count: number }>): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) if (row.key !== null && row.key in out) out[row.key as K] = row.count;
  return out;
}

export function reportFigures(input: ReportFiguresInput): ReportFigures {
  const groups = [...input.measureGroups];
  const counters = countersFrom(groups);

  const byCategory = Object.fromEntries(REPORT_SCHOOL_CATEGORIES.map((c) => [c, 0])) as Record<SchoolCategory, number>;
  for (const school of input.schools) for (const c of new Set(school.categories)) byCategory[c] += 1;

  const subjects = new Map(input.consultations.map((c) => [c.subject.code, c.subject.name]));
  const bySubject = countBy(input.consultations, (c) => c.subject.code).map((row) => ({ code: row.key, name: subjects.get(row.key) ?? row.key, count: row.count }));

  return {
    schools: { total: input.schools.length, byCategory },
    measures: { total: totalOf(counters), counters, overdue: overdueCount(groups), percentDone: percentDone(counters) },
    events: {
      total: input.events.length,
      participants: input.events.reduce((sum, e) => sum + e.participants, 0),
      byType: fixedKeys(EVENT_TYPES, countBy(input.events, (e) => e.type)),
    },
    consultations: {
      total: input.consultations.length,
      byModule: fixedKeys(CONSULTATION_MODULES, countBy(input.consultations, (c) => c.module)),
      bySubject,
    },
  };
}

/** A cycle's calendar year as an inclusive period of calendar dates (UTC midnight). */
export function yearPeriod(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year, 11, 31)) };
}
