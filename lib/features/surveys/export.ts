import "server-only";
import ExcelJS from "exceljs";
import { SURVEY_AUDIENCE_LABELS, SURVEY_STATUS_LABELS } from "@/lib/i18n/labels";
import type { SurveyResults } from "./queries";

/** The results as .xlsx with the same Russian headers as the page; no respondent names. */
export async function surveyResultsWorkbook(
  survey: { title: string; audience: keyof typeof SURVEY_AUDIENCE_LABELS; status: keyof typeof SURVEY_STATUS_LABELS },
  results: SurveyResults,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Опора";
  const ws = wb.addWorksheet("Итоги");
  ws.columns = [
    { header: "Вопрос", key: "question", width: 60 },
    { header: "Ответ", key: "answer", width: 40 },
    { header: "Ответов", key: "count", width: 12 },
    { header: "Доля, %", key: "percent", width: 12 },
  ];
  ws.spliceRows(1, 0, [`Анкета: ${survey.title}`], [`Кому адресована: ${SURVEY_AUDIENCE_LABELS[survey.audience]}; состояние: ${SURVEY_STATUS_LABELS[survey.status]}; получено ответов: ${results.responses}`], []);
  ws.getRow(1).font = { bold: true };
  ws.getRow(4).font = { bold: true };
  results.questions.forEach((q, i) => {
    const title = `${i + 1}. ${q.text}`;
    if (q.result.kind === "text") {
      if (q.result.texts.length === 0) ws.addRow({ question: title, answer: "—", count: 0 });
      for (const text of q.result.texts) ws.addRow({ question: title, answer: text });
      return;
    }
    for (const row of q.result.rows) ws.addRow({ question: title, answer: row.label, count: row.count, percent: row.percent });
    if (q.result.kind === "scale" && q.result.average !== null) ws.addRow({ question: title, answer: "Средняя оценка", count: q.result.average });
    if (q.sentence) ws.addRow({ question: title, answer: `Итог: ${q.sentence}` });
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
