"use client";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { readForm } from "@/components/ui/read-form";
import { TASK_FIELD_LABELS } from "@/lib/domain/documents/fields";
import { addTaskAction, deleteTaskAction, moveTaskAction, updateTaskAction } from "@/lib/features/documents/actions";
import type { EditorTask } from "@/lib/features/documents/queries";
import { ActionFeedback } from "./action-feedback";
import { MeasureForm } from "./measure-form";
import { useDocumentVersion } from "./version-context";
import { TextareaField } from "@/components/ui/field";

const NAMES = ["title", "cause"] as const;

export function TaskBlock({ documentId, task, index, count, bounds }: { documentId: string; task: EditorTask; index: number; count: number; bounds: { from: string; to: string } }) {
  const { version, setVersion } = useDocumentVersion();
  const onSuccess = ({ data }: { data?: { version: number } }) => data && setVersion(data.version);
  const update = useAction(updateTaskAction, { onSuccess });
  const move = useAction(moveTaskAction, { onSuccess });
  const remove = useAction(deleteTaskAction, { onSuccess });
  const errors = update.result.validationErrors?.fieldErrors;
  const pending = update.isPending || move.isPending || remove.isPending;
  const n = index + 1;

  return (
    <section aria-labelledby={`task-${task.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id={`task-${task.id}`} className="text-base font-semibold">
          Задача {n}
        </h3>
        <div className="flex gap-2">
          <Button variant="ghost" disabled={pending || index === 0} onClick={() => move.execute({ documentId, version, taskId: task.id, direction: "up" })} aria-label={`Переместить задачу ${n} выше`}>
            ↑ Выше
          </Button>
          <Button variant="ghost" disabled={pending || index === count - 1} onClick={() => move.execute({ documentId, version, taskId: task.id, direction: "down" })} aria-label={`Переместить задачу ${n} ниже`}>
            ↓ Ниже
          </Button>
          <ConfirmDialog
            trigger="Удалить задачу"
            title={`Удалить задачу ${n}?`}
            description={`Задача и все её мероприятия (${task.measures.length}) будут удалены из документа. В отправленных ранее редакциях они сохранятся.`}
            confirmLabel="Удалить"
            disabled={pending}
            onConfirm={() => remove.execute({ documentId, version, taskId: task.id })}
          />
        </div>
      </div>
      <form
        aria-label={`Задача ${n}`}
        noValidate
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          update.execute({ documentId, version, taskId: task.id, ...readForm(e.currentTarget, NAMES) });
        }}
      >
        <TextareaField label={TASK_FIELD_LABELS.title} name="title" rows={2} defaultValue={task.title} error={errors?.title} />
        <TextareaField label={TASK_FIELD_LABELS.cause} name="cause" rows={2} defaultValue={task.cause} error={errors?.cause} />
        <div className="flex items-center gap-3">
          <Button type="submit" variant="secondary" disabled={pending}>
            Сохранить задачу
          </Button>
          <ActionFeedback
            serverError={update.result.serverError?.message ?? move.result.serverError?.message ?? remove.result.serverError?.message}
            saved={update.hasSucceeded && !update.isPending}
          />
        </div>
      </form>

      <div className="mt-4 space-y-4 border-l-2 border-brand-100 pl-4">
        {task.measures.length === 0 ? <p className="text-sm text-amber-800">У задачи пока нет мероприятий.</p> : null}
        {task.measures.map((m, j) => (
          <details key={m.id} className="rounded-md border border-slate-200 p-3" open={!m.deadline || !m.responsible}>
            <summary className="cursor-pointer text-sm font-medium">
              Мероприятие {n}.{j + 1}: {m.title}
            </summary>
            <div className="mt-3">
              <MeasureForm documentId={documentId} taskId={task.id} measure={m} label={`Задача ${n}, мероприятие ${j + 1}`} bounds={bounds} />
            </div>
          </details>
        ))}
        <details className="rounded-md border border-dashed border-slate-300 p-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Новое мероприятие задачи {n}</summary>
          <div className="mt-3">
            <MeasureForm documentId={documentId} taskId={task.id} label={`Новое мероприятие задачи ${n}`} bounds={bounds} />
          </div>
        </details>
      </div>
    </section>
  );
}

export function AddTaskForm({ documentId }: { documentId: string }) {
  const { version, setVersion } = useDocumentVersion();
  const add = useCreateAction(addTaskAction, { onSuccess: ({ data }) => data && setVersion(data.version) });
  const errors = add.result.validationErrors?.fieldErrors;
  return (
    <form
      aria-label="Новая задача"
      noValidate
      className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        add.executeAsync({ documentId, version, ...readForm(form, NAMES) }).then((r) => {
          if (r?.data) form.reset();
        });
      }}
    >
      <h3 className="text-base font-semibold">Новая задача</h3>
      <TextareaField label={TASK_FIELD_LABELS.title} name="title" rows={2} error={errors?.title} />
      <TextareaField label={TASK_FIELD_LABELS.cause} name="cause" rows={2} error={errors?.cause} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={add.isPending}>
          Добавить задачу
        </Button>
        <ActionFeedback serverError={add.result.serverError?.message} />
      </div>
    </form>
  );
}
