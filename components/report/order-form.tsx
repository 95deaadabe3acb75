"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import type { OrderFields } from "@/lib/domain/report/order";
import { saveReportOrderAction } from "@/lib/features/report/actions";
import { ORDER_ITEMS_MAX } from "@/lib/features/report/limits";

type Item = { id: number; text: string; responsible: string; deadline: string };

/**
 * The order approving the report: number, date, signatory, basis and the
 * numbered items (add, remove; responsible and deadline for each). Every
 * message appears beside its field; nothing is saved on bad input.
 */
export function OrderForm({ reportId, orderVersion, initial }: { reportId: string; orderVersion: number | null; initial: OrderFields }) {
  const router = useRouter();
  const nextId = useRef(0);
  const [items, setItems] = useState<Item[]>(() =>
    initial.items.map((i) => ({ id: nextId.current++, text: i.text, responsible: i.responsible ?? "", deadline: i.deadline ?? "" })),
  );
  const { execute, result, isPending, hasSucceeded } = useAction(saveReportOrderAction, { onSuccess: () => router.refresh() });
  const errors = (result.validationErrors?.fieldErrors ?? {}) as Record<string, string[] | undefined>;
  const update = (id: number, patch: Partial<Item>) => setItems((list) => list.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  const move = (index: number, by: -1 | 1) =>
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item);
      return next;
    });

  return (
    <form
      noValidate
      aria-label="Приказ об утверждении аналитической справки"
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const text = (name: string) => String(data.get(name) ?? "");
        execute({
          reportId,
          orderVersion,
          number: text("number"),
          date: text("date"),
          signatoryName: text("signatoryName"),
          signatoryPosition: text("signatoryPosition"),
          preamble: text("preamble"),
          items: items.map(({ text: t, responsible, deadline }) => ({ text: t, responsible, deadline })),
        });
      }}
    >
      <div aria-live="polite">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
        {Object.keys(errors).length ? <Alert tone="error">Проверьте отмеченные поля.</Alert> : null}
        {hasSucceeded && !isPending ? <Alert tone="success">Приказ сохранён.</Alert> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-[10rem_12rem]">
        <Field label="Номер приказа" name="number" defaultValue={initial.number} error={errors.number} autoComplete="off" />
        <Field label="Дата приказа" name="date" type="date" defaultValue={initial.date} error={errors.date} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Подписывает (фамилия, инициалы)" name="signatoryName" defaultValue={initial.signatoryName} error={errors.signatoryName} />
        <Field label="Должность подписывающего" name="signatoryPosition" defaultValue={initial.signatoryPosition} error={errors.signatoryPosition} />
      </div>
      <TextareaField
        label="Основание (преамбула)"
        name="preamble"
        rows={8}
        defaultValue={initial.preamble ?? ""}
        error={errors.preamble}
        hint="Абзацы разделяйте пустой строкой. Пустое поле — текст по умолчанию."
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Пункты приказа («п р и к а з ы в а ю:»)</legend>
        {errors.items ? <p className="text-sm text-red-700">{errors.items[0]}</p> : null}
        <ol className="space-y-3">
          {items.map((item, i) => (
            <li key={item.id} className="rounded-md border border-slate-200 bg-white p-3">
              <fieldset className="space-y-2">
                <legend className="text-sm font-semibold text-slate-800">Пункт {i + 1}</legend>
                <TextareaField label={`Текст пункта ${i + 1}`} rows={Math.min(6, Math.max(2, Math.ceil(item.text.length / 110)))} value={item.text} error={errors[`items.${i}.text`]} onChange={(e) => update(item.id, { text: e.target.value })} />
                <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
                  <Field label={`Ответственный (пункт ${i + 1})`} value={item.responsible} error={errors[`items.${i}.responsible`]} onChange={(e) => update(item.id, { responsible: e.target.value })} />
                  <Field label={`Срок (пункт ${i + 1})`} type="date" value={item.deadline} error={errors[`items.${i}.deadline`]} onChange={(e) => update(item.id, { deadline: e.target.value })} />
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button type="button" variant="ghost" className="px-2 py-1 text-sm" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Поднять пункт ${i + 1}`}>
                    Выше
                  </Button>
                  <Button type="button" variant="ghost" className="px-2 py-1 text-sm" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={`Опустить пункт ${i + 1}`}>
                    Ниже
                  </Button>
                  <Button type="button" variant="ghost" className="px-2 py-1 text-sm text-red-700" onClick={() => setItems((list) => list.filter((x) => x.id !== item.id))} aria-label={`Удалить пункт ${i + 1}`}>
                    Удалить
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          disabled={items.length >= ORDER_ITEMS_MAX}
          onClick={() => setItems((list) => [...list, { id: nextId.current++, text: "", responsible: "", deadline: "" }])}
        >
          Добавить пункт
        </Button>
      </fieldset>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Сохранение…" : "Сохранить приказ"}
      </Button>
    </form>
  );
}
