"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { addFlaggedSchoolToCycleAction } from "@/lib/features/results/actions";

/**
 * «Добавить в списки цикла 2026»: one confirmed step. The server recomputes
 * the reasons; the client sends only which school, cycle and as-of year.
 */
export function AddToCycleButton({ school, cycle, asOfYear }: { school: { id: string; shortName: string }; cycle: { id: string; year: number }; asOfYear: number }) {
  const router = useRouter();
  const { execute, result, isPending, hasSucceeded } = useAction(addFlaggedSchoolToCycleAction, { onSuccess: () => router.refresh() });
  const error = result.serverError?.message ?? result.validationErrors?.fieldErrors.schoolId?.[0] ?? result.validationErrors?.formErrors[0];
  return (
    <div className="space-y-1 print:hidden">
      <ConfirmDialog
        trigger={isPending ? "Добавление…" : `Добавить в списки цикла ${cycle.year}`}
        triggerVariant="primary"
        title={`Добавить ${school.shortName} в списки цикла ${cycle.year} года?`}
        description={`Школа войдёт в списки с категорией «Зона риска», причины раннего предупреждения по результатам ${asOfYear} года запишутся в примечание. Категории и куратора можно изменить на странице цикла.`}
        confirmLabel="Добавить"
        confirmVariant="primary"
        disabled={isPending || hasSucceeded}
        onConfirm={() => execute({ schoolId: school.id, cycleId: cycle.id, asOfYear })}
      />
      <div aria-live="polite">
        {error ? (
          <p role="alert" className="max-w-sm text-sm text-red-700">
            {error}
          </p>
        ) : hasSucceeded ? (
          <p className="text-sm text-emerald-800">Школа добавлена в списки цикла {cycle.year} года.</p>
        ) : null}
      </div>
    </div>
  );
}
