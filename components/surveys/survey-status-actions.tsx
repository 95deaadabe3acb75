"use client";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { SurveyStatus } from "@/lib/db/generated/enums";
import { surveyTransitionAction } from "@/lib/features/surveys/actions";

export function SurveyStatusActions({ survey }: { survey: { id: string; status: SurveyStatus; version: number; title: string } }) {
  const { execute, result, isPending } = useAction(surveyTransitionAction);
  return (
    <div className="space-y-2">
      {survey.status === "draft" ? (
        <Button disabled={isPending} onClick={() => execute({ surveyId: survey.id, version: survey.version, event: "publish" })}>
          Открыть анкету
        </Button>
      ) : null}
      {survey.status === "open" ? (
        <ConfirmDialog
          trigger="Закрыть анкету"
          title={`Закрыть анкету «${survey.title}»?`}
          description="Анкета перестанет принимать ответы. Открыть её снова нельзя; итоги сохранятся."
          confirmLabel="Закрыть"
          disabled={isPending}
          onConfirm={() => execute({ surveyId: survey.id, version: survey.version, event: "close" })}
        />
      ) : null}
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
    </div>
  );
}
