/**
 * Early warning on exam results (decision 040). As of a year Y, looking at
 * the window Y−2 … Y, a school is «в зоне риска» when, in some exam, subject
 * and grade, for some compared metric:
 *  - «ниже среднего»: it is worse than the municipal average in at least
 *    2 of the 3 years, or
 *  - «снижение»: it got worse two years running (Y−2 → Y−1 → Y).
 * Each warning spells its reason out with the figures. Pure: no I/O.
 */
import type { ExamKind } from "@/lib/db/generated/enums";
import { EXAM_KIND_LABELS } from "@/lib/i18n/labels";
import { EXAM_METRICS, formatMetric, isWorse, type MetricSpec, type ResultMetric } from "./metrics";
import type { ResultSeries } from "./series";

export const EARLY_WARNING_RULE = {
  /** Years looked at, ending with the as-of year. */
  window: 3,
  /** «Below the average» in at least this many of them. */
  belowYears: 2,
  /** Worse than the year before this many years running. */
  fallingYears: 2,
} as const;

/** The rule as users read it on the results page and in the report. */
export const EARLY_WARNING_DEFINITION =
  "Школа попадает в зону риска по результатам, если по какому-либо предмету (и классу для ВПР) она хуже среднего по муниципалитету " +
  "не менее чем в 2 из 3 последних лет или её показатель ухудшается 2 года подряд. Среднее по муниципалитету взвешено по числу участников. " +
  "Для ЕГЭ сравнивается средний балл, для ОГЭ — средняя отметка и доля «2», для ВПР — качество знаний и доля «2».";

export type WarningRule = "below_average" | "falling";

export type ResultWarning = {
  exam: ExamKind;
  subjectCode: string;
  subjectName: string;
  grade: number;
  metric: ResultMetric;
  rule: WarningRule;
  /** The years that triggered it, ascending. */
  years: number[];
  reason: string;
};

const yearsPhrase = (years: number[]) =>
  years.length === 1 ? `в ${years[0]} году` : `в ${years.slice(0, -1).join(", ")} и ${years[years.length - 1]} годах`;

/** «ЕГЭ, русский язык», «ВПР, математика, 5 класс». */
export function seriesTitle(s: { exam: ExamKind; subjectName: string; grade: number }): string {
  const subject = s.subjectName.charAt(0).toLocaleLowerCase("ru") + s.subjectName.slice(1);
  return `${EXAM_KIND_LABELS[s.exam]}, ${subject}${s.grade > 0 ? `, ${s.grade} класс` : ""}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);
}

function belowWarning(spec: MetricSpec, school: ResultSeries, municipality: ResultSeries | undefined, window: number[]): ResultWarning | null {
  if (!municipality) return null;
  const below: { year: number; own: number; avg: number }[] = [];
  for (const year of window) {
    const own = school.cells.get(year)?.values[spec.key] ?? null;
    const avg = municipality.cells.get(year)?.values[spec.key] ?? null;
    if (own !== null && avg !== null && isWorse(spec, own, avg)) below.push({ year, own, avg });
  }
  if (below.length < EARLY_WARNING_RULE.belowYears) return null;
  const side = spec.better === "higher" ? "ниже" : "выше";
  const figures = below.map((b) => `${b.year}: ${formatMetric(spec, b.own)} при ${formatMetric(spec, b.avg)}`).join("; ");
  return {
    exam: school.exam,
    subjectCode: school.subjectCode,
    subjectName: school.subjectName,
    grade: school.grade,
    metric: spec.key,
    rule: "below_average",
    years: below.map((b) => b.year),
    reason: `${seriesTitle(school)}: ${spec.phrase} ${side} среднего по муниципалитету ${yearsPhrase(below.map((b) => b.year))} (${figures})`,
  };
}

function fallingWarning(spec: MetricSpec, school: ResultSeries, window: number[]): ResultWarning | null {
  const values = window.map((year) => school.cells.get(year)?.values[spec.key] ?? null);
  if (values.some((v) => v === null)) return null;
  const v = values as number[];
  for (let i = 1; i < v.length; i++) if (!isWorse(spec, v[i], v[i - 1])) return null;
  const direction = spec.better === "higher" ? "снижается" : "растёт";
  return {
    exam: school.exam,
    subjectCode: school.subjectCode,
    subjectName: school.subjectName,
    grade: school.grade,
    metric: spec.key,
    rule: "falling",
    years: window,
    reason: `${seriesTitle(school)}: ${spec.phrase} ${direction} ${EARLY_WARNING_RULE.fallingYears} года подряд: ${v.map((x) => formatMetric(spec, x)).join(" → ")} (${window[0]}–${window[window.length - 1]})`,
  };
}

/**
 * The warnings of one school as of `asOfYear`, in the reading order of its
 * series (exam, subject, grade), each metric checked by both rules.
 */
export function earlyWarnings(input: {
  asOfYear: number;
  school: ReadonlyMap<string, ResultSeries>;
  municipality: ReadonlyMap<string, ResultSeries>;
}): ResultWarning[] {
  const window = Array.from({ length: EARLY_WARNING_RULE.window }, (_, i) => input.asOfYear - EARLY_WARNING_RULE.window + 1 + i);
  const fallingWindow = window.slice(-(EARLY_WARNING_RULE.fallingYears + 1));
  const out: ResultWarning[] = [];
  for (const series of input.school.values()) {
    for (const spec of EXAM_METRICS[series.exam]) {
      const below = belowWarning(spec, series, input.municipality.get(series.key), window);
      if (below) out.push(below);
      const falling = fallingWarning(spec, series, fallingWindow);
      if (falling) out.push(falling);
    }
  }
  const order = { ege: 0, oge: 1, vpr: 2 } as const;
  const collator = new Intl.Collator("ru");
  return out.sort((a, b) => order[a.exam] - order[b.exam] || collator.compare(a.subjectName, b.subjectName) || a.grade - b.grade);
}

/** One line per warning for a list or a note: «ЕГЭ, русский язык: …». */
export function warningSummary(warnings: readonly ResultWarning[]): string {
  return warnings.map((w) => capitalize(w.reason)).join("; ");
}
