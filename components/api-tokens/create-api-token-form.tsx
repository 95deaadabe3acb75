"use client";
import { useState } from "react";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { createApiTokenAction } from "@/lib/features/api-tokens/actions";

/** Creates a token and shows it once; after a reload it is gone for good. */
export function CreateApiTokenForm() {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const { execute, result, isPending } = useCreateAction(createApiTokenAction, {
    onExecute: () => setCopied(null),
  });
  const errors = result.validationErrors?.fieldErrors;
  const created = result.data;
  return (
    <div className="space-y-4">
      <form
        className="space-y-4"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          execute(readForm(form, ["name", "expiresOn"]));
        }}
      >
        <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
        <Field label="Название" name="name" maxLength={100} hint="Для чего токен: например, «Выгрузка в ИС МЭДК»." error={errors?.name} />
        <Field label="Действует по (необязательно)" name="expiresOn" type="date" hint="Без даты токен действует, пока вы его не отзовёте." error={errors?.expiresOn} />
        <Button type="submit" disabled={isPending}>
          {isPending ? "Создание…" : "Создать токен"}
        </Button>
      </form>
      <div aria-live="polite">
        {created ? (
          <Alert tone="success">
            <p className="font-medium">Токен «{created.name}» создан. Скопируйте его сейчас: он показывается один раз и нигде не хранится.</p>
            <code data-testid="new-api-token" className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-sm text-slate-900 select-all">
              {created.token}
            </code>
            <div className="mt-2 flex items-center gap-3">
              <Button
                type="button"
                variant="secondary"
                onClick={() =>
                  navigator.clipboard.writeText(created.token).then(
                    () => setCopied("yes"),
                    () => setCopied("failed"),
                  )
                }
              >
                Копировать
              </Button>
              <span className="text-xs">
                {copied === "yes" ? "Скопировано." : copied === "failed" ? "Не удалось скопировать: выделите токен и скопируйте вручную." : "Передавайте его в заголовке Authorization: Bearer <токен>."}
              </span>
            </div>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
