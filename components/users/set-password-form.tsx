"use client";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { setUserPasswordAction } from "@/lib/features/users/actions";

/** «Задать пароль» for the administrator: folded under a summary in the user's row. */
export function SetPasswordForm({ user }: { user: { id: string; name: string; version: number; hasPassword: boolean } }) {
  const { execute, result, isPending, hasSucceeded } = useAction(setUserPasswordAction);
  const errors = result.validationErrors?.fieldErrors;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-700 hover:underline">{user.hasPassword ? "Сменить пароль" : "Задать пароль"}</summary>
      <form
        aria-label={`Пароль пользователя ${user.name}`}
        className="mt-2 w-64 space-y-2"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          execute({ userId: user.id, version: user.version, ...readForm(event.currentTarget, ["newPassword", "confirmPassword"]) });
        }}
      >
        <div aria-live="polite">
          {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
          {hasSucceeded ? <Alert tone="success">Пароль задан, сеансы пользователя завершены. Сообщите пароль лично; сменить его можно в профиле.</Alert> : null}
        </div>
        <Field label="Новый пароль" name="newPassword" type="password" autoComplete="new-password" hint="От 8 до 128 символов; самые распространённые пароли не принимаются." error={errors?.newPassword} />
        <Field label="Повторите пароль" name="confirmPassword" type="password" autoComplete="new-password" error={errors?.confirmPassword} />
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? "Сохранение…" : "Сохранить пароль"}
        </Button>
      </form>
    </details>
  );
}
