/**
 * Exam results as series: one per exam, subject and grade (grade 0 where the
 * exam is not by class), with a cell per year. Municipal averages are
 * weighted by participants over the municipality's schools that reported the
 * metric (decision 040). Pure: no I/O.
 */
import type { ExamKind } from "@/lib/db/generated/enums";
import { EXAM_KINDS, RESULT_METRICS, round, type ResultMetric } from "./metrics";

/** One stored result (ExamResult with its subject), numbers already plain. */
export type ResultRow = {
  schoolId: string;
  year: number;
  exam: ExamKind;
  subjectCode: string;
  subjectName: string;
  grade: number;
  participants: number;
  avgScore: number | null;
  failShare: number | null;
  qualityShare: number | null;
  successShare: number | null;
};

export type MetricValues = Record<ResultMetric, number | null>;

export type ResultCell = { year: number; participants: number; schools: number; values: MetricValues };

export type ResultSeries = {
  key: string;
  exam: ExamKind;
  subjectCode: string;
  subjectName: string;
  grade: number;
  /** Year → cell, years ascending when iterated via `years`. */
  cells: Map<number, ResultCell>;
};

export function seriesKey(r: { exam: ExamKind; subjectCode: string; grade: number }): string {
  return `${r.exam}:${r.subjectCode}:${r.grade}`;
}

/** Years of a series, ascending. */
export function yearsOf(series: ResultSeries): number[] {
  return [...series.cells.keys()].sort((a, b) => a - b);
}

/**
 * Σ value·participants / Σ participants over the rows that have the value and
 * at least one participant; two decimals; null when none has.
 */
export function weightedAverage(rows: ReadonlyArray<Pick<ResultRow, "participants"> & Partial<MetricValues>>, metric: ResultMetric): number | null {
  let weight = 0;
  let sum = 0;
  for (const r of rows) {
    const v = r[metric];
    if (v === null || v === undefined || r.participants <= 0) continue;
    weight += r.participants;
    sum += v * r.participants;
  }
  return weight === 0 ? null : round(sum / weight, 2);
}

const EXAM_ORDER = Object.fromEntries(EXAM_KINDS.map((k, i) => [k, i])) as Record<ExamKind, number>;
const collator = new Intl.Collator("ru");

/** Series in a stable reading order: exam (ЕГЭ, ОГЭ, ВПР), subject name, grade. */
export function sortSeries<T extends Pick<ResultSeries, "exam" | "subjectName" | "grade">>(list: T[]): T[] {
  return list.sort((a, b) => EXAM_ORDER[a.exam] - EXAM_ORDER[b.exam] || collator.compare(a.subjectName, b.subjectName) || a.grade - b.grade);
}

function groupRows(rows: readonly ResultRow[]): Map<string, { head: ResultRow; byYear: Map<number, ResultRow[]> }> {
  const out = new Map<string, { head: ResultRow; byYear: Map<number, ResultRow[]> }>();
  for (const r of rows) {
    const key = seriesKey(r);
    let group = out.get(key);
    if (!group) out.set(key, (group = { head: r, byYear: new Map() }));
    const list = group.byYear.get(r.year);
    if (list) list.push(r);
    else group.byYear.set(r.year, [r]);
  }
  return out;
}

/** Aggregates rows of many schools (or one) into series of weighted averages. */
export function aggregateSeries(rows: readonly ResultRow[]): Map<string, ResultSeries> {
  const out = new Map<string, ResultSeries>();
  for (const [key, { head, byYear }] of groupRows(rows)) {
    const cells = new Map<number, ResultCell>();
    for (const [year, list] of byYear) {
      const values = Object.fromEntries(RESULT_METRICS.map((m) => [m, weightedAverage(list, m)])) as MetricValues;
      cells.set(year, {
        year,
        participants: list.reduce((n, r) => n + r.participants, 0),
        schools: new Set(list.map((r) => r.schoolId)).size,
        values,
      });
    }
    out.set(key, { key, exam: head.exam, subjectCode: head.subjectCode, subjectName: head.subjectName, grade: head.grade, cells });
  }
  return out;
}

/** One school's series (its own rows, as they are). */
export function schoolSeries(rows: readonly ResultRow[], schoolId: string): Map<string, ResultSeries> {
  return aggregateSeries(rows.filter((r) => r.schoolId === schoolId));
}

export type ComparisonYear = { year: number; school: ResultCell | null; municipality: ResultCell | null };
export type Comparison = Omit<ResultSeries, "cells"> & { years: ComparisonYear[] };

/**
 * The school against the municipality, series by series: every year either
 * has, in the school's series order. Only series the school has.
 */
export function compareWithMunicipality(school: Map<string, ResultSeries>, municipality: Map<string, ResultSeries>): Comparison[] {
  const out: Comparison[] = [];
  for (const s of school.values()) {
    const m = municipality.get(s.key);
    const years = [...new Set([...s.cells.keys(), ...(m ? m.cells.keys() : [])])].sort((a, b) => a - b);
    const { cells: _cells, ...head } = s;
    out.push({ ...head, years: years.map((year) => ({ year, school: s.cells.get(year) ?? null, municipality: m?.cells.get(year) ?? null })) });
  }
  return sortSeries(out);
}

/** The latest year with any result, or null. */
export function latestYear(rows: ReadonlyArray<{ year: number }>): number | null {
  let max: number | null = null;
  for (const r of rows) if (max === null || r.year > max) max = r.year;
  return max;
}
