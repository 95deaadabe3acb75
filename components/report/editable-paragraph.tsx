"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { nonBreaking } from "@/lib/domain/report/sentences";
import { updateReportParagraphAction } from "@/lib/features/report/actions";

/**
 * An editable paragraph of a draft report: the text with «Изменить», which
 * opens a textarea with «Сохранить» / «Отмена»; an edited paragraph can go
 * back to its generated text. A stale page gets «Данные изменены другим
 * пользователем…» and keeps the typed text.
 */
export function EditableParagraph({
  reportId,
  version,
  paragraphKey,
  label,
  text,
  edited,
}: {
  reportId: string;
  version: number;
  paragraphKey: string;
  label: string;
  text: string;
  edited: boolean;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(text);
  const { execute, result, isPending, reset } = useAction(updateReportParagraphAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;

  if (!open) {
    return (
      <div className="group relative rounded-md ring-brand-100 hover:ring-2 print:ring-0">
        <p className="indent-8 sm:text-justify">{nonBreaking(text)}</p>
        <div className="mt-1 flex flex-wrap items-center gap-3 text-sm print:hidden">
          <Button
            type="button"
            variant="ghost"
            className="px-2 py-1 text-brand-700"
            aria-label={`Изменить: ${label}`}
            onClick={() => {
              reset();
              setValue(text);
              setOpen(true);
            }}
          >
            Изменить
          </Button>
          {edited ? <span className="text-xs text-slate-500">Текст изменён вручную</span> : null}
        </div>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3 font-sans print:hidden"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ reportId, version, key: paragraphKey, text: value });
      }}
    >
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
      <TextareaField label={label} rows={Math.min(14, Math.max(4, Math.ceil(value.length / 110)))} value={value} onChange={(e) => setValue(e.target.value)} error={errors?.text ?? errors?.key} autoFocus />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Сохранение…" : "Сохранить"}
        </Button>
        <Button type="button" variant="secondary" disabled={isPending} onClick={() => setOpen(false)}>
          Отмена
        </Button>
        {edited ? (
          <Button type="button" variant="ghost" disabled={isPending} onClick={() => execute({ reportId, version, key: paragraphKey, text: null })}>
            Вернуть исходный текст
          </Button>
        ) : null}
      </div>
    </form>
  );
}
