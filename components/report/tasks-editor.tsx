"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { updateReportTasksAction } from "@/lib/features/report/actions";
import { TASKS_MAX } from "@/lib/features/report/limits";

/**
 * Section V of a draft report: the tasks as printed, and «Изменить задачи»
 * to edit, add and remove them (one textarea per task, its error beside it).
 */
export function TasksEditor({ reportId, version, tasks, printed }: { reportId: string; version: number; tasks: string[]; printed: React.ReactNode }) {
  const router = useRouter();
  const nextId = useRef(0);
  const withIds = (list: string[]) => list.map((text) => ({ id: nextId.current++, text }));
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState(() => withIds(tasks));
  const { execute, result, isPending, reset } = useAction(updateReportTasksAction, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const errors = (result.validationErrors?.fieldErrors ?? {}) as Record<string, string[] | undefined>;

  if (!open) {
    return (
      <div>
        {printed}
        <Button
          type="button"
          variant="ghost"
          className="mt-1 px-2 py-1 text-sm text-brand-700 print:hidden"
          onClick={() => {
            reset();
            setItems(withIds(tasks));
            setOpen(true);
          }}
        >
          Изменить задачи
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      aria-label="Задачи на следующий год"
      className="space-y-3 rounded-md border border-brand-100 bg-brand-50 p-3 font-sans print:hidden"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ reportId, version, tasks: items.map((i) => i.text) });
      }}
    >
      <div aria-live="polite">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
        {errors.tasks ? <Alert tone="error">{errors.tasks[0]}</Alert> : null}
      </div>
      <ol className="space-y-3">
        {items.map((item, i) => (
          <li key={item.id} className="flex items-start gap-2">
            <TextareaField
              className="flex-1"
              label={`Задача ${i + 1}`}
              rows={2}
              value={item.text}
              error={errors[`tasks.${i}`]}
              onChange={(e) => setItems((list) => list.map((x) => (x.id === item.id ? { ...x, text: e.target.value } : x)))}
            />
            <Button type="button" variant="ghost" className="mt-6 text-red-700" aria-label={`Удалить задачу ${i + 1}`} onClick={() => setItems((list) => list.filter((x) => x.id !== item.id))}>
              Удалить
            </Button>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={items.length >= TASKS_MAX} onClick={() => setItems((list) => [...list, { id: nextId.current++, text: "" }])}>
          Добавить задачу
        </Button>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Сохранение…" : "Сохранить задачи"}
        </Button>
        <Button type="button" variant="secondary" disabled={isPending} onClick={() => setOpen(false)}>
          Отмена
        </Button>
      </div>
    </form>
  );
}
