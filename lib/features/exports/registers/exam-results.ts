import "server-only";
import { EXAM_RESULT_COLUMNS } from "@/lib/features/exam-results/columns";
import { findExamResultRows } from "@/lib/features/exam-results/queries";
import { examResultsQuerySchema } from "@/lib/features/exam-results/schemas";
import { EXAM_KIND_LABELS } from "@/lib/i18n/labels";
import { filterLines, loadCycle, queryObject, quoted, rowsLine, type RegisterBuilder } from "../common";

/** Exam results (ВПР, ОГЭ, ЕГЭ) of the cycle's municipality in the actor's scope; filters year, exam, subject (code), school (code). */
export const examResultsExport: RegisterBuilder = async (actor, { cycleId, query }) => {
  const cycle = await loadCycle(actor, "exam_result:read", cycleId);
  const q = examResultsQuerySchema.parse(queryObject(query));
  const rows = await findExamResultRows(actor, q, { school: { municipalityId: cycle.municipalityId } });
  return {
    title: "Результаты оценочных процедур",
    filename: `Результаты ВПР ОГЭ ЕГЭ ${q.year ?? cycle.year}.xlsx`,
    sheets: [{ name: "Результаты", columns: EXAM_RESULT_COLUMNS, rows }],
    info: [
      ["Цикл (муниципалитет)", cycle.title],
      ...filterLines([
        ["Год", q.year ? String(q.year) : undefined],
        ["Экзамен", q.exam && EXAM_KIND_LABELS[q.exam]],
        ["Предмет (код)", q.subject],
        ["Класс", q.grade ? String(q.grade) : undefined],
        ["Школа (код ОО)", q.school],
        ["Поиск по школе", quoted(q.q)],
      ]),
      rowsLine(rows.length),
    ],
  };
};
