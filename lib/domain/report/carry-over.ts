/**
 * Next year's roadmap from an approved analytical report: the rules of what
 * carries over and how the carried records look. Pure: no I/O. The plan of
 * rows to create is built from these in `carry-plan.ts`.
 *
 * - A measure carries over when it is unfinished: planned, in progress,
 *   returned for revision or not done («выполнено» awaiting the curator and
 *   «подтверждено» are finished).
 * - A risk factor carries over when its anti-risk programme has a measure
 *   whose indicator missed its target (see `indicatorOutcome`).
 * - Dates move one year ahead; 29 February becomes 28 February.
 */
import type { MeasureStatus } from "@/lib/db/generated/enums";
import { DEADLINE_FIELDS, type DeadlineField } from "@/lib/domain/cycles/deadlines";
import { formatNumber, plural, pluralForm } from "@/lib/i18n/plural";
import { truncate } from "@/lib/domain/common/text";

// ───────────────────────────── measures ─────────────────────────────

/** Statuses of a measure that is not finished and carries over. */
export const UNFINISHED_MEASURE_STATUSES = ["planned", "in_progress", "needs_revision", "not_done"] as const satisfies readonly MeasureStatus[];

export function isUnfinished(status: MeasureStatus): boolean {
  return (UNFINISHED_MEASURE_STATUSES as readonly MeasureStatus[]).includes(status);
}

/** A measure's indicator: numbers as read from the database (`Decimal` → number), null when not filled. */
export type IndicatorValues = { baseline: number | null; target: number | null; actual: number | null };

/**
 * - `no_target`: no target value, nothing to miss;
 * - `not_recorded`: a target but no actual value — counts as missed;
 * - `reached` / `missed`: the actual value against the target in the goal's direction.
 */
export type IndicatorOutcome = "no_target" | "not_recorded" | "reached" | "missed";

/** Values are stored with two decimals: differences below this are equality. */
const EPSILON = 1e-6;

/**
 * Which way the goal points. A target below the baseline is a falling goal
 * («доля неуспевающих 12 → 8»); a target above it, equal to it (hold the
 * level) or without a baseline is a rising one — most indicators are shares
 * to raise.
 */
export function goalDirection(baseline: number | null, target: number): "rise" | "fall" {
  return baseline !== null && target < baseline - EPSILON ? "fall" : "rise";
}

/** Whether the indicator reached its target: reaching it exactly counts as reached. */
export function indicatorOutcome(values: IndicatorValues): IndicatorOutcome {
  const { baseline, target, actual } = values;
  if (target === null) return "no_target";
  if (actual === null) return "not_recorded";
  const reached = goalDirection(baseline, target) === "fall" ? actual <= target + EPSILON : actual >= target - EPSILON;
  return reached ? "reached" : "missed";
}

/** The indicator has a target and did not reach it (or no actual value was recorded). */
export function missedTarget(values: IndicatorValues): boolean {
  const outcome = indicatorOutcome(values);
  return outcome === "missed" || outcome === "not_recorded";
}

/** «Перенесено из цикла 2025 года» — the note on carried school rows and measures. */
export function carriedFromNote(oldYear: number): string {
  return `Перенесено из цикла ${oldYear} года`;
}

/** «Доля педагогов» → «доля педагогов» mid-sentence; abbreviations («ВПР …») stay as they are. */
function lowerFirst(text: string): string {
  const [first, second] = [...text];
  if (!first || !second || second !== second.toLocaleLowerCase("ru")) return text;
  return first.toLocaleLowerCase("ru") + text.slice(first.length);
}

function withUnit(value: number, unit: string | null): string {
  const u = unit?.trim();
  return u ? `${formatNumber(value)} ${u}` : formatNumber(value);
}

export type MissedMeasure = IndicatorValues & { title: string; indicatorName: string | null; indicatorUnit: string | null };

