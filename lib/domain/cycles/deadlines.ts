/**
 * The cycle's stage deadlines and the pure rules around them: their order,
 * the default title of a cycle, curator coverage, «days until». No I/O.
 */
import type { CycleStatus } from "@/lib/db/generated/enums";

/** The eight deadlines of a cycle, in the order they must follow. */
export const DEADLINE_FIELDS = [
  "diagnosisDeadline",
  "programmesDeadline",
  "expertiseDeadline",
  "mutualExchangeDeadline",
  "mutualMeetingDeadline",
  "mutualUploadDeadline",
  "implementationEnd",
  "reportDeadline",
] as const;

export type DeadlineField = (typeof DEADLINE_FIELDS)[number];

export const DEADLINE_LABELS = {
  diagnosisDeadline: "Стартовая диагностика и рисковый профиль",
  programmesDeadline: "Разработка концепции и программ",
  expertiseDeadline: "Экспертиза программ куратором",
  mutualExchangeDeadline: "Взаимоэкспертиза: обмен программами",
  mutualMeetingDeadline: "Взаимоэкспертиза: встреча команд",
  mutualUploadDeadline: "Взаимоэкспертиза: загрузка заключений",
  implementationEnd: "Окончание реализации мер",
  reportDeadline: "Аналитическая справка",
} satisfies Record<DeadlineField, string>;

/** Short labels for messages: «Срок «экспертизы» …». */
const DEADLINE_GENITIVE = {
  diagnosisDeadline: "диагностики",
  programmesDeadline: "разработки программ",
  expertiseDeadline: "экспертизы",
  mutualExchangeDeadline: "обмена программами",
  mutualMeetingDeadline: "встречи команд",
  mutualUploadDeadline: "загрузки заключений",
  implementationEnd: "окончания реализации",
  reportDeadline: "аналитической справки",
} satisfies Record<DeadlineField, string>;

/** `YYYY-MM-DD` → «09.01.2025» without time zones. */
export function isoToRu(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/**
 * Deadlines must not go backwards: each filled deadline is on or after the
 * nearest filled deadline before it. Empty ones are skipped. Returns a
 * Russian message per offending field (ISO `YYYY-MM-DD` strings compare as
 * dates).
 */
export function validateDeadlineOrder(values: Partial<Record<DeadlineField, string | null | undefined>>): Partial<Record<DeadlineField, string>> {
  const errors: Partial<Record<DeadlineField, string>> = {};
  let previous: { field: DeadlineField; value: string } | null = null;
  for (const field of DEADLINE_FIELDS) {
    const value = values[field];
    if (!value) continue;
    if (previous && value < previous.value) {
      errors[field] = `Срок не может быть раньше срока ${DEADLINE_GENITIVE[previous.field]} (${isoToRu(previous.value)})`;
      continue; // compare the next one with the last valid deadline
    }
    previous = { field, value };
  }
  return errors;
}

/**
 * Deadlines of the cycle for `year` must fall in the years `year` or
 * `year + 1` (a roadmap may end in the next calendar year).
 */
export function validateDeadlineYears(year: number, values: Partial<Record<DeadlineField, string | null | undefined>>): Partial<Record<DeadlineField, string>> {
  const errors: Partial<Record<DeadlineField, string>> = {};
  for (const field of DEADLINE_FIELDS) {
    const value = values[field];
    if (!value) continue;
    const y = Number(value.slice(0, 4));
    if (y !== year && y !== year + 1) errors[field] = `Срок должен быть в ${year} или ${year + 1} году`;
  }
  return errors;
}

/** The order approving a year's roadmap is issued in that year or late in the year before. */
export function validateOrderDateYear(year: number, orderDate: string | null | undefined): string | null {
  if (!orderDate) return null;
  const y = Number(orderDate.slice(0, 4));
  return y === year || y === year - 1 ? null : `Дата приказа должна быть в ${year - 1} или ${year} году`;
}

/** «Дорожная карта … на 2026 год». */
export function defaultCycleTitle(municipalityName: string, year: number): string {
  return (
    "Дорожная карта повышения качества образования в школах с низкими результатами обучения " +
    `муниципального образования ${municipalityName} на ${year} год`
  );
}

/**
 * Curator coverage in percent, one decimal: schools with an active curator /
 * schools in the cycle lists. Null when the lists are empty.
 */
export function coveragePercent(withCurator: number, inLists: number): number | null {
  if (inLists <= 0) return null;
  const bounded = Math.min(Math.max(withCurator, 0), inLists);
  return Math.round((bounded / inLists) * 1000) / 10;
}

const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days (UTC) from `now` to a `@db.Date` deadline; negative when past. */
export function daysUntil(deadline: Date, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = Date.UTC(deadline.getUTCFullYear(), deadline.getUTCMonth(), deadline.getUTCDate());
  return Math.round((day - today) / DAY);
}

/** «Deadline in 3 days»: today up to three days ahead, inclusive. */
export const DEADLINE_SOON_DAYS = 3;
export function isDeadlineSoon(deadline: Date, now: Date): boolean {
  const days = daysUntil(deadline, now);
  return days >= 0 && days <= DEADLINE_SOON_DAYS;
}

/** A closed cycle is read-only. */
export function isCycleEditable(status: CycleStatus): boolean {
  return status !== "closed";
}

/** The button of each cycle event: «Перейти к этапу …» / «Закрыть цикл». */
export const CYCLE_EVENT_LABELS = {
  start_diagnosis: "Перейти к этапу «Стартовая диагностика»",
  start_programming: "Перейти к этапу «Разработка программ»",
  start_expertise: "Перейти к этапу «Экспертиза»",
  start_implementation: "Перейти к этапу «Реализация»",
  start_reporting: "Перейти к этапу «Подведение итогов»",
  close: "Закрыть цикл",
} as const;

export type CycleEvent = keyof typeof CYCLE_EVENT_LABELS;
export const CYCLE_EVENTS = Object.keys(CYCLE_EVENT_LABELS) as CycleEvent[];
