"use client";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { setUserActiveAction } from "@/lib/features/users/actions";

export function UserActiveToggle({ user }: { user: { id: string; name: string; active: boolean; version: number } }) {
  const { execute, result, isPending } = useAction(setUserActiveAction);
  const error = result.serverError?.message;
  return (
    <div className="space-y-1">
      {user.active ? (
        <ConfirmDialog
          trigger="Отключить"
          title={`Отключить учётную запись «${user.name}»?`}
          description="Пользователь сразу потеряет доступ: его открытые сеансы завершатся. Данные сохранятся, учётную запись можно включить снова."
          confirmLabel="Отключить"
          disabled={isPending}
          onConfirm={() => execute({ userId: user.id, active: false, version: user.version })}
        />
      ) : (
        <Button variant="secondary" disabled={isPending} onClick={() => execute({ userId: user.id, active: true, version: user.version })}>
          Включить
        </Button>
      )}
      {error ? (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
