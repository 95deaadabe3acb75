"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { SchoolCategory } from "@/lib/db/generated/enums";
import { addCycleSchoolAction, removeCycleSchoolAction, updateCycleSchoolCategoriesAction } from "@/lib/features/cycles/actions";
import { CategoryCheckboxes } from "./category-checkboxes";

export function AddSchoolForm({ cycleId, schools }: { cycleId: string; schools: { id: string; shortName: string; code: string }[] }) {
  const router = useRouter();
  const [schoolId, setSchoolId] = useState("");
  const [categories, setCategories] = useState<SchoolCategory[]>([]);
  const { execute, result, isPending } = useCreateAction(addCycleSchoolAction, {
    onSuccess: () => {
      setSchoolId("");
      setCategories([]);
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors;
  if (schools.length === 0) return <p className="text-sm text-slate-600">Все школы муниципалитета уже в списках цикла.</p>;
  return (
    <form
      className="flex flex-wrap items-start gap-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        execute({ cycleId, schoolId, categories });
      }}
    >
      <div className="space-y-1">
        <label htmlFor="add-school" className="block text-sm font-medium">
          Школа
        </label>
        <select
          id="add-school"
          value={schoolId}
          onChange={(e) => setSchoolId(e.target.value)}
          aria-invalid={errors?.schoolId ? true : undefined}
          aria-describedby={errors?.schoolId ? "add-school-error" : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="">Выберите школу</option>
          {schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.shortName} ({s.code})
            </option>
          ))}
        </select>
        {errors?.schoolId ? (
          <p id="add-school-error" className="text-sm text-red-700">
            {errors.schoolId[0]}
          </p>
        ) : null}
      </div>
      <CategoryCheckboxes legend="Категории" idPrefix="add-categories" value={categories} onChange={setCategories} error={errors?.categories?.[0]} />
      <Button type="submit" disabled={isPending}>
        Добавить в списки
      </Button>
      <div aria-live="polite" className="w-full">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
      </div>
    </form>
  );
}

export function CategoriesEditor({ row }: { row: { id: string; version: number; categories: SchoolCategory[]; school: { shortName: string } } }) {
  const router = useRouter();
  const [categories, setCategories] = useState<SchoolCategory[]>(row.categories);
  const { execute, result, isPending } = useAction(updateCycleSchoolCategoriesAction, { onSuccess: () => router.refresh() });
  const changed = [...categories].sort().join() !== [...row.categories].sort().join();
  return (
    <form
      className="space-y-1"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        execute({ cycleSchoolId: row.id, categories, version: row.version });
      }}
    >
      <CategoryCheckboxes
        legend={`Категории: ${row.school.shortName}`}
        legendHidden
        idPrefix={`cat-${row.id}`}
        value={categories}
        onChange={setCategories}
        error={result.validationErrors?.fieldErrors.categories?.[0]}
      />
      {changed ? (
        <Button type="submit" variant="secondary" disabled={isPending} className="px-2 py-1 text-xs">
          Сохранить категории
        </Button>
      ) : null}
      {result.serverError ? (
        <p role="alert" className="text-xs text-red-700">
          {result.serverError.message}
        </p>
      ) : null}
    </form>
  );
}

export function RemoveSchoolButton({ row }: { row: { id: string; version: number; school: { shortName: string } } }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(removeCycleSchoolAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger="Исключить"
        title={`Исключить ${row.school.shortName} из списков цикла?`}
        description="Школа пропадёт из списков цикла вместе с закреплением куратора. Исключить можно только школу, у которой ещё нет рискового профиля и документов."
        confirmLabel="Исключить"
        disabled={isPending}
        onConfirm={() => execute({ cycleSchoolId: row.id, version: row.version })}
      />
      {result.serverError ? (
        <p role="alert" className="max-w-xs text-xs text-red-700">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
