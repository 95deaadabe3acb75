import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { outOfScope } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { surveyResultsWorkbook } from "@/lib/features/surveys/export";
import { surveyResults } from "@/lib/features/surveys/queries";

export const GET = route<{ surveyId: string }>({ name: "survey.export", permission: "survey:manage" }, async ({ actor, params }) => {
  const survey = await getDb().survey.findFirst({
    where: { AND: [scope.survey(actor, "survey:manage"), { id: params.surveyId }] },
    select: { id: true, title: true, audience: true, status: true },
  });
  if (!survey) throw outOfScope("Survey", params.surveyId);
  const body = await surveyResultsWorkbook(survey, await surveyResults(survey.id));
  const name = `anketa-${survey.id}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`Итоги анкеты.xlsx`)}`,
      "cache-control": "private, no-store",
    },
  });
});
