"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { updateReportTitleAction } from "@/lib/features/report/actions";

/** The report's title «Об итогах …» with «Изменить название». */
export function ReportTitleEditor({ reportId, version, title, children }: { reportId: string; version: number; title: string; children: React.ReactNode }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(title);
  const { execute, result, isPending, reset } = useAction(updateReportTitleAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
  if (!open) {
    return (
      <div>
        {children}
        <div className="text-center print:hidden">
          <Button
            type="button"
            variant="ghost"
            className="px-2 py-1 text-sm text-brand-700"
            onClick={() => {
              reset();
              setValue(title);
              setOpen(true);
            }}
          >
            Изменить название
          </Button>
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
        execute({ reportId, version, title: value });
      }}
    >
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
      <TextareaField label="Название справки" rows={3} value={value} onChange={(e) => setValue(e.target.value)} error={errors?.title} autoFocus />
      <div className="flex gap-2">
        <Button type="submit" disabled={isPending}>
          {isPending ? "Сохранение…" : "Сохранить"}
        </Button>
        <Button type="button" variant="secondary" disabled={isPending} onClick={() => setOpen(false)}>
          Отмена
        </Button>
      </div>
    </form>
  );
}
