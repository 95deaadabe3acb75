"use client";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useState } from "react";
import { FileUpload } from "@/components/files/file-upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import type { IomActivityStatus } from "@/lib/db/generated/enums";
import type { UploadedFile } from "@/lib/files/upload-types";
import { logIomProgressAction } from "@/lib/features/iom/actions";
import { IOM_ACTIVITY_STATUS_LABELS } from "@/lib/i18n/labels";

const FIELDS = ["status", "completedOn", "actualHours", "link", "reflection"] as const;

/** The teacher's progress log of one activity: state, date, hours, evidence (file or link), reflection. */
export function ProgressForm({
  activity,
}: {
  activity: { id: string; version: number; status: IomActivityStatus; completedOn: Date | null; actualHours: number | null; reflection: string | null };
}) {
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const { execute, result, isPending, hasSucceeded } = useCreateAction(logIomProgressAction, { onSuccess: () => setFiles([]) });
  const errors = result.validationErrors?.fieldErrors ?? {};
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = readForm(e.currentTarget, FIELDS);
        execute({ ...v, status: v.status as IomActivityStatus, activityId: activity.id, version: activity.version, fileIds: files.map((f) => f.id) });
      }}
    >
      <SelectField
        label="Состояние"
        name="status"
        defaultValue={activity.status}
        error={errors.status}
        options={Object.entries(IOM_ACTIVITY_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Field label="Дата выполнения" name="completedOn" type="date" defaultValue={activity.completedOn ? activity.completedOn.toISOString().slice(0, 10) : ""} error={errors.completedOn} />
      <Field label="Фактически часов" name="actualHours" inputMode="numeric" defaultValue={activity.actualHours ?? ""} error={errors.actualHours} />
      <Field label="Ссылка на подтверждение" name="link" type="url" placeholder="https://…" error={errors.link} />
      <div className="sm:col-span-2">
        <FileUpload label="Сертификат или удостоверение" value={files} onChange={setFiles} error={errors.fileIds?.[0]} />
      </div>
      <div className="space-y-1 sm:col-span-2">
        <label htmlFor={`reflection-${activity.id}`} className="block text-sm font-medium text-slate-800">
          Рефлексия: что получилось, что применяю
        </label>
        <textarea
          id={`reflection-${activity.id}`}
          name="reflection"
          rows={3}
          defaultValue={activity.reflection ?? ""}
          aria-invalid={errors.reflection ? true : undefined}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      {result.serverError ? (
        <Alert tone="error" className="sm:col-span-2">
          {result.serverError.message}
        </Alert>
      ) : null}
      {hasSucceeded ? (
        <Alert tone="success" className="sm:col-span-2">
          Выполнение отмечено.
        </Alert>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isPending}>
          Сохранить выполнение
        </Button>
      </div>
    </form>
  );
}
