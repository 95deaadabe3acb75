"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { LETTERHEAD_FIELDS, LETTERHEAD_LABELS, LETTERHEAD_REQUIRED, type Letterhead, type LetterheadField } from "@/lib/domain/municipality/letterhead";
import { updateLetterheadAction } from "@/lib/features/municipalities/actions";

const HINTS: Record<LetterheadField, string> = {
  name: "Как в текстах справки и приказа: «г. Армавир».",
  region: "Например, «Краснодарский край»; в шапке печатается прописными буквами.",
  centerName: "Полное наименование, как в приказах центра.",
  centerAddress: "С индексом: «352900, г. Армавир, ул. Розы Люксембург, д. 146».",
  centerPhone: "Например, 8(86137)3-56-97; несколько номеров — через запятую.",
  directorName: "Как в подписи: «О.В. Мартынова».",
};

/** The letterhead of one municipality, with the version it was loaded at (optimistic locking). */
export function LetterheadForm({ municipality }: { municipality: Letterhead & { id: string; version: number } }) {
  const router = useRouter();
  const [version, setVersion] = useState(municipality.version);
  const { execute, result, isPending, hasSucceeded } = useAction(updateLetterheadAction, {
    onSuccess: ({ data }) => {
      if (data) setVersion(data.version);
      router.refresh();
    },
  });
  const errors = result.validationErrors?.fieldErrors as Partial<Record<string, string[]>> | undefined;
  return (
    <form
      aria-label="Реквизиты муниципалитета"
      className="space-y-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        execute({ municipalityId: municipality.id, version, ...readForm(event.currentTarget, LETTERHEAD_FIELDS) });
      }}
    >
      <div aria-live="polite">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
        {hasSucceeded ? (
          <Alert tone="success">Реквизиты сохранены. Черновики аналитической справки и приказа уже показывают их; утверждённые справки не меняются.</Alert>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {LETTERHEAD_FIELDS.map((field) => (
          <Field
            key={field}
            className={field === "centerName" || field === "centerAddress" ? "sm:col-span-2" : undefined}
            label={LETTERHEAD_LABELS[field]}
            name={field}
            type={field === "centerPhone" ? "tel" : "text"}
            autoComplete="off"
            required={LETTERHEAD_REQUIRED.includes(field)}
            defaultValue={municipality[field] ?? ""}
            hint={HINTS[field]}
            error={errors?.[field]}
          />
        ))}
      </div>
      <p className="text-xs text-slate-500">Обязательны наименование муниципалитета, субъект РФ и наименование методического центра.</p>
      <Button type="submit" disabled={isPending}>
        {isPending ? "Сохранение…" : "Сохранить реквизиты"}
      </Button>
    </form>
  );
}