/** One missed indicator: «показатель «доля педагогов …» — цель 78 %, достигнуто 70 %»; null when it did not miss. */
export function missedIndicatorText(measure: MissedMeasure): string | null {
  if (!missedTarget(measure) || measure.target === null) return null;
  const name = measure.indicatorName?.trim();
  const what = name ? `показатель «${lowerFirst(name)}»` : `показатель мероприятия «${measure.title.trim()}»`;
  const result = measure.actual === null ? "фактическое значение не внесено" : `достигнуто ${withUnit(measure.actual, measure.indicatorUnit)}`;
  return `${what} — цель ${withUnit(measure.target, measure.indicatorUnit)}, ${result}`;
}

/**
 * Why a factor carries over, one line per missed indicator:
 * «Перенесено из цикла 2025 года: показатель «доля педагогов с первой или
 * высшей категорией» — цель 78 %, достигнуто 70 %». Null when the indicator
 * did not miss its target.
 */
export function missedIndicatorReason(oldYear: number, measure: MissedMeasure): string | null {
  const text = missedIndicatorText(measure);
  return text === null ? null : `${carriedFromNote(oldYear)}: ${text}`;
}

/** The reasons of one programme's measures, each distinct line once, in the measures' order. */
export function factorReasons(oldYear: number, measures: readonly MissedMeasure[]): string[] {
  const lines = measures.map((m) => missedIndicatorReason(oldYear, m)).filter((l): l is string => l !== null);
  return [...new Set(lines)];
}

/**
 * The new programme's «Анализ и обоснование»: one missed indicator as one
 * reason line; several under one heading, a dash line each. Null when none
 * missed.
 */
export function factorAnalysis(oldYear: number, measures: readonly MissedMeasure[]): string | null {
  const texts = [...new Set(measures.map(missedIndicatorText).filter((t): t is string => t !== null))];
  if (texts.length === 0) return null;
  if (texts.length === 1) return `${carriedFromNote(oldYear)}: ${texts[0]}`;
  return [`${carriedFromNote(oldYear)}: показатели программы не достигли целевых значений:`, ...texts.map((t) => `— ${t}`)].join("\n");
}

/** The fields of an old measure that a carried copy keeps or recomputes. */
export type CarriedSource = IndicatorValues & {
  id: string;
  title: string;
  deadline: Date | null;
  responsible: string | null;
  participants: string | null;
  expectedResult: string | null;
  indicatorName: string | null;
  indicatorUnit: string | null;
  reportForm: string | null;
};

export type CarriedMeasure = {
  title: string;
  status: "planned";
  deadline: Date | null;
  responsible: string | null;
  participants: string | null;
  expectedResult: string | null;
  indicatorName: string | null;
  indicatorUnit: string | null;
  /** The old actual value when recorded (where the school stands now), else the old baseline. */
  baseline: number | null;
  target: number | null;
  actual: null;
  reportForm: string | null;
  carriedFromId: string;
};

/** The new measure for an unfinished one: planned again, a year later, starting from where it got to. */
export function carriedMeasure(old: CarriedSource): CarriedMeasure {
  return {
    title: old.title,
    status: "planned",
    deadline: old.deadline ? shiftYear(old.deadline) : null,
    responsible: old.responsible,
    participants: old.participants,
    expectedResult: old.expectedResult,
    indicatorName: old.indicatorName,
    indicatorUnit: old.indicatorUnit,
    baseline: old.actual ?? old.baseline,
    target: old.target,
    actual: null,
    reportForm: old.reportForm,
    carriedFromId: old.id,
  };
}

// ───────────────────────────── dates and titles ─────────────────────────────

/** The same calendar day `years` later (UTC midnight); 29 February becomes 28 February. */
export function shiftYear(date: Date, years = 1): Date {
  const y = date.getUTCFullYear() + years;
  const m = date.getUTCMonth();
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date.getUTCDate(), lastDay)));
}

/** The cycle's stage deadlines a year later; empty ones stay empty. */
export function nextCycleDeadlines(old: Partial<Record<DeadlineField, Date | null>>): Record<DeadlineField, Date | null> {
  return Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, old[f] ? shiftYear(old[f]!) : null])) as Record<DeadlineField, Date | null>;
}

