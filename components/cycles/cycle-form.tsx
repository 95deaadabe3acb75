"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { DEADLINE_FIELDS, DEADLINE_LABELS, defaultCycleTitle, type DeadlineField } from "@/lib/domain/cycles/deadlines";
import { CYCLE_TASK_MAX_LENGTH, CYCLE_TASKS_MAX } from "@/lib/domain/cycles/tasks";
import { createCycleAction, updateCycleAction } from "@/lib/features/cycles/actions";

type Values = { year: string; title: string; orderNumber: string; orderDate: string; tasks: string } & Record<DeadlineField, string>;
const FIELDS = ["year", "title", "orderNumber", "orderDate", "tasks", ...DEADLINE_FIELDS] as const;
const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** Opening a cycle (no `cycle`) or editing its settings (`cycle` with the loaded version). */
export function CycleForm({
  municipalities,
  defaults,
  cycle,
}: {
  municipalities: { id: string; name: string }[];
  defaults: Values;
  cycle?: { id: string; version: number };
}) {
  const router = useRouter();
  const [municipalityId, setMunicipalityId] = useState(municipalities[0]?.id ?? "");
  const [title, setTitle] = useState(defaults.title);
  const [titleTouched, setTitleTouched] = useState(!!cycle);
  const create = useCreateAction(createCycleAction, { onSuccess: ({ data }) => data && router.push(`/cycles/${data.id}`) });
  const update = useAction(updateCycleAction, { onSuccess: () => router.refresh() });
  const action = cycle ? update : create;
  const errors = action.result.validationErrors?.fieldErrors as Partial<Record<string, string[]>> | undefined;
  const municipalityName = municipalities.find((m) => m.id === municipalityId)?.name ?? "";

  return (
    <form
      className="space-y-6"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const values = readForm(event.currentTarget, FIELDS);
        if (cycle) update.execute({ ...values, year: Number(values.year), cycleId: cycle.id, version: cycle.version });
        else create.execute({ ...values, year: values.year as unknown as number, municipalityId });
      }}
    >
      <div aria-live="polite">
        {action.result.serverError ? <Alert tone="error">{action.result.serverError.message}</Alert> : null}
        {cycle && update.hasSucceeded ? <Alert tone="success">Настройки цикла сохранены.</Alert> : null}
      </div>
      {!cycle && municipalities.length > 1 ? (
        <div className="space-y-1">
          <label htmlFor="municipalityId" className="block text-sm font-medium">
            Муниципалитет
          </label>
          <select id="municipalityId" className={selectClass} value={municipalityId} onChange={(e) => setMunicipalityId(e.target.value)}>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {/* Editing has no visible year field: the title then takes the whole row. */}
      <div className={cycle ? "grid gap-4" : "grid gap-4 sm:grid-cols-[10rem_1fr]"}>
        {cycle ? (
          <input type="hidden" name="year" value={defaults.year} />
        ) : (
          <Field
            label="Год"
            name="year"
            type="number"
            inputMode="numeric"
            defaultValue={defaults.year}
            error={errors?.year}
            onChange={(e) => {
              if (!titleTouched && /^\d{4}$/.test(e.target.value)) setTitle(defaultCycleTitle(municipalityName, Number(e.target.value)));
            }}
          />
        )}
        <div className="space-y-1">
          <label htmlFor="cycle-title" className="block text-sm font-medium text-slate-800">
            Название
          </label>
          <textarea
            id="cycle-title"
            name="title"
            rows={3}
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              setTitleTouched(true);
            }}
            aria-invalid={errors?.title ? true : undefined}
            aria-describedby={errors?.title ? "cycle-title-error" : undefined}
            className={`block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm ${errors?.title ? "border-red-500" : "border-slate-300"}`}
          />
          {errors?.title ? (
            <p id="cycle-title-error" className="text-sm text-red-700">
              {errors.title[0]}
            </p>
          ) : null}
        </div>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Приказ об утверждении дорожной карты</legend>
        <Field label="Номер приказа" name="orderNumber" defaultValue={defaults.orderNumber} error={errors?.orderNumber} />
        <Field label="Дата приказа" name="orderDate" type="date" defaultValue={defaults.orderDate} error={errors?.orderDate} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Сроки этапов</legend>
        {DEADLINE_FIELDS.map((field) => (
          <Field key={field} label={DEADLINE_LABELS[field]} name={field} type="date" defaultValue={defaults[field]} error={errors?.[field]} />
        ))}
      </fieldset>
      <p className="text-xs text-slate-500">Сроки идут по порядку: диагностика, программы, экспертиза, взаимоэкспертиза (обмен, встреча, загрузка), окончание реализации, справка.</p>
      <TextareaField
        label="Задачи дорожной карты"
        name="tasks"
        rows={5}
        defaultValue={defaults.tasks}
        error={errors?.tasks}
        hint={`Каждая задача — с новой строки: не больше ${CYCLE_TASKS_MAX} задач, каждая до ${CYCLE_TASK_MAX_LENGTH} символов. При переносе из прошлого года сюда попадают задачи раздела V аналитической справки.`}
      />
      <Button type="submit" disabled={action.isPending}>
        {action.isPending ? "Сохранение…" : cycle ? "Сохранить настройки" : "Открыть цикл"}
      </Button>
    </form>
  );
}
