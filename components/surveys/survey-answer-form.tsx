"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { QuestionKind } from "@/lib/db/generated/enums";
import { isRequired, parseResponse, SCALE_MAX, SCALE_MIN } from "@/lib/domain/surveys/results";
import { submitSurveyResponseAction } from "@/lib/features/surveys/actions";

type Question = { id: string; kind: QuestionKind; text: string; options: string[] };

/** One fieldset per question; the pure `parseResponse` checks here and again on the server. */
export function SurveyAnswerForm({ surveyId, questions }: { surveyId: string; questions: Question[] }) {
  const router = useRouter();
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const { execute, result, isPending } = useCreateAction(submitSurveyResponseAction, { onSuccess: () => router.refresh() });
  const serverErrors = result.validationErrors?.fieldErrors ?? {};
  const errorOf = (id: string) => clientErrors[id] ?? serverErrors[`answers.${id}`]?.[0];

  return (
    <form
      className="space-y-5"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const answers = Object.fromEntries(questions.map((q) => [q.id, String(data.get(q.id) ?? "")]));
        const parsed = parseResponse(questions, answers);
        if (!parsed.ok) {
          setClientErrors(parsed.errors);
          return;
        }
        setClientErrors({});
        execute({ surveyId, answers });
      }}
    >
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
      {Object.keys(clientErrors).length ? <Alert tone="error">Ответьте на обязательные вопросы — они отмечены ниже.</Alert> : null}
      {questions.map((q, i) => {
        const error = errorOf(q.id);
        const errorId = `${q.id}-error`;
        return (
          <fieldset
            key={q.id}
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          >
            <legend className="px-1 font-medium">
              {i + 1}. {q.text}
              {isRequired(q.kind) ? <span className="text-red-700"> *</span> : <span className="text-sm font-normal text-slate-500"> (необязательно)</span>}
            </legend>
            {q.kind === "yes_no" ? (
              <div className="flex gap-6">
                <Radio name={q.id} value="yes" label="Да" />
                <Radio name={q.id} value="no" label="Нет" />
              </div>
            ) : null}
            {q.kind === "scale" ? (
              <div className="flex flex-wrap items-center gap-4">
                <span className="text-sm text-slate-500">1 — совсем нет, 5 — полностью</span>
                {Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, k) => String(SCALE_MIN + k)).map((v) => (
                  <Radio key={v} name={q.id} value={v} label={v} />
                ))}
              </div>
            ) : null}
            {q.kind === "single_choice" ? (
              <div className="space-y-1">
                {q.options.map((option, k) => (
                  <Radio key={k} name={q.id} value={String(k)} label={option} />
                ))}
              </div>
            ) : null}
            {q.kind === "text" ? (
              <textarea name={q.id} rows={3} aria-label={q.text} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" maxLength={2000} />
            ) : null}
            {error ? (
              <p id={errorId} className="text-sm text-red-700">
                {error}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <Button type="submit" disabled={isPending}>
        {isPending ? "Отправка…" : "Отправить ответы"}
      </Button>
    </form>
  );
}

function Radio({ name, value, label }: { name: string; value: string; label: string }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name={name} value={value} />
      {label}
    </label>
  );
}
