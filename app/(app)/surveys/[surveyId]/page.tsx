import type { Metadata } from "next";
import Link from "next/link";
import { SurveyAnswerForm } from "@/components/surveys/survey-answer-form";
import { SurveyResults } from "@/components/surveys/survey-results";
import { ExportLink } from "@/components/ui/export-link";
import { SurveyStatusActions } from "@/components/surveys/survey-status-actions";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Detail, Details } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getSurveyPageOrNotFound } from "@/lib/features/surveys/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import { QUESTION_KIND_LABELS, SURVEY_AUDIENCE_LABELS, SURVEY_STATUS_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Анкета" };

export default async function SurveyPage({ params }: { params: Promise<{ surveyId: string }> }) {
  const actor = await requireActor();
  const page = await getSurveyPageOrNotFound(actor, (await params).surveyId);
  const { survey } = page;
  const header = (
    <Details className="mb-6 sm:grid-cols-4">
      <Detail label="Кому адресована">{SURVEY_AUDIENCE_LABELS[survey.audience]}</Detail>
      <Detail label="Состояние">
        <Badge tone={survey.status === "open" ? "success" : "neutral"}>{SURVEY_STATUS_LABELS[survey.status]}</Badge>
      </Detail>
      <Detail label="Открыта с">{formatDate(survey.opensOn)}</Detail>
      <Detail label="Закрывается">{formatDate(survey.closesOn)}</Detail>
    </Details>
  );

  if (page.mode === "answer") {
    return (
      <div className="max-w-3xl">
        <PageHeader title={survey.title} />
        {header}
        {page.answeredAt ? (
          <Alert tone="success">Вы уже ответили на эту анкету ({formatDateTime(page.answeredAt)}). Спасибо!</Alert>
        ) : !page.accepting ? (
          <Alert tone="info">Анкета сейчас не принимает ответы.</Alert>
        ) : (
          <SurveyAnswerForm surveyId={survey.id} questions={survey.questions} />
        )}
      </div>
    );
  }

  const { results, survey: m } = page;
  const editable = m.status !== "closed" && m._count.responses === 0;
  return (
    <div className="space-y-6">
      <PageHeader
        title={m.title}
        actions={
          <div className="flex flex-wrap items-start gap-2 print:hidden">
            {editable ? (
              <Link href={`/surveys/${m.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
                Изменить вопросы
              </Link>
            ) : null}
            <ExportLink path={`/surveys/${m.id}/export`} what="итоги анкеты без имён" />
            <SurveyStatusActions survey={m} />
          </div>
        }
      />
      {header}
      {m.status === "draft" ? (
        <section aria-labelledby="questions" className="space-y-2">
          <h2 id="questions" className="text-lg font-semibold">
            Вопросы
          </h2>
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {m.questions.map((q) => (
              <li key={q.id}>
                {q.text} <span className="text-slate-500">— {QUESTION_KIND_LABELS[q.kind]}</span>
                {q.options.length ? <span className="text-slate-500"> ({q.options.join("; ")})</span> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <section aria-labelledby="results" className="space-y-3">
          <h2 id="results" className="text-lg font-semibold">
            Итоги
          </h2>
          <SurveyResults results={results} />
        </section>
      )}
    </div>
  );
}
