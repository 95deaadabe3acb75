"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { QuestionKind } from "@/lib/db/generated/enums";
import { QUESTION_KINDS } from "@/lib/domain/surveys/results";
import { saveSurveyAction } from "@/lib/features/surveys/actions";
import { issuesByPath } from "@/lib/actions/validation-shape";
import { QUESTION_KIND_LABELS, SURVEY_AUDIENCE_LABELS } from "@/lib/i18n/labels";

type DraftQuestion = { key: string; kind: QuestionKind; text: string; optionsText: string; reportLabel: string };
export type SurveyEditorValue = {
  surveyId?: string;
  version?: number;
  title: string;
  audience: "school_leaders" | "teachers" | "";
  opensOn: string;
  closesOn: string;
  questions: Array<{ kind: QuestionKind; text: string; options: string[]; reportLabel: string | null }>;
};

const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
let counter = 0;
const newKey = () => `q${++counter}`;

/** Title, audience, dates and the ordered questions; the same zod schema checks it here and on the server. */
export function SurveyEditor({ initial }: { initial: SurveyEditorValue }) {
  const router = useRouter();
  const [title, setTitle] = useState(initial.title);
  const [audience, setAudience] = useState(initial.audience);
  const [opensOn, setOpensOn] = useState(initial.opensOn);
  const [closesOn, setClosesOn] = useState(initial.closesOn);
  const [questions, setQuestions] = useState<DraftQuestion[]>(() =>
    initial.questions.map((q) => ({ key: newKey(), kind: q.kind, text: q.text, optionsText: q.options.join("\n"), reportLabel: q.reportLabel ?? "" })),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const { execute, result, isPending } = useCreateAction(saveSurveyAction, {
    onSuccess: ({ data }) => data && router.push(`/surveys/${data.id}`),
  });
  const errors = { ...(result.validationErrors?.fieldErrors ?? {}), ...clientErrors };
  const audienceId = useId();

  const input = () => ({
    surveyId: initial.surveyId,
    version: initial.version,
    title,
    audience: audience as "teachers",
    opensOn,
    closesOn,
    questions: questions.map((q) => ({
      kind: q.kind,
      text: q.text,
      options: q.optionsText.split("\n").map((o) => o.trim()),
      reportLabel: q.reportLabel,
    })),
  });

  const update = (key: string, patch: Partial<DraftQuestion>) => setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...patch } : q)));
  const move = (index: number, delta: number) =>
    setQuestions((qs) => {
      const next = [...qs];
      const [item] = next.splice(index, 1);
      next.splice(index + delta, 0, item);
      return next;
    });

  return (
    <form
      className="space-y-6"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        // zod (~60 KB) loads on the first submit, not with the page (page budget, decision 070).
        const { saveSurveySchema } = await import("@/lib/features/surveys/schemas");
        const parsed = saveSurveySchema.safeParse(input());
        if (!parsed.success) {
          setClientErrors(issuesByPath(parsed.error.issues));
          return;
        }
        setClientErrors({});
        execute(input());
      }}
    >
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
      <Field label="Название анкеты" name="title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor={audienceId} className="block text-sm font-medium text-slate-800">
            Кому адресована
          </label>
          <select
            id={audienceId}
            className={selectClass}
            value={audience}
            onChange={(e) => setAudience(e.target.value as SurveyEditorValue["audience"])}
            aria-invalid={errors.audience ? true : undefined}
            aria-describedby={errors.audience ? `${audienceId}-error` : undefined}
          >
            <option value="">Выберите…</option>
            <option value="school_leaders">{SURVEY_AUDIENCE_LABELS.school_leaders}</option>
            <option value="teachers">{SURVEY_AUDIENCE_LABELS.teachers}</option>
          </select>
          {errors.audience ? (
            <p id={`${audienceId}-error`} className="text-sm text-red-700">
              {errors.audience[0]}
            </p>
          ) : null}
        </div>
        <Field label="Дата открытия" type="date" value={opensOn} onChange={(e) => setOpensOn(e.target.value)} error={errors.opensOn} hint="Необязательно" />
        <Field label="Дата закрытия" type="date" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} error={errors.closesOn} hint="Необязательно" />
      </div>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Вопросы</legend>
        {errors.questions ? (
          <p role="alert" className="text-sm text-red-700">
            {errors.questions[0]}
          </p>
        ) : null}
        {questions.map((q, i) => (
          <QuestionEditor
            key={q.key}
            index={i}
            count={questions.length}
            question={q}
            errors={errors}
            onChange={(patch) => update(q.key, patch)}
            onMove={(delta) => move(i, delta)}
            onDelete={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}
          />
        ))}
        <Button
          type="button"
          variant="secondary"
          onClick={() => setQuestions((qs) => [...qs, { key: newKey(), kind: "yes_no", text: "", optionsText: "", reportLabel: "" }])}
        >
          Добавить вопрос
        </Button>
      </fieldset>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Сохранение…" : "Сохранить анкету"}
      </Button>
    </form>
  );
}

function QuestionEditor({
  index,
  count,
  question,
  errors,
  onChange,
  onMove,
  onDelete,
}: {
  index: number;
  count: number;
  question: DraftQuestion;
  errors: Record<string, string[] | undefined>;
  onChange: (patch: Partial<DraftQuestion>) => void;
  onMove: (delta: number) => void;
  onDelete: () => void;
}) {
  const id = useId();
  const e = (field: string) => errors[`questions.${index}.${field}`];
  const optionsError = e("options");
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" role="group" aria-label={`Вопрос ${index + 1}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium">Вопрос {index + 1}</p>
        <div className="flex gap-2">
          <Button type="button" variant="ghost" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Поднять вопрос ${index + 1}`}>
            ↑
          </Button>
          <Button type="button" variant="ghost" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Опустить вопрос ${index + 1}`}>
            ↓
          </Button>
          <Button type="button" variant="ghost" onClick={onDelete} aria-label={`Удалить вопрос ${index + 1}`}>
            Удалить
          </Button>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="space-y-1">
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium text-slate-800">
            Тип вопроса
          </label>
          <select id={`${id}-kind`} className={selectClass} value={question.kind} onChange={(ev) => onChange({ kind: ev.target.value as QuestionKind })}>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {QUESTION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <Field className="sm:col-span-2" label="Текст вопроса" value={question.text} onChange={(ev) => onChange({ text: ev.target.value })} error={e("text")} />
      </div>
      {question.kind === "single_choice" ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-options`} className="block text-sm font-medium text-slate-800">
            Варианты ответа (каждый с новой строки)
          </label>
          <textarea
            id={`${id}-options`}
            rows={3}
            className={`${selectClass} ${optionsError ? "border-red-500" : ""}`}
            value={question.optionsText}
            onChange={(ev) => onChange({ optionsText: ev.target.value })}
            aria-invalid={optionsError ? true : undefined}
            aria-describedby={optionsError ? `${id}-options-error` : undefined}
          />
          {optionsError ? (
            <p id={`${id}-options-error`} className="text-sm text-red-700">
              {optionsError[0]}
            </p>
          ) : null}
        </div>
      ) : null}
      {question.kind !== "text" ? (
        <Field
          label="Формулировка для отчёта"
          hint="Например: «отметили адресность и регулярность методической помощи» — в итогах появится «… — 92 %»"
          value={question.reportLabel}
          onChange={(ev) => onChange({ reportLabel: ev.target.value })}
          error={e("reportLabel")}
        />
      ) : null}
    </div>
  );
}
