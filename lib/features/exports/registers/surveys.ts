import "server-only";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { AppError, outOfScope } from "@/lib/errors";
import { SURVEY_RESULT_COLUMNS, surveyResultRows } from "@/lib/features/surveys/columns";
import { surveyResults } from "@/lib/features/surveys/queries";
import { SURVEY_AUDIENCE_LABELS, SURVEY_STATUS_LABELS } from "@/lib/i18n/labels";
import type { RegisterBuilder } from "../common";
import { truncate } from "@/lib/domain/common/text";

/**
 * A survey's aggregate results (`survey=<id>`), no respondent named. The
 * survey's own scope (`survey:manage`, its municipality) is the boundary;
 * `cycleId` is not used: a survey need not belong to a cycle (decision 034).
 */
export const surveysExport: RegisterBuilder = async (actor, { query }) => {
  const id = query.get("survey")?.trim();
  if (!id) throw new AppError("VALIDATION", "Укажите анкету: параметр survey.");
  const survey = await getDb().survey.findFirst({
    where: { AND: [scope.survey(actor, "survey:manage"), { id }] },
    select: { id: true, title: true, audience: true, status: true },
  });
  if (!survey) throw outOfScope("Survey", id);
  const results = await surveyResults(survey.id);
  return {
    title: `Итоги анкеты «${survey.title}»`,
    filename: `Итоги анкеты ${truncate(survey.title, 80)}.xlsx`,
    sheets: [{ name: "Итоги", columns: SURVEY_RESULT_COLUMNS, rows: surveyResultRows(results) }],
    info: [
      ["Анкета", survey.title],
      ["Кому адресована", SURVEY_AUDIENCE_LABELS[survey.audience]],
      ["Состояние", SURVEY_STATUS_LABELS[survey.status]],
      ["Получено ответов", String(results.responses)],
    ],
  };
};
