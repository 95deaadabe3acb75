"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, Field, SelectField, TextareaField } from "@/components/ui/field";
import { createConsultationAction, updateConsultationAction } from "@/lib/features/consultations/actions";
import type { ConsultationInput } from "@/lib/features/consultations/schemas";
import { CONSULTATION_FORM_LABELS, CONSULTATION_MODULE_LABELS, TUTOR_FUNCTION_LABELS } from "@/lib/i18n/labels";

type Options = {
  tutees: { id: string; name: string; school: string | null }[];
  subjects: { id: string; name: string }[];
  projects: { id: string; title: string }[];
};

export type ConsultationFormValues = {
  id: string;
  version: number;
  teacherId: string;
  date: string;
  subjectId: string;
  module: string;
  form: string;
  functions: string[];
  projectId: string | null;
  notes: string | null;
  nextSteps: string | null;
};

function read(form: HTMLFormElement): ConsultationInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    teacherId: text("teacherId"),
    date: text("date"),
    subjectId: text("subjectId"),
    module: text("module") as ConsultationInput["module"],
    form: text("form") as ConsultationInput["form"],
    functions: data.getAll("functions").map(String) as ConsultationInput["functions"],
    projectId: text("projectId"),
    notes: text("notes"),
    nextSteps: text("nextSteps"),
  };
}

export function ConsultationForm({ options, consultation }: { options: Options; consultation?: ConsultationFormValues }) {
  const router = useRouter();
  const onSuccess = ({ data }: { data?: { id: string } }) => {
    if (data) router.push(`/consultations/${data.id}`);
  };
  const create = useCreateAction(createConsultationAction, { onSuccess });
  const update = useAction(updateConsultationAction, { onSuccess });
  const { result, isPending } = consultation ? update : create;
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;

  return (
    <form
      noValidate
      className="max-w-3xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const input = read(e.currentTarget);
        if (consultation) update.execute({ ...input, id: consultation.id, version: consultation.version });
        else create.execute(input);
      }}
    >
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Педагог (тьюторант)" name="teacherId" defaultValue={consultation?.teacherId ?? ""} error={errors?.teacherId} required>
          <option value="">Выберите…</option>
          {options.tutees.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
              {t.school ? ` — ${t.school}` : ""}
            </option>
          ))}
        </SelectField>
        <Field label="Дата" name="date" type="date" defaultValue={consultation?.date ?? ""} error={errors?.date} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Предмет" name="subjectId" defaultValue={consultation?.subjectId ?? ""} error={errors?.subjectId} required>
          <option value="">Выберите…</option>
          {options.subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Тематический модуль" name="module" defaultValue={consultation?.module ?? ""} error={errors?.module} required>
          <option value="">Выберите…</option>
          {Object.entries(CONSULTATION_MODULE_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
        <SelectField label="Форма" name="form" defaultValue={consultation?.form ?? ""} error={errors?.form} required>
          <option value="">Выберите…</option>
          {Object.entries(CONSULTATION_FORM_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        legend="Функции тьютора (хотя бы одна)"
        name="functions"
        options={Object.entries(TUTOR_FUNCTION_LABELS).map(([value, label]) => ({ value, label }))}
        defaultValue={consultation?.functions ?? []}
        error={errors?.functions}
      />
      <SelectField label="Муниципальный проект" name="projectId" defaultValue={consultation?.projectId ?? ""} error={errors?.projectId} className="sm:max-w-sm">
        <option value="">Вне муниципальных проектов</option>
        {options.projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </SelectField>
      <TextareaField label="Содержание консультации" name="notes" rows={4} defaultValue={consultation?.notes ?? ""} error={errors?.notes} />
      <TextareaField label="Договорённости и следующие шаги" name="nextSteps" defaultValue={consultation?.nextSteps ?? ""} error={errors?.nextSteps} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Сохранение…" : consultation ? "Сохранить изменения" : "Записать консультацию"}
      </Button>
    </form>
  );
}
