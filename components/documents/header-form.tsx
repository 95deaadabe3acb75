"use client";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { Field, TextareaField } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { HEADER_FIELD_LABELS } from "@/lib/domain/documents/fields";
import { updateDocumentHeaderAction } from "@/lib/features/documents/actions";
import { ActionFeedback } from "./action-feedback";
import { useDocumentVersion } from "./version-context";

const NAMES = ["title", "periodFrom", "periodTo", "mission", "goal", "desiredState", "analysis"] as const;

export type HeaderValues = { title: string; periodFrom: number | null; periodTo: number | null; mission: string | null; goal: string | null; desiredState: string | null; analysis: string | null };

export function HeaderForm({ documentId, kind, values }: { documentId: string; kind: DocumentKind; values: HeaderValues }) {
  const { version, setVersion } = useDocumentVersion();
  const { execute, result, isPending, hasSucceeded } = useAction(updateDocumentHeaderAction, { onSuccess: ({ data }) => data && setVersion(data.version) });
  const errors = result.validationErrors?.fieldErrors;
  const concept = kind === "concept";
  return (
    <form
      aria-label="Общие сведения документа"
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ documentId, version, ...readForm(e.currentTarget, NAMES) });
      }}
    >
      <Field label={HEADER_FIELD_LABELS.title} name="title" defaultValue={values.title} error={errors?.title} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Период реализации: с (год)" name="periodFrom" inputMode="numeric" defaultValue={values.periodFrom ?? ""} error={errors?.periodFrom} />
        <Field label="по (год)" name="periodTo" inputMode="numeric" defaultValue={values.periodTo ?? ""} error={errors?.periodTo} />
      </div>
      {concept ? <TextareaField label={HEADER_FIELD_LABELS.mission} name="mission" defaultValue={values.mission ?? ""} error={errors?.mission} /> : <input type="hidden" name="mission" value={values.mission ?? ""} />}
      <TextareaField label={concept ? "Стратегическая цель" : HEADER_FIELD_LABELS.goal} name="goal" defaultValue={values.goal ?? ""} error={errors?.goal} />
      {concept ? (
        <TextareaField label={HEADER_FIELD_LABELS.desiredState} name="desiredState" rows={5} defaultValue={values.desiredState ?? ""} error={errors?.desiredState} />
      ) : (
        <input type="hidden" name="desiredState" value={values.desiredState ?? ""} />
      )}
      {/* An anti-risk programme carried over from last year gets its reasons here (decision 044). */}
      {concept || kind === "anti_risk_program" ? (
        <TextareaField label={HEADER_FIELD_LABELS.analysis} name="analysis" rows={5} defaultValue={values.analysis ?? ""} error={errors?.analysis} />
      ) : (
        <input type="hidden" name="analysis" value={values.analysis ?? ""} />
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={isPending}>
          Сохранить общие сведения
        </Button>
        <ActionFeedback serverError={result.serverError?.message} formErrors={result.validationErrors?.formErrors} saved={hasSucceeded && !isPending} />
      </div>
    </form>
  );
}
