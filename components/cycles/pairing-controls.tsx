"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { assignCuratorAction, endPairingAction } from "@/lib/features/cycles/actions";

type Current = { id: string; version: number; curatorName: string } | null;

/** Assign a curator to a school of the cycle, or replace the current one. */
export function PairingForm({
  cycleSchoolId,
  schoolName,
  current,
  curators,
  defaultDate,
}: {
  cycleSchoolId: string;
  schoolName: string;
  current: Current;
  curators: { id: string; name: string }[];
  defaultDate: string;
}) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(!current);
  const { execute, result, isPending } = useCreateAction(assignCuratorAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors;
  if (!open) {
    return (
      <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => setOpen(true)}>
        Заменить куратора
      </Button>
    );
  }
  return (
    <form
      aria-label={`Назначение куратора: ${schoolName}`}
      className="grid gap-2 sm:grid-cols-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const v = readForm(e.currentTarget, ["curatorId", "pairedOn", "schoolYear", "agreementNumber", "agreementDate"]);
        execute({ cycleSchoolId, ...v, currentPairingId: current?.id, currentPairingVersion: current?.version });
      }}
    >
      <div className="space-y-1">
        <label htmlFor={`${id}-curator`} className="block text-sm font-medium">
          Куратор
        </label>
        <select
          id={`${id}-curator`}
          name="curatorId"
          defaultValue=""
          aria-invalid={errors?.curatorId ? true : undefined}
          aria-describedby={errors?.curatorId ? `${id}-curator-error` : undefined}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="">Выберите куратора</option>
          {curators.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {errors?.curatorId ? (
          <p id={`${id}-curator-error`} className="text-sm text-red-700">
            {errors.curatorId[0]}
          </p>
        ) : null}
      </div>
      <Field label="Дата закрепления" name="pairedOn" type="date" defaultValue={defaultDate} error={errors?.pairedOn} />
      <Field label="Учебный год" name="schoolYear" placeholder="2025-2026" error={errors?.schoolYear} />
      <Field label="№ сетевого договора" name="agreementNumber" error={errors?.agreementNumber} />
      <Field label="Дата договора" name="agreementDate" type="date" error={errors?.agreementDate} />
      <div className="flex items-end gap-2">
        <Button type="submit" disabled={isPending}>
          {current ? "Заменить" : "Назначить"}
        </Button>
        {current ? (
          <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
            Отмена
          </Button>
        ) : null}
      </div>
      {result.serverError ? (
        <p role="alert" className="text-sm text-red-700 sm:col-span-3">
          {result.serverError.message}
        </p>
      ) : null}
    </form>
  );
}

export function EndPairingButton({ pairing, schoolName }: { pairing: { id: string; version: number; curatorName: string }; schoolName: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(endPairingAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger="Завершить закрепление"
        title={`Завершить закрепление ${pairing.curatorName} за ${schoolName}?`}
        description="Куратор потеряет доступ к документам школы. Запись о закреплении сохранится в истории."
        confirmLabel="Завершить"
        disabled={isPending}
        onConfirm={() => execute({ pairingId: pairing.id, version: pairing.version })}
      />
      {result.serverError ? (
        <p role="alert" className="text-xs text-red-700">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