/** «2024-2025» → «2025-2026»; anything else (or nothing) → null: the coordinator fills it in. */
export function shiftSchoolYear(schoolYear: string | null): string | null {
  const match = /^(\d{4})-(\d{4})$/.exec(schoolYear?.trim() ?? "");
  if (!match) return null;
  return `${Number(match[1]) + 1}-${Number(match[2]) + 1}`;
}

/** The cycle title's limit (see lib/features/cycles/schemas.ts). */
export const CYCLE_TITLE_MAX = 500;

/**
 * The next cycle's title: every mention of the old year becomes the new one
 * («… на 2025 год» → «… на 2026 год»), a school year that contains it moves
 * as a whole («2024–2025» → «2025–2026»). A title without the year gets
 * « на 2026 год» appended (cut to fit the length limit).
 */
export function nextCycleTitle(oldTitle: string, oldYear: number): string {
  const newYear = oldYear + 1;
  let replaced = false;
  const pattern = /(?<!\d)(\d{4})(\s*[-–—/]\s*)(\d{4})(?!\d)|(?<!\d)(\d{4})(?!\d)/g;
  const shifted = oldTitle.replace(pattern, (whole, from?: string, dash?: string, to?: string, single?: string) => {
    if (single !== undefined) {
      if (Number(single) !== oldYear) return whole;
      replaced = true;
      return String(newYear);
    }
    const [a, b] = [Number(from), Number(to)];
    if (b === a + 1 && (a === oldYear || b === oldYear)) {
      replaced = true;
      return `${a + 1}${dash}${b + 1}`;
    }
    const one = (y: number) => (y === oldYear ? ((replaced = true), String(newYear)) : String(y));
    return `${one(a)}${dash}${one(b)}`;
  });
  if (replaced) return truncate(shifted, CYCLE_TITLE_MAX);
  const suffix = ` на ${newYear} год`;
  const base = oldTitle.trim().replace(/[\s.,;:]+$/u, "");
  return `${truncate(base, CYCLE_TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
}

// ───────────────────────────── texts ─────────────────────────────

const MEASURE_FORMS = { one: "мера", few: "меры", many: "мер" } as const;
const CARRIED_FORMS = { one: "перенесена", few: "перенесены", many: "перенесено" } as const;

/** «1 мера перенесена», «3 меры перенесены», «5 мер перенесено». */
export function carriedMeasuresText(count: number): string {
  return `${plural(count, MEASURE_FORMS)} ${pluralForm(count, CARRIED_FORMS)}`;
}

/**
 * The notification to a school's administrative team: the new year's
 * roadmap is open (or, for a school already listed, got more measures),
 * how many measures carried over, and the factors carried.
 */
export function schoolCarryNotice(input: { oldYear: number; newYear: number; newlyListed: boolean; measures: number; factorCodes: readonly number[] }): { title: string; body: string } {
  const { oldYear, newYear, measures, factorCodes } = input;
  const title = input.newlyListed
    ? `Открыта дорожная карта на ${newYear} год: ${measures > 0 ? `${carriedMeasuresText(measures)} из цикла ${oldYear} года` : "школа включена в списки"}`
    : `Дорожная карта на ${newYear} год: ещё ${carriedMeasuresText(measures)} из цикла ${oldYear} года`;
  const parts = [];
  if (measures > 0) parts.push("Незавершённые меры перенесены как запланированные, сроки сдвинуты на год.");
  if (factorCodes.length > 0) {
    parts.push(`Факторы риска с недостигнутыми показателями (${[...factorCodes].sort((a, b) => a - b).join(", ")}): для них созданы черновики антирисковых программ.`);
  }
  if (parts.length === 0) parts.push("Цикл пока в статусе «Черновик»: координатор готовит списки и сроки.");
  return { title, body: parts.join(" ") };
}
