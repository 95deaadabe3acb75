"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, Field, SelectField, TextareaField } from "@/components/ui/field";
import { createEventAction, updateEventAction } from "@/lib/features/events/actions";
import type { EventInput } from "@/lib/features/events/schemas";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from "@/lib/i18n/labels";

type Options = {
  modules: { id: string; title: string }[];
  projects: { id: string; title: string }[];
  schools: { id: string; code: string; shortName: string }[];
};

export type EventFormValues = {
  id: string;
  version: number;
  type: string;
  date: string;
  topic: string;
  format: string;
  audience: string;
  participants: number;
  moduleId: string | null;
  projectId: string | null;
  notes: string | null;
  schoolIds: string[];
};

function read(form: HTMLFormElement): EventInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    type: text("type") as EventInput["type"],
    date: text("date"),
    topic: text("topic"),
    format: text("format") as EventInput["format"],
    audience: text("audience") as EventInput["audience"],
    participants: text("participants"),
    moduleId: text("moduleId"),
    projectId: text("projectId"),
    notes: text("notes"),
    schoolIds: data.getAll("schoolIds").map(String),
  };
}

export function EventForm({ options, event }: { options: Options; event?: EventFormValues }) {
  const router = useRouter();
  const onSuccess = ({ data }: { data?: { id: string } }) => {
    if (data) router.push(`/events/${data.id}`);
  };
  const create = useCreateAction(createEventAction, { onSuccess });
  const update = useAction(updateEventAction, { onSuccess });
  const { result, isPending } = event ? update : create;
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;

  return (
    <form
      noValidate
      className="max-w-3xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const input = read(e.currentTarget);
        if (event) update.execute({ ...input, id: event.id, version: event.version });
        else create.execute(input);
      }}
    >
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Вид мероприятия" name="type" defaultValue={event?.type ?? ""} error={errors?.type} required>
          <option value="">Выберите…</option>
          {Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <Field label="Дата" name="date" type="date" defaultValue={event?.date ?? ""} error={errors?.date} required />
      </div>
      <TextareaField label="Тема" name="topic" rows={2} defaultValue={event?.topic ?? ""} error={errors?.topic} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Формат" name="format" defaultValue={event?.format ?? ""} error={errors?.format} required>
          <option value="">Выберите…</option>
          {Object.entries(EVENT_FORMAT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Целевая аудитория" name="audience" defaultValue={event?.audience ?? ""} error={errors?.audience} required>
          <option value="">Выберите…</option>
          {Object.entries(EVENT_AUDIENCE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <Field label="Число участников" name="participants" type="number" min={0} step={1} inputMode="numeric" defaultValue={event?.participants ?? 0} error={errors?.participants} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Модуль плана" name="moduleId" defaultValue={event?.moduleId ?? ""} error={errors?.moduleId}>
          <option value="">Без модуля</option>
          {options.modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </SelectField>
        <SelectField label="Муниципальный проект" name="projectId" defaultValue={event?.projectId ?? ""} error={errors?.projectId}>
          <option value="">Вне муниципальных проектов</option>
          {options.projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        legend="Школы-участники"
        name="schoolIds"
        options={options.schools.map((s) => ({ value: s.id, label: `${s.shortName} (${s.code})` }))}
        defaultValue={event?.schoolIds ?? []}
        error={errors?.schoolIds}
      />
      <TextareaField label="Примечание" name="notes" defaultValue={event?.notes ?? ""} error={errors?.notes} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Сохранение…" : event ? "Сохранить изменения" : "Добавить мероприятие"}
      </Button>
    </form>
  );
}
