"use client";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import {
  createCriterionAction,
  deleteCriterionAction,
  moveCriterionAction,
  setCriterionActiveAction,
  updateCriterionAction,
} from "@/lib/features/reviews/criteria-actions";
import type { DocumentKind } from "@/lib/db/generated/enums";

export type CriterionRow = { id: string; documentKind: DocumentKind; code: string; text: string; active: boolean; version: number; _count: { scores: number } };

function CriterionItem({ row, first, last }: { row: CriterionRow; first: boolean; last: boolean }) {
  const [editing, setEditing] = useState(false);
  const update = useAction(updateCriterionAction, { onSuccess: () => setEditing(false) });
  const move = useAction(moveCriterionAction);
  const active = useAction(setCriterionActiveAction);
  const remove = useAction(deleteCriterionAction);
  const error = [update, move, active, remove].map((a) => a.result.serverError?.message).find(Boolean);
  const pending = update.isPending || move.isPending || active.isPending || remove.isPending;
  return (
    <li className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      {editing ? (
        <form
          noValidate
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            update.execute({ id: row.id, version: row.version, text: String(new FormData(e.currentTarget).get("text") ?? "") });
          }}
        >
          <Field label={`Текст критерия ${row.code}`} name="text" defaultValue={row.text} error={update.result.validationErrors?.fieldErrors.text} />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              Сохранить
            </Button>
            <Button type="button" variant="ghost" onClick={() => setEditing(false)}>
              Отмена
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-2">
          <p className="text-sm text-slate-900">
            <span className="mr-2 text-slate-500">{row.code}</span>
            {row.text}
          </p>
          <div className="flex items-center gap-2">
            {row.active ? <Badge tone="success">Действует</Badge> : <Badge>Отключён</Badge>}
            <span className="text-xs text-slate-500">Оценок: {row._count.scores}</span>
          </div>
        </div>
      )}
      {!editing ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={pending} onClick={() => setEditing(true)}>
            Изменить
          </Button>
          <Button variant="secondary" disabled={pending || first} aria-label={`Выше: критерий ${row.code}`} onClick={() => move.execute({ id: row.id, version: row.version, direction: "up" })}>
            Выше
          </Button>
          <Button variant="secondary" disabled={pending || last} aria-label={`Ниже: критерий ${row.code}`} onClick={() => move.execute({ id: row.id, version: row.version, direction: "down" })}>
            Ниже
          </Button>
          <Button variant="secondary" disabled={pending} onClick={() => active.execute({ id: row.id, version: row.version, active: !row.active })}>
            {row.active ? "Отключить" : "Включить"}
          </Button>
          {row._count.scores === 0 ? (
            <ConfirmDialog
              trigger="Удалить"
              title={`Удалить критерий ${row.code}?`}
              description="Критерий ещё не использовался в экспертизах и будет удалён из каталога."
              confirmLabel="Удалить"
              disabled={pending}
              onConfirm={() => remove.execute({ id: row.id, version: row.version })}
            />
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </li>
  );
}

export function CriteriaKindSection({ kind, label, rows }: { kind: DocumentKind; label: string; rows: CriterionRow[] }) {
  const create = useCreateAction(createCriterionAction);
  const [key, setKey] = useState(0);
  return (
    <section aria-labelledby={`criteria-${kind}`} className="space-y-3">
      <h2 id={`criteria-${kind}`} className="text-lg font-semibold text-slate-900">
        {label}
      </h2>
      {rows.length ? (
        <ol className="space-y-2">
          {rows.map((row, i) => (
            <CriterionItem key={`${row.id}-${row.version}`} row={row} first={i === 0} last={i === rows.length - 1} />
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">Критериев пока нет.</p>
      )}
      <form
        key={key}
        noValidate
        className="flex flex-wrap items-end gap-2"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await create.executeAsync({ documentKind: kind, text: String(new FormData(e.currentTarget).get("text") ?? "") });
          if (result?.data?.ok) setKey((k) => k + 1);
        }}
      >
        <Field className="min-w-[20rem] flex-1" label={`Новый критерий: ${label.toLowerCase()}`} name="text" error={create.result.validationErrors?.fieldErrors.text} />
        <Button type="submit" disabled={create.isPending}>
          Добавить
        </Button>
      </form>
      {create.result.serverError ? <Alert tone="error">{create.result.serverError.message}</Alert> : null}
    </section>
  );
}
