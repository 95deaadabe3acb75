import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { SurveyEditor } from "@/components/surveys/survey-editor";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Новая анкета" };

export default async function NewSurveyPage() {
  const actor = await requireActor();
  if (!can(actor, "survey:manage")) forbidden();
  return (
    <div className="max-w-3xl">
      <PageHeader title="Новая анкета" description="Анкета сохраняется черновиком; откройте её, когда вопросы готовы." />
      <SurveyEditor
        initial={{
          title: "",
          audience: "",
          opensOn: "",
          closesOn: "",
          questions: [{ kind: "yes_no", text: "", options: [], reportLabel: null }],
        }}
      />
    </div>
  );
}
