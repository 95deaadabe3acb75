"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, SelectField } from "@/components/ui/field";
import type { ExamKind } from "@/lib/db/generated/enums";
import { EXAM_METRICS } from "@/lib/domain/results/metrics";
import { VPR_GRADES } from "@/lib/domain/results/entry";
import { createExamResultAction, deleteExamResultAction, updateExamResultAction } from "@/lib/features/results/entry-actions";
import type { EntryOptions, ExamResultForEdit } from "@/lib/features/results/entry-queries";
import { EXAM_KIND_LABELS } from "@/lib/i18n/labels";

export type EntryDefaults = Partial<{ schoolId: string; year: number; exam: ExamKind; subjectId: string; grade: number }>;

const decimalText = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v).replace(".", ","));
const METRIC_HINT: Record<ExamKind, string> = {
  ege: "Для ЕГЭ обязателен средний балл (0–100).",
  oge: "Для ОГЭ обязательны средняя отметка (2–5) и доля «2».",
  vpr: "Для ВПР обязательны класс, качество знаний и доля «2»; средняя отметка — по желанию.",
};

/** Where to go after saving: the results page on the saved series. */
function resultsHref(options: EntryOptions, input: { year: number; exam: ExamKind; subjectId: string; grade: number }) {
  const search = new URLSearchParams({ year: String(input.year), exam: input.exam });
  const subject = options.subjects.find((s) => s.id === input.subjectId);
  if (subject) search.set("subject", subject.code);
  if (input.grade) search.set("grade", String(input.grade));
  return `/results?${search}`;
}

/**
 * One exam result by hand: the per-exam rules are the server's (field errors
 * beside the fields); a correction carries its version, so a stale form is
 * refused instead of overwriting someone else's change.
 */
export function ExamResultForm({ options, result, defaults = {} }: { options: EntryOptions; result?: ExamResultForEdit; defaults?: EntryDefaults }) {
  const router = useRouter();
  const [exam, setExam] = useState<ExamKind | "">(result?.exam ?? defaults.exam ?? "");
  const onSuccess = ({ data }: { data?: { year: number; exam: ExamKind; subjectId: string; grade: number } }) => {
    if (data) router.push(resultsHref(options, data));
  };
  const create = useCreateAction(createExamResultAction, { onSuccess });
  const update = useAction(updateExamResultAction, { onSuccess });
  // The delete action redirects to the results list itself.
  const remove = useAction(deleteExamResultAction);
  const { result: outcome, isPending } = result ? update : create;
  const errors = outcome.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
  const formError = outcome.serverError?.message ?? outcome.validationErrors?.formErrors?.[0] ?? remove.result.serverError?.message;
  const label = (key: string) => EXAM_METRICS.oge.concat(EXAM_METRICS.vpr).find((m) => m.key === key)?.label;

  return (
    <form
      noValidate
      className="max-w-3xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const text = (name: string) => String(data.get(name) ?? "");
        const input = {
          schoolId: text("schoolId"),
          year: text("year"),
          exam: text("exam") as ExamKind,
          subjectId: text("subjectId"),
          grade: text("grade"),
          participants: text("participants"),
          avgScore: text("avgScore"),
          failShare: text("failShare"),
          qualityShare: text("qualityShare"),
          successShare: text("successShare"),
        };
        if (result) update.execute({ ...input, id: result.id, version: result.version });
        else create.execute(input);
      }}
    >
      <div aria-live="polite">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <SelectField label="Школа" name="schoolId" defaultValue={result?.schoolId ?? defaults.schoolId ?? ""} error={errors?.schoolId}>
          <option value="">Выберите школу</option>
          {options.schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.shortName} ({s.code})
            </option>
          ))}
        </SelectField>
        <Field label="Год" name="year" type="number" inputMode="numeric" defaultValue={result?.year ?? defaults.year ?? ""} error={errors?.year} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Оценочная процедура" name="exam" value={exam} onChange={(e) => setExam(e.target.value as ExamKind | "")} error={errors?.exam}>
          <option value="">Выберите…</option>
          {Object.entries(EXAM_KIND_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
        <SelectField label="Предмет" name="subjectId" defaultValue={result?.subjectId ?? defaults.subjectId ?? ""} error={errors?.subjectId}>
          <option value="">Выберите предмет</option>
          {options.subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Класс (для ВПР)" name="grade" defaultValue={String(result?.grade || defaults.grade || "")} error={errors?.grade}>
          <option value="">Без класса</option>
          {VPR_GRADES.map((g) => (
            <option key={g} value={g}>
              {g} класс
            </option>
          ))}
        </SelectField>
      </div>
      <p className="text-sm text-slate-600">{exam ? METRIC_HINT[exam] : "Выберите процедуру: от неё зависят обязательные показатели."} Дробные значения — через запятую.</p>
      <div className="grid gap-4 sm:grid-cols-5">
        <Field label="Участников" name="participants" type="number" inputMode="numeric" min={1} step={1} defaultValue={result?.participants ?? ""} error={errors?.participants} />
        <Field label={exam === "ege" ? "Средний балл" : "Средняя отметка"} name="avgScore" inputMode="decimal" defaultValue={decimalText(result?.avgScore)} error={errors?.avgScore} />
        <Field label={label("failShare") ?? "Доля «2», %"} name="failShare" inputMode="decimal" defaultValue={decimalText(result?.failShare)} error={errors?.failShare} />
        <Field label={label("qualityShare") ?? "Качество знаний, %"} name="qualityShare" inputMode="decimal" defaultValue={decimalText(result?.qualityShare)} error={errors?.qualityShare} />
        <Field label="Успеваемость, %" name="successShare" inputMode="decimal" defaultValue={decimalText(result?.successShare)} error={errors?.successShare} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Сохранение…" : result ? "Сохранить исправление" : "Добавить результат"}
        </Button>
        {result ? (
          <ConfirmDialog
            trigger={remove.isPending ? "Удаление…" : "Удалить результат"}
            title="Удалить этот результат?"
            description={`${EXAM_KIND_LABELS[result.exam]}, ${result.subject.name}${result.grade ? `, ${result.grade} класс` : ""}, ${result.year} год — ${result.school.shortName}. Среднее по муниципалитету и раннее предупреждение пересчитаются без него.`}
            confirmLabel="Удалить"
            disabled={remove.isPending}
            onConfirm={() => remove.execute({ id: result.id, version: result.version })}
          />
        ) : null}
      </div>
    </form>
  );
}
