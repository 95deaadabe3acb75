"use client";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FileUpload } from "@/components/files/file-upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import type { MeasureStatus } from "@/lib/db/generated/enums";
import { addMeasureEvidenceAction, progressMeasureAction, recordMeasureReadingAction, reviewMeasureAction } from "@/lib/features/measures/actions";
import type { UploadedFile } from "@/lib/files/upload-types";

type Event = "start" | "complete" | "fail" | "confirm" | "return";
type Props = { measure: { id: string; version: number; status: MeasureStatus; evidenceCount: number }; events: Event[] };

const EVENT_LABELS: Record<Event, string> = {
  start: "Начать выполнение",
  complete: "Отметить выполненным",
  fail: "Отметить невыполненным",
  confirm: "Подтвердить выполнение",
  return: "Вернуть на доработку",
};

/** Status buttons for the events the actor may fire, with the evidence/reason/comment each needs. */
export function MeasureStatusActions({ measure, events }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState<Event | null>(null);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [linkUrl, setLinkUrl] = useState("");
  const [linkTitle, setLinkTitle] = useState("");
  const [comment, setComment] = useState("");
  const onSuccess = () => {
    setOpen(null);
    setFiles([]);
    setLinkUrl("");
    setLinkTitle("");
    setComment("");
    router.refresh();
  };
  const progress = useAction(progressMeasureAction, { onSuccess });
  const review = useAction(reviewMeasureAction, { onSuccess });
  const pending = progress.isPending || review.isPending;
  const errors = { ...(progress.result.validationErrors?.fieldErrors ?? {}), ...(review.result.validationErrors?.fieldErrors ?? {}) } as Record<string, string[] | undefined>;
  const serverError = progress.result.serverError?.message ?? review.result.serverError?.message;

  if (events.length === 0) return null;

  function fire(event: Event) {
    const base = { measureId: measure.id, version: measure.version };
    if (event === "confirm" || event === "return") review.execute({ ...base, event, comment });
    else progress.execute({ ...base, event, comment, fileIds: files.map((f) => f.id), linkUrl, linkTitle });
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        {events.map((event) =>
          event === "start" || event === "confirm" ? (
            <Button key={event} disabled={pending} onClick={() => fire(event)}>
              {EVENT_LABELS[event]}
            </Button>
          ) : (
            <Button key={event} variant={open === event ? "primary" : "secondary"} aria-expanded={open === event} disabled={pending} onClick={() => setOpen(open === event ? null : event)}>
              {EVENT_LABELS[event]}
            </Button>
          ),
        )}
      </div>
      {serverError ? <Alert tone="error">{serverError}</Alert> : null}
      {open ? (
        <form
          className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            fire(open);
          }}
        >
          {open === "complete" ? (
            <>
              <p className="text-sm text-slate-700">
                Для статуса «Выполнено» нужен хотя бы один подтверждающий документ (уже приложено: {measure.evidenceCount}). Приложите файлы или ссылку.
              </p>
              <FileUpload label="Подтверждающие файлы" value={files} onChange={setFiles} error={errors.fileIds?.[0]} />
              <div className="grid gap-3 sm:grid-cols-2">
                <Field label="Ссылка (http:// или https://)" type="url" value={linkUrl} onChange={(e) => setLinkUrl(e.target.value)} error={errors.linkUrl} />
                <Field label="Название ссылки" value={linkTitle} onChange={(e) => setLinkTitle(e.target.value)} error={errors.linkTitle} />
              </div>
            </>
          ) : null}
          {open === "fail" ? <TextareaField label="Причина невыполнения" value={comment} onChange={(e) => setComment(e.target.value)} error={errors.comment} /> : null}
          {open === "return" ? <TextareaField label="Что нужно доработать" value={comment} onChange={(e) => setComment(e.target.value)} error={errors.comment} /> : null}
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {open === "complete" ? "Отправить куратору" : open === "fail" ? "Сохранить статус" : "Вернуть школе"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setOpen(null)}>
              Отмена
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** Adds evidence without a status change. */
export function AddEvidenceForm({ measureId }: { measureId: string }) {
  const router = useRouter();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [linkUrl, setLinkUrl] = useState("");
  const [linkTitle, setLinkTitle] = useState("");
  const { execute, result, isPending } = useCreateAction(addMeasureEvidenceAction, {
    onSuccess: () => {
      setFiles([]);
      setLinkUrl("");
      setLinkTitle("");
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        execute({ measureId, fileIds: files.map((f) => f.id), linkUrl, linkTitle });
      }}
    >
      <FileUpload label="Файлы" value={files} onChange={setFiles} error={errors?.fileIds?.[0]} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Ссылка (http:// или https://)" type="url" value={linkUrl} onChange={(e) => setLinkUrl(e.target.value)} error={errors?.linkUrl} />
        <Field label="Название ссылки" value={linkTitle} onChange={(e) => setLinkTitle(e.target.value)} error={errors?.linkTitle} />
      </div>
      {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={isPending}>
        Добавить подтверждение
      </Button>
    </form>
  );
}

/** Records an actual value of the indicator. */
export function ReadingForm({ measure }: { measure: { id: string; version: number } }) {
  const router = useRouter();
  const { execute, result, isPending } = useCreateAction(recordMeasureReadingAction, { onSuccess: () => router.refresh() });
  const errors = result.validationErrors?.fieldErrors;
  return (
    <form
      className="grid gap-3 sm:grid-cols-[8rem_10rem_1fr_auto] sm:items-end"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        execute({
          measureId: measure.id,
          version: measure.version,
          value: String(data.get("value") ?? "").replace(",", ".") as unknown as number,
          date: String(data.get("date") ?? ""),
          note: String(data.get("note") ?? ""),
        });
      }}
    >
      <Field label="Значение" name="value" inputMode="decimal" required error={errors?.value} />
      <Field label="Дата" name="date" type="date" required error={errors?.date} />
      <Field label="Примечание" name="note" error={errors?.note} />
      <Button type="submit" variant="secondary" disabled={isPending}>
        Записать
      </Button>
      {result.serverError ? <Alert tone="error" className="sm:col-span-4">{result.serverError.message}</Alert> : null}
    </form>
  );
}
