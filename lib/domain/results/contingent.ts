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

/** The counts of one school year, as the import and the correction form take them. */
export type ContingentCounts = Pick<ContingentRow, "students" | "ovzStudents" | "lowIncomeStudents" | "singleParentStudents">;

/** A bound that no school reaches; a larger number is a typo. */
export const MAX_STUDENTS = 100_000;

/** The three groups, in the order of the import's columns and the table; labels as the column headers. */
export const CONTINGENT_GROUPS = [
  { key: "ovzStudents", label: "С ОВЗ" },
  { key: "lowIncomeStudents", label: "Из малоимущих семей" },
  { key: "singleParentStudents", label: "Из неполных семей" },
] as const satisfies readonly { key: keyof ContingentCounts; label: string }[];

export type ContingentErrors = Partial<Record<keyof ContingentCounts, string>>;

/** The message of a count out of range: the import's cells and the form's fields say the same. */
export const COUNT_RANGE_MESSAGE = "Целое число от 0 до 100 000";

const countError = (value: number) => (!Number.isInteger(value) || value < 0 || value > MAX_STUDENTS ? COUNT_RANGE_MESSAGE : null);

/**
 * Field errors of one school year's counts, keyed by field; empty when they
 * may be saved: every count is a whole number from 0 to 100 000 and no group
 * is larger than the number of students (a student may be in several groups,
 * so the groups are not summed).
 */
export function validateContingent(counts: ContingentCounts): ContingentErrors {
  const errors: ContingentErrors = {};
  const students = countError(counts.students);
  if (students) errors.students = students;
  for (const { key, label } of CONTINGENT_GROUPS) {
    const own = countError(counts[key]);
    if (own) errors[key] = own;
    else if (!students && counts[key] > counts.students) {
      errors[key] = `Обучающихся ${label[0]!.toLowerCase()}${label.slice(1)} не может быть больше, чем всего обучающихся (${counts.students})`;
    }
  }
  return errors;
}
