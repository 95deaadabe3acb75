"use client";
import { useRouter } from "next/navigation";
import { useCreateAction } from "@/components/ui/use-create-action";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { addFlaggedSchoolsToCycleAction, addFlaggedSchoolToCycleAction } from "@/lib/features/results/actions";
import { PLURALS } from "@/lib/i18n/labels";
import { plural, pluralForm } from "@/lib/i18n/plural";

type Cycle = { id: string; year: number };

/** The confirmed step and its outcome, read out by screen readers; hidden in print. */
function ConfirmedAdd(props: {
  trigger: string | null;
  title: string;
  description: string;
  pending: { isPending: boolean; hasSucceeded: boolean };
  onConfirm: () => void;
  error: string | undefined;
  success: string | null;
}) {
  const { isPending, hasSucceeded } = props.pending;
  return (
    <div className="space-y-1 print:hidden">
      {props.trigger ? (
        <ConfirmDialog
          trigger={isPending ? "Добавление…" : props.trigger}
          triggerVariant="primary"
          title={props.title}
          description={props.description}
          confirmLabel="Добавить"
          confirmVariant="primary"
          disabled={isPending || hasSucceeded}
          onConfirm={props.onConfirm}
        />
      ) : null}
      <div aria-live="polite">
        {props.error ? (
          <p role="alert" className="max-w-sm text-sm text-red-700">
            {props.error}
          </p>
        ) : hasSucceeded && props.success ? (
          <p className="text-sm text-emerald-800">{props.success}</p>
        ) : null}
      </div>
    </div>
  );
}

/**
 * «Добавить в списки цикла 2026»: one confirmed step. The server recomputes
 * the reasons; the client sends only which school, cycle and as-of year.
 */
export function AddToCycleButton({ school, cycle, asOfYear }: { school: { id: string; shortName: string }; cycle: Cycle; asOfYear: number }) {
  const router = useRouter();
  const { execute, result, isPending, hasSucceeded } = useCreateAction(addFlaggedSchoolToCycleAction, { onSuccess: () => router.refresh() });
  return (
    <ConfirmedAdd
      trigger={`Добавить в списки цикла ${cycle.year}`}
      title={`Добавить ${school.shortName} в списки цикла ${cycle.year} года?`}
      description={`Школа войдёт в списки с категорией «Зона риска», причины раннего предупреждения по результатам ${asOfYear} года запишутся в примечание. Категории и куратора можно изменить на странице цикла.`}
      pending={{ isPending, hasSucceeded }}
      onConfirm={() => execute({ schoolId: school.id, cycleId: cycle.id, asOfYear })}
      error={result.serverError?.message ?? result.validationErrors?.fieldErrors.schoolId?.[0] ?? result.validationErrors?.formErrors[0]}
      success={`Школа добавлена в списки цикла ${cycle.year} года.`}
    />
  );
}

/**
 * «Добавить все в списки цикла 2026 (N)»: every flagged school not yet
 * listed, in one confirmed step. `count` is what the page saw; the server
 * finds the schools again and adds all of them or none. It stays mounted
 * when the refreshed page has nothing left to add, to keep the outcome on
 * screen.
 */
export function AddAllToCycleButton({ count, cycle, asOfYear }: { count: number; cycle: Cycle; asOfYear: number }) {
  const router = useRouter();
  const { execute, result, isPending, hasSucceeded } = useCreateAction(addFlaggedSchoolsToCycleAction, { onSuccess: () => router.refresh() });
  const added = result.data?.added ?? 0;
  return (
    <ConfirmedAdd
      trigger={count > 0 || isPending ? `Добавить все в списки цикла ${cycle.year} (${count})` : null}
      title={`Добавить ${plural(count, PLURALS.school)} в списки цикла ${cycle.year} года?`}
      description={`Все школы в зоне риска по результатам ${asOfYear} года, которых ещё нет в списках (${plural(count, PLURALS.school)}), войдут в них с категорией «Зона риска»; причины раннего предупреждения запишутся в примечание каждой. Категории и кураторов можно изменить на странице цикла.`}
      pending={{ isPending, hasSucceeded }}
      onConfirm={() => execute({ cycleId: cycle.id, asOfYear })}
      error={result.serverError?.message ?? result.validationErrors?.formErrors[0]}
      success={`${pluralForm(added, { one: "Добавлена", few: "Добавлены", many: "Добавлено" })} ${plural(added, PLURALS.school)} в списки цикла ${cycle.year} года.`}
    />
  );
}
