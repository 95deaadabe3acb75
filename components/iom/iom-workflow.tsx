"use client";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { approveIomAction, reopenIomAction, returnIomAction, submitIomAction } from "@/lib/features/iom/actions";

/** The route's workflow buttons: submit / approve / return / reopen, as the state and the person allow. */
export function IomWorkflow({ iomId, version, events, canWrite, canApprove }: { iomId: string; version: number; events: string[]; canWrite: boolean; canApprove: boolean }) {
  const submit = useAction(submitIomAction);
  const approve = useAction(approveIomAction);
  const ret = useAction(returnIomAction);
  const reopen = useAction(reopenIomAction);
  const error = [submit, approve, ret, reopen].map((a) => a.result.serverError?.message).find(Boolean);
  const pending = submit.isPending || approve.isPending || ret.isPending || reopen.isPending;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        {canWrite && events.includes("submit") ? (
          <Button disabled={pending} onClick={() => submit.execute({ iomId, version })}>
            Отправить на утверждение
          </Button>
        ) : null}
        {canWrite && events.includes("reopen") ? (
          <ConfirmDialog
            trigger="Изменить маршрут"
            title="Изменить утверждённый маршрут?"
            description="Маршрут вернётся в черновик: после изменений его нужно снова отправить на утверждение административной команде."
            confirmLabel="Вернуть в черновик"
            disabled={pending}
            onConfirm={() => reopen.execute({ iomId, version })}
          />
        ) : null}
      </div>
      {canApprove && events.includes("approve") ? (
        <div className="grid gap-4 md:grid-cols-2">
          <form
            className="space-y-2 rounded-md border border-slate-200 p-3"
            onSubmit={(e) => {
              e.preventDefault();
              approve.execute({ iomId, version, ...readForm(e.currentTarget, ["orderNo", "orderDate"] as const) });
            }}
          >
            <Field label="Приказ об утверждении ИОМ, №" name="orderNo" error={approve.result.validationErrors?.fieldErrors.orderNo} />
            <Field label="Дата приказа" name="orderDate" type="date" error={approve.result.validationErrors?.fieldErrors.orderDate} />
            <Button type="submit" disabled={pending}>
              Утвердить
            </Button>
          </form>
          <form
            className="space-y-2 rounded-md border border-slate-200 p-3"
            onSubmit={(e) => {
              e.preventDefault();
              ret.execute({ iomId, version, ...readForm(e.currentTarget, ["comment"] as const) });
            }}
          >
            <Field label="Что доработать" name="comment" error={ret.result.validationErrors?.fieldErrors.comment} />
            <Button type="submit" variant="secondary" disabled={pending}>
              Вернуть на доработку
            </Button>
          </form>
        </div>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
