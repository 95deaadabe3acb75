"use client";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { changePasswordAction } from "@/lib/features/users/actions";

export function ChangePasswordForm() {
  const { execute, result, isPending } = useAction(changePasswordAction);
  const errors = result.validationErrors?.fieldErrors;
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        execute(readForm(event.currentTarget, ["currentPassword", "newPassword", "confirmPassword"]));
      }}
    >
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
      <Field label="Текущий пароль" name="currentPassword" type="password" autoComplete="current-password" error={errors?.currentPassword} />
      <Field
        label="Новый пароль"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="От 8 до 128 символов, можно фразу из нескольких слов; самые распространённые пароли не принимаются."
        error={errors?.newPassword}
      />
      <Field label="Повторите новый пароль" name="confirmPassword" type="password" autoComplete="new-password" error={errors?.confirmPassword} />
      <Button type="submit" disabled={isPending}>
        {isPending ? "Сохранение…" : "Сменить пароль"}
      </Button>
    </form>
  );
}
