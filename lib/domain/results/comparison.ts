/**
 * The results page's comparison of schools with the municipal average (decision
 * 040): which series the filters mean, the difference of a school from the
 * average with its verdict in words (never colour alone), and the sort orders
 * of the list. Pure: no I/O.
 */
import type { ExamKind } from "@/lib/db/generated/enums";
import { EXAM_METRICS, isWorse, round, type MetricSpec, type ResultMetric } from "./metrics";
import { sortSeries, type MetricValues } from "./series";

// ───────────────────────────── which series ─────────────────────────────

export type SeriesHead = { key: string; exam: ExamKind; subjectCode: string; subjectName: string; grade: number };

/**
 * The series the filters mean: the asked exam, subject and grade where the
 * data has them, else the first available at that level in reading order
 * (a GET form without script may send a subject of another exam). Null when
 * there is no series at all.
 */
export function resolveSeries<T extends SeriesHead>(available: readonly T[], want: { exam?: ExamKind; subject?: string; grade?: number }): T | null {
  const sorted = sortSeries([...available]);
  if (sorted.length === 0) return null;
  const byExam = sorted.filter((s) => s.exam === want.exam);
  const exam = byExam.length ? byExam : sorted.filter((s) => s.exam === sorted[0].exam);
  const bySubject = exam.filter((s) => s.subjectCode === want.subject);
  const subject = bySubject.length ? bySubject : exam.filter((s) => s.subjectCode === exam[0].subjectCode);
  return subject.find((s) => s.grade === want.grade) ?? subject[0];
}

/** The filter options around a resolved series: exams, the exam's subjects, the subject's grades. */
export function seriesOptions<T extends SeriesHead>(available: readonly T[], current: SeriesHead) {
  const sorted = sortSeries([...available]);
  const exams = [...new Set(sorted.map((s) => s.exam))];
  const subjects = new Map<string, string>();
  for (const s of sorted) if (s.exam === current.exam) subjects.set(s.subjectCode, s.subjectName);
  const grades = sorted.filter((s) => s.exam === current.exam && s.subjectCode === current.subjectCode && s.grade > 0).map((s) => s.grade);
  return { exams, subjects: [...subjects].map(([code, name]) => ({ code, name })), grades: [...new Set(grades)] };
}

// ───────────────────────────── the difference ─────────────────────────────

export type Verdict = "better" | "worse" | "same";

export const VERDICT_LABELS: Record<Verdict, string> = {
  better: "лучше среднего",
  worse: "хуже среднего",
  same: "на уровне среднего",
};

export type Difference = { delta: number; verdict: Verdict };

/**
 * The school's value minus the average, at the shown precision, and whether
 * that is better or worse in the metric's direction (a lower share of «2» is
 * better). Null when either value is missing.
 */
export function difference(spec: Pick<MetricSpec, "better" | "digits">, value: number | null, reference: number | null): Difference | null {
  if (value === null || reference === null) return null;
  const delta = round(round(value, spec.digits) - round(reference, spec.digits), spec.digits);
  const verdict: Verdict = isWorse(spec, value, reference) ? "worse" : isWorse(spec, reference, value) ? "better" : "same";
  return { delta: delta === 0 ? 0 : delta, verdict };
}

const deltaFormats = new Map<number, Intl.NumberFormat>();

/**
 * «+2,3», «−0,12», «+1,5 п. п.» (percentage points for shares), «0,0»: as
 * many decimals as the metric shows, so a column lines up; the unit is held
 * to the number by no-break spaces.
 */
export function formatDifference(spec: Pick<MetricSpec, "digits" | "percent">, diff: Difference | null): string {
  if (!diff) return "—";
  let format = deltaFormats.get(spec.digits);
  if (!format) {
    format = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: spec.digits, maximumFractionDigits: spec.digits });
    deltaFormats.set(spec.digits, format);
  }
  const sign = diff.delta > 0 ? "+" : diff.delta < 0 ? "−" : "";
  const text = `${sign}${format.format(Math.abs(diff.delta))}`;
  return spec.percent && diff.delta !== 0 ? `${text}\u00a0п.\u00a0п.` : text;
}

const fixedFormats = new Map<number, Intl.NumberFormat>();

/** A metric in a table column: always the metric's decimals («44,0 %», «3,10»), the unit held by a no-break space. */
export function formatFixed(spec: Pick<MetricSpec, "digits" | "percent">, value: number | null): string {
  if (value === null) return "—";
  let format = fixedFormats.get(spec.digits);
  if (!format) {
    format = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: spec.digits, maximumFractionDigits: spec.digits });
    fixedFormats.set(spec.digits, format);
  }
  return spec.percent ? `${format.format(value)}\u00a0%` : format.format(value);
}

// ───────────────────────────── the list of schools ─────────────────────────────

export type SchoolComparison = {
  schoolId: string;
  code: string;
  shortName: string;
  participants: number;
  values: MetricValues;
  differences: Partial<Record<ResultMetric, Difference | null>>;
};

/** Each compared metric of the exam: the school's difference from the municipal values. */
export function differencesFor(exam: ExamKind, values: MetricValues, municipal: MetricValues | null): SchoolComparison["differences"] {
  return Object.fromEntries(EXAM_METRICS[exam].map((spec) => [spec.key, difference(spec, values[spec.key], municipal?.[spec.key] ?? null)]));
}

export const RESULT_SORTS = ["name", "worst", "best", "participants"] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];

export const RESULT_SORT_LABELS: Record<ResultSort, string> = {
  name: "По названию",
  worst: "Сначала слабые",
  best: "Сначала сильные",
  participants: "По числу участников",
};

const collator = new Intl.Collator("ru", { numeric: true });

/**
 * Sorts by name, by the headline metric (worst or best first in its
 * direction; schools without the value last) or by participants (most
 * first). Ties by name. Returns a new array.
 */
export function sortComparisons<T extends Pick<SchoolComparison, "shortName" | "participants" | "values">>(rows: readonly T[], sort: ResultSort, headline: Pick<MetricSpec, "key" | "better">): T[] {
  const byName = (a: T, b: T) => collator.compare(a.shortName, b.shortName);
  const out = [...rows];
  if (sort === "participants") return out.sort((a, b) => b.participants - a.participants || byName(a, b));
  if (sort === "name") return out.sort(byName);
  // «worst» of a higher-is-better metric = ascending; of a lower-is-better one = descending.
  const ascending = (sort === "worst") === (headline.better === "higher");
  return out.sort((a, b) => {
    const x = a.values[headline.key];
    const y = b.values[headline.key];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (ascending ? x - y : y - x) || byName(a, b);
  });
}
