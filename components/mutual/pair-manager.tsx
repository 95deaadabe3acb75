"use client";
import { useId } from "react";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { createMutualPairAction, deleteMutualPairAction } from "@/lib/features/mutual/actions";

type School = { id: string; label: string };

function Select({ label, name, options, error }: { label: string; name: string; options: School[]; error?: string[] }) {
  const id = useId();
  const err = error?.[0];
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={err ? true : undefined}
        aria-describedby={err ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        defaultValue=""
      >
        <option value="">— выберите школу —</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {err ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {err}
        </p>
      ) : null}
    </div>
  );
}

/** The coordinator pairs two free schools of the cycle. */
export function CreatePairForm({ cycleId, schools }: { cycleId: string; schools: School[] }) {
  const { execute, result, isPending } = useCreateAction(createMutualPairAction);
  const errors = result.validationErrors?.fieldErrors;
  return (
    <form
      noValidate
      className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        execute({ cycleId, schoolAId: String(data.get("schoolAId") ?? ""), schoolBId: String(data.get("schoolBId") ?? "") });
      }}
    >
      <Select label="Первая школа" name="schoolAId" options={schools} error={errors?.schoolAId} />
      <Select label="Вторая школа" name="schoolBId" options={schools} error={errors?.schoolBId} />
      <Button type="submit" disabled={isPending}>
        Создать пару
      </Button>
      <div className="sm:col-span-3" aria-live="polite">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
        {result.data?.ok ? <Alert tone="success">Пара создана.</Alert> : null}
      </div>
    </form>
  );
}

export function UnpairButton({ pair }: { pair: { id: string; version: number; label: string } }) {
  const { execute, result, isPending } = useAction(deleteMutualPairAction);
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger="Расформировать"
        title={`Расформировать пару ${pair.label}?`}
        description="Школы больше не будут видеть документы друг друга. Пару можно расформировать, пока взаимоэкспертиза не начата."
        confirmLabel="Расформировать"
        disabled={isPending}
        onConfirm={() => execute({ pairId: pair.id, version: pair.version })}
      />
      {result.serverError ? (
        <p role="alert" className="text-xs text-red-700">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
