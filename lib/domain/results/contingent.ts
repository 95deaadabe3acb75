/**
 * A school's contingent over the years (DOMAIN: students; shares with ОВЗ,
 * from low-income and single-parent families). Pure: no I/O.
 */
import { round } from "./metrics";

export type ContingentRow = { year: number; students: number; ovzStudents: number; lowIncomeStudents: number; singleParentStudents: number };

export type ContingentYear = {
  year: number;
  /** «2024/25» — the contingent's school year starts in `year`. */
  schoolYear: string;
  students: number;
  ovzShare: number | null;
  lowIncomeShare: number | null;
  singleParentShare: number | null;
};

/** `part` of `whole` in percent, one decimal; null without students. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? round((part / whole) * 100, 1) : null;
}

export function schoolYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/** The contingent by school year, oldest first, with shares in %. */
export function contingentDynamics(rows: readonly ContingentRow[]): ContingentYear[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      schoolYear: schoolYearLabel(r.year),
      students: r.students,
      ovzShare: shareOf(r.ovzStudents, r.students),
      lowIncomeShare: shareOf(r.lowIncomeStudents, r.students),
      singleParentShare: shareOf(r.singleParentStudents, r.students),
    }));
}
