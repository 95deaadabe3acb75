/**
 * What one exam result must hold, exam by exam (decision 040), for the
 * coordinator's manual entry: the compared metrics of the exam are required,
 * values are in the exam's scale (ОГЭ and ВПР marks 2–5, ЕГЭ scores 0–100,
 * shares 0–100 %), ВПР is by class and ОГЭ/ЕГЭ are not, and the share of «2»
 * and «качество знаний» (marks 4–5) cannot together exceed 100 %. Pure: no I/O.
 */
import type { ExamKind } from "@/lib/db/generated/enums";
import { EXAM_METRICS, type ResultMetric } from "./metrics";

export type ResultEntry = {
  exam: ExamKind;
  /** 0 = not by class. */
  grade: number;
  participants: number;
  avgScore: number | null;
  failShare: number | null;
  qualityShare: number | null;
  successShare: number | null;
};

export type EntryErrors = Partial<Record<keyof ResultEntry, string>>;

/** Classes ВПР is written in. */
export const VPR_GRADES = [4, 5, 6, 7, 8, 10, 11] as const;

const REQUIRED: Record<ResultMetric, string> = {
  avgScore: "Укажите средний балл",
  failShare: "Укажите долю «2»",
  qualityShare: "Укажите качество знаний",
  successShare: "Укажите успеваемость",
};

const fmt = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 });

/** Field errors of one result, keyed by field; empty when it may be saved. */
export function validateResultEntry(entry: ResultEntry): EntryErrors {
  const errors: EntryErrors = {};
  if (entry.exam === "vpr") {
    if (!(VPR_GRADES as readonly number[]).includes(entry.grade)) errors.grade = `Для ВПР укажите класс: ${VPR_GRADES.join(", ")}`;
  } else if (entry.grade !== 0) {
    errors.grade = "ОГЭ и ЕГЭ вносятся без класса";
  }
  if (!Number.isInteger(entry.participants) || entry.participants < 1) errors.participants = "Участников — целое число не меньше 1";

  for (const spec of EXAM_METRICS[entry.exam]) if (entry[spec.key] === null) errors[spec.key] = REQUIRED[spec.key];

  const avg = entry.avgScore;
  if (avg !== null) {
    if (entry.exam === "ege" && (avg < 0 || avg > 100)) errors.avgScore = "Средний балл ЕГЭ — от 0 до 100";
    if (entry.exam !== "ege" && (avg < 2 || avg > 5)) errors.avgScore = "Средняя отметка — от 2 до 5";
  }
  for (const key of ["failShare", "qualityShare", "successShare"] as const) {
    const v = entry[key];
    if (v !== null && (v < 0 || v > 100)) errors[key] = "Доля — от 0 до 100 %";
  }
  const { failShare: fail, qualityShare: quality } = entry;
  if (fail !== null && quality !== null && !errors.failShare && !errors.qualityShare && fail + quality > 100.05) {
    errors.qualityShare = `Доля «2» и качество знаний вместе не больше 100 % (сейчас ${fmt.format(fail + quality)} %)`;
  }
  return errors;
}
