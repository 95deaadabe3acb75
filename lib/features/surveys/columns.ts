/**
 * Survey results' columns: «Ответ», «Ответов», «Доля, %» as in each
 * question's table on /surveys/[id], plus «Вопрос» in the export, which puts
 * every question in one sheet. No respondent is ever named.
 */
import type { ExportColumn } from "@/lib/features/exports/types";
import { formatNumber } from "@/lib/i18n/plural";
import type { SurveyResults } from "./queries";

export type SurveyResultRow = { question: string; answer: string; count: number | null; percent: number | null };

export const SURVEY_ANSWER_COLUMNS = [
  { key: "answer", header: "Ответ", width: 50 },
  { key: "count", header: "Ответов", width: 12, numFmt: "0" },
  { key: "percent", header: "Доля, %", width: 12, numFmt: "0.0" },
] as const satisfies readonly ExportColumn<SurveyResultRow>[];

export const SURVEY_RESULT_COLUMNS: readonly ExportColumn<SurveyResultRow>[] = [{ key: "question", header: "Вопрос", width: 60 }, ...SURVEY_ANSWER_COLUMNS];

/** The rows of the export: each answer of each question, free texts one per row, then the average and the summary sentence. */
export function surveyResultRows(results: SurveyResults): SurveyResultRow[] {
  return results.questions.flatMap((q, i): SurveyResultRow[] => {
    const question = `${i + 1}. ${q.text}`;
    const r = q.result;
    if (r.kind === "text") {
      return r.texts.length ? r.texts.map((answer) => ({ question, answer, count: null, percent: null })) : [{ question, answer: "—", count: 0, percent: null }];
    }
    const rows: SurveyResultRow[] = r.rows.map((row) => ({ question, answer: row.label, count: row.count, percent: row.percent }));
    if (r.kind === "scale" && r.average !== null) rows.push({ question, answer: `Средняя оценка — ${formatNumber(r.average)} из 5`, count: null, percent: null });
    if (q.sentence) rows.push({ question, answer: `Итог: ${q.sentence}`, count: null, percent: null });
    return rows;
  });
}
