"use client";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { signInAction } from "@/lib/features/auth/actions";

export function SignInForm() {
  const { execute, result, isPending } = useAction(signInAction);
  const fieldErrors = result.validationErrors?.fieldErrors;
  const message = result.data?.error ?? result.serverError?.message;

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        execute(readForm(event.currentTarget, ["email", "password"]));
      }}
    >
      <div aria-live="polite">{message ? <Alert tone="error">{message}</Alert> : null}</div>
      <Field label="Электронная почта" name="email" type="email" autoComplete="username" required error={fieldErrors?.email} />
      <Field label="Пароль" name="password" type="password" autoComplete="current-password" required error={fieldErrors?.password} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? "Вход…" : "Войти"}
      </Button>
    </form>
  );
}
