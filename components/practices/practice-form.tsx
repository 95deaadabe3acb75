"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { FileUpload } from "@/components/files/file-upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import type { PracticeLevel } from "@/lib/db/generated/enums";
import { submitPracticeAction, updatePracticeAction } from "@/lib/features/practices/actions";
import { PRACTICE_LEVELS } from "@/lib/features/practices/levels";
import type { UploadedFile } from "@/lib/files/upload-types";
import { PRACTICE_LEVEL_LABELS } from "@/lib/i18n/labels";

const inputClass = "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm";
const FIELDS = ["title", "authors", "organization", "level", "theme", "description"] as const;

export type PracticeFormValue = {
  practiceId?: string;
  version?: number;
  title: string;
  authors: string;
  organization: string;
  level: PracticeLevel | "";
  theme: string;
  description: string;
};

/** Submit a practice (no id) or edit one's own submitted practice; files are uploaded first and attached by id. */
export function PracticeForm({ initial }: { initial: PracticeFormValue }) {
  const router = useRouter();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const onSuccess = (id: string) => router.push(`/practices/${id}`);
  const create = useCreateAction(submitPracticeAction, { onSuccess: ({ data }) => data && onSuccess(data.id) });
  const update = useAction(updatePracticeAction, { onSuccess: () => initial.practiceId && onSuccess(initial.practiceId) });
  const active = initial.practiceId ? update : create;
  const errors = active.result.validationErrors?.fieldErrors as Partial<Record<string, string[]>> | undefined;
  const ids = { level: useId(), description: useId() };

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = readForm(event.currentTarget, FIELDS);
        const input = { ...form, level: form.level as PracticeLevel, fileIds: files.map((f) => f.id) };
        if (initial.practiceId && initial.version) update.execute({ ...input, practiceId: initial.practiceId, version: initial.version });
        else create.execute(input);
      }}
    >
      <div aria-live="polite">{active.result.serverError ? <Alert tone="error">{active.result.serverError.message}</Alert> : null}</div>
      <Field label="Название практики" name="title" defaultValue={initial.title} error={errors?.title} />
      <Field label="Авторы" name="authors" defaultValue={initial.authors} hint="ФИО и должности через точку с запятой" error={errors?.authors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Организация" name="organization" defaultValue={initial.organization} error={errors?.organization} />
        <div className="space-y-1">
          <label htmlFor={ids.level} className="block text-sm font-medium text-slate-800">
            Уровень практики
          </label>
          <select
            id={ids.level}
            name="level"
            defaultValue={initial.level}
            className={`${inputClass} ${errors?.level ? "border-red-500" : "border-slate-300"}`}
            aria-invalid={errors?.level ? true : undefined}
            aria-describedby={errors?.level ? `${ids.level}-error` : undefined}
          >
            <option value="">Выберите…</option>
            {PRACTICE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {PRACTICE_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
          {errors?.level ? (
            <p id={`${ids.level}-error`} className="text-sm text-red-700">
              {errors.level[0]}
            </p>
          ) : null}
        </div>
      </div>
      <Field label="Тема" name="theme" defaultValue={initial.theme} error={errors?.theme} />
      <div className="space-y-1">
        <label htmlFor={ids.description} className="block text-sm font-medium text-slate-800">
          Описание
        </label>
        <textarea
          id={ids.description}
          name="description"
          rows={6}
          defaultValue={initial.description}
          className={`${inputClass} ${errors?.description ? "border-red-500" : "border-slate-300"}`}
          aria-invalid={errors?.description ? true : undefined}
          aria-describedby={errors?.description ? `${ids.description}-error` : undefined}
        />
        {errors?.description ? (
          <p id={`${ids.description}-error`} className="text-sm text-red-700">
            {errors.description[0]}
          </p>
        ) : null}
      </div>
      <FileUpload label={initial.practiceId ? "Добавить файлы" : "Файлы практики"} value={files} onChange={setFiles} error={errors?.fileIds?.[0]} />
      <Button type="submit" disabled={active.isPending}>
        {active.isPending ? "Сохранение…" : initial.practiceId ? "Сохранить изменения" : "Подать практику"}
      </Button>
    </form>
  );
}
