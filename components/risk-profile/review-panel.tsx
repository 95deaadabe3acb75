"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { confirmRiskProfileAction, returnRiskProfileAction } from "@/lib/features/risk-profile/actions";

/** The curator's verdict on the whole profile: confirm, or return with a comment. */
export function ReviewPanel({ profileId, version }: { profileId: string; version: number }) {
  const router = useRouter();
  const id = useId();
  const [comment, setComment] = useState("");
  const confirm = useAction(confirmRiskProfileAction, { onSuccess: () => router.refresh() });
  const ret = useAction(returnRiskProfileAction, { onSuccess: () => router.refresh() });
  const commentError = ret.result.validationErrors?.fieldErrors.comment?.[0];
  const serverError = confirm.result.serverError?.message ?? ret.result.serverError?.message;
  const pending = confirm.isPending || ret.isPending;

  return (
    <Card aria-labelledby={`${id}-title`}>
      <CardTitle id={`${id}-title`}>Решение куратора по профилю</CardTitle>
      <div className="space-y-4 text-sm">
        <div>
          <Button type="button" disabled={pending} onClick={() => confirm.execute({ profileId, version })}>
            Подтвердить рисковый профиль
          </Button>
        </div>
        <form
          className="space-y-2"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <label htmlFor={`${id}-comment`} className="block font-medium text-slate-800">
            Комментарий для школы (обязателен при возврате)
          </label>
          <textarea
            id={`${id}-comment`}
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? `${id}-comment-error` : undefined}
            className={`block w-full rounded-md border bg-white px-3 py-2 ${commentError ? "border-red-500" : "border-slate-300"}`}
          />
          {commentError ? (
            <p id={`${id}-comment-error`} className="text-red-700">
              {commentError}
            </p>
          ) : null}
          <ConfirmDialog
            trigger="Вернуть на доработку"
            title="Вернуть рисковый профиль на доработку?"
            description="Школа получит уведомление с вашим комментарием и сможет изменить значения показателей."
            confirmLabel="Вернуть"
            disabled={pending}
            onConfirm={() => ret.execute({ profileId, version, comment })}
          />
        </form>
        {serverError ? (
          <p role="alert" className="text-red-700">
            {serverError}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
