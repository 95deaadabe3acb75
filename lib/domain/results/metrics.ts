/**
 * What each exam reports and which way is better (DOMAIN §6): ЕГЭ — average
 * score of 100; ОГЭ — average mark 2–5 and the share of «2»; ВПР — the share
 * of «2» and «качество знаний» (marks 4 and 5), %. «Успеваемость» is kept
 * where a file has it but is not compared. Pure: no I/O.
 */
import type { ExamKind } from "@/lib/db/generated/enums";

export const EXAM_KINDS = ["ege", "oge", "vpr"] as const satisfies readonly ExamKind[];

export type ResultMetric = "avgScore" | "failShare" | "qualityShare" | "successShare";
export const RESULT_METRICS = ["avgScore", "failShare", "qualityShare", "successShare"] as const satisfies readonly ResultMetric[];

export type MetricSpec = {
  key: ResultMetric;
  /** Column header and chart label. */
  label: string;
  /** In a sentence: «средний балл», «доля «2»». */
  phrase: string;
  /** Which way is better: a school is «below the average» when it is worse. */
  better: "higher" | "lower";
  /** Digits shown (marks 2–5 need two, scores and shares one). */
  digits: 1 | 2;
  percent: boolean;
};

const AVG_SCORE: MetricSpec = { key: "avgScore", label: "Средний балл", phrase: "средний балл", better: "higher", digits: 1, percent: false };
const AVG_MARK: MetricSpec = { key: "avgScore", label: "Средняя отметка", phrase: "средняя отметка", better: "higher", digits: 2, percent: false };
const FAIL: MetricSpec = { key: "failShare", label: "Доля «2», %", phrase: "доля «2»", better: "lower", digits: 1, percent: true };
const QUALITY: MetricSpec = { key: "qualityShare", label: "Качество знаний, %", phrase: "качество знаний", better: "higher", digits: 1, percent: true };

/** The compared metrics of each exam, the headline one first. */
export const EXAM_METRICS: Record<ExamKind, readonly MetricSpec[]> = {
  ege: [AVG_SCORE],
  oge: [AVG_MARK, FAIL],
  vpr: [QUALITY, FAIL],
};

export function metricSpec(exam: ExamKind, metric: ResultMetric): MetricSpec | undefined {
  return EXAM_METRICS[exam].find((m) => m.key === metric);
}

/** Strictly worse than `reference` in the metric's direction, at the shown precision. */
export function isWorse(spec: Pick<MetricSpec, "better" | "digits">, value: number, reference: number): boolean {
  const a = round(value, spec.digits);
  const b = round(reference, spec.digits);
  return spec.better === "higher" ? a < b : a > b;
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const formats = new Map<number, Intl.NumberFormat>();
/** A metric value in the ru locale with its fixed decimals: «68,0», «3,45», «12,5 %». */
export function formatMetric(spec: Pick<MetricSpec, "digits" | "percent">, value: number | null): string {
  if (value === null) return "—";
  let format = formats.get(spec.digits);
  if (!format) {
    // Fixed decimals: a column of «47,0 %» and «45,5 %» reads evenly (tables, the report).
    format = new Intl.NumberFormat("ru-RU", { minimumFractionDigits: spec.digits, maximumFractionDigits: spec.digits });
    formats.set(spec.digits, format);
  }
  return spec.percent ? `${format.format(value)}\u00a0%` : format.format(value);
}
