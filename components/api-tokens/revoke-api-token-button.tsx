"use client";
import { useAction } from "next-safe-action/hooks";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeApiTokenAction } from "@/lib/features/api-tokens/actions";

export function RevokeApiTokenButton({ token }: { token: { id: string; name: string } }) {
  const { execute, result, isPending } = useAction(revokeApiTokenAction);
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger="Отозвать"
        title={`Отозвать токен «${token.name}»?`}
        description="Программы, которые пользуются этим токеном, сразу потеряют доступ к API. Отменить отзыв нельзя — при необходимости создайте новый токен."
        confirmLabel="Отозвать"
        disabled={isPending}
        onConfirm={() => execute({ tokenId: token.id })}
      />
      {result.serverError ? (
        <p role="alert" className="text-xs text-red-700">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
