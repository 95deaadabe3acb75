/**
 * The exam results register's columns (ВПР, ОГЭ, ЕГЭ per school, year,
 * subject and grade): one list for the .xlsx export now and for the page the
 * monitoring issue builds, so the headers are the same Russian words in both.
 */
import type { ExamKind } from "@/lib/db/generated/enums";
import type { ExportColumn } from "@/lib/features/exports/types";
import { EXAM_KIND_LABELS } from "@/lib/i18n/labels";

type Decimalish = { toNumber(): number } | number | null;
const num = (v: Decimalish) => (v === null ? null : typeof v === "number" ? v : v.toNumber());

export type ExamResultLike = {
  year: number;
  exam: ExamKind;
  grade: number;
  participants: number;
  avgScore: Decimalish;
  failShare: Decimalish;
  qualityShare: Decimalish;
  successShare: Decimalish;
  school: { code: string; shortName: string };
  subject: { name: string };
};

export const EXAM_RESULT_COLUMNS = [
  { key: "school", header: "Школа", width: 32, value: (r) => r.school.shortName },
  { key: "code", header: "Код ОО", width: 12, value: (r) => r.school.code },
  { key: "year", header: "Год", width: 8, numFmt: "0", value: (r) => r.year },
  { key: "exam", header: "Экзамен", width: 10, value: (r) => EXAM_KIND_LABELS[r.exam] },
  { key: "subject", header: "Предмет", width: 22, value: (r) => r.subject.name },
  /** 0 in the data means «not by grade» (ОГЭ, ЕГЭ). */
  { key: "grade", header: "Класс", width: 8, numFmt: "0", value: (r) => (r.grade > 0 ? r.grade : null) },
  { key: "participants", header: "Участников", width: 12, numFmt: "0", value: (r) => r.participants },
  { key: "avgScore", header: "Средний балл", width: 12, numFmt: "0.0#", value: (r) => num(r.avgScore) },
  { key: "failShare", header: "Доля «2», %", width: 12, numFmt: "0.0#", value: (r) => num(r.failShare) },
  { key: "qualityShare", header: "Качество знаний, %", width: 14, numFmt: "0.0#", value: (r) => num(r.qualityShare) },
  { key: "successShare", header: "Успеваемость, %", width: 14, numFmt: "0.0#", value: (r) => num(r.successShare) },
] as const satisfies readonly ExportColumn<ExamResultLike>[];
