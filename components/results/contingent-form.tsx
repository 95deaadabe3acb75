"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CONTINGENT_GROUPS } from "@/lib/domain/results/contingent";
import { updateContingentAction } from "@/lib/features/results/entry-actions";
import type { ContingentForEdit } from "@/lib/features/results/entry-queries";

/**
 * One school year's contingent by hand: the counts only (school and year
 * are the row's). The domain rule's messages come back beside the fields;
 * the version makes a stale form (an import or another correction since it
 * was opened) a conflict instead of an overwrite.
 */
export function ContingentForm({ contingent }: { contingent: ContingentForEdit }) {
  const router = useRouter();
  const back = `/schools/${encodeURIComponent(contingent.school.code)}/results`;
  const update = useAction(updateContingentAction, { onSuccess: () => router.push(back) });
  const { result, isPending } = update;
  const errors = result.validationErrors?.fieldErrors as Record<string, string[] | undefined> | undefined;
  const formError = result.serverError?.message ?? result.validationErrors?.formErrors?.[0];

  return (
    <form
      noValidate
      className="max-w-3xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const text = (name: string) => String(data.get(name) ?? "");
        update.execute({
          id: contingent.id,
          version: contingent.version,
          students: text("students"),
          ovzStudents: text("ovzStudents"),
          lowIncomeStudents: text("lowIncomeStudents"),
          singleParentStudents: text("singleParentStudents"),
        });
      }}
    >
      <div aria-live="polite">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
      <div className="grid gap-4 sm:grid-cols-4">
        <Field label="Обучающихся" name="students" type="number" inputMode="numeric" min={0} step={1} defaultValue={contingent.students} error={errors?.students} />
        {CONTINGENT_GROUPS.map((g) => (
          <Field key={g.key} label={g.label} name={g.key} type="number" inputMode="numeric" min={0} step={1} defaultValue={contingent[g.key]} error={errors?.[g.key]} />
        ))}
      </div>
      <p className="text-sm text-slate-600">Целые числа; в каждой группе — не больше, чем всего обучающихся (0, если таких нет).</p>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Сохранение…" : "Сохранить исправление"}
      </Button>
    </form>
  );
}
