import type { Metadata } from "next";
import { SurveyEditor } from "@/components/surveys/survey-editor";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getSurveyForEditOrNotFound } from "@/lib/features/surveys/queries";

export const metadata: Metadata = { title: "Изменение анкеты" };

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function EditSurveyPage({ params }: { params: Promise<{ surveyId: string }> }) {
  const actor = await requireActor();
  const survey = await getSurveyForEditOrNotFound(actor, (await params).surveyId);
  const locked = survey.status === "closed" || survey._count.responses > 0;
  return (
    <div className="max-w-3xl">
      <PageHeader title="Изменение анкеты" description={survey.title} />
      {locked ? (
        <Alert tone="info">На анкету уже есть ответы или она закрыта: вопросы больше нельзя изменить.</Alert>
      ) : (
        <SurveyEditor
          initial={{
            surveyId: survey.id,
            version: survey.version,
            title: survey.title,
            audience: survey.audience,
            opensOn: iso(survey.opensOn),
            closesOn: iso(survey.closesOn),
            questions: survey.questions,
          }}
        />
      )}
    </div>
  );
}
