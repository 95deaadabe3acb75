"use client";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, TextareaField } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { MEASURE_FIELD_LABELS } from "@/lib/domain/documents/fields";
import { addMeasureAction, deleteMeasureAction, updateMeasureAction } from "@/lib/features/documents/actions";
import { MEASURE_FIELD_NAMES } from "@/lib/features/documents/measure-fields";
import type { EditorMeasure } from "@/lib/features/documents/queries";
import { ActionFeedback } from "./action-feedback";
import { useDocumentVersion } from "./version-context";

const EMPTY: Omit<EditorMeasure, "id"> = {
  title: "",
  deadline: "",
  responsible: "",
  participants: "",
  expectedResult: "",
  indicatorName: "",
  indicatorUnit: "",
  baseline: "",
  target: "",
  reportForm: "",
};

type Props = { documentId: string; taskId: string; label: string; bounds: { from: string; to: string } } & ({ measure: EditorMeasure } | { measure?: undefined });

/** One measure's fields: a new measure of the task, or an existing one (with delete). */
export function MeasureForm({ documentId, taskId, label, bounds, measure }: Props) {
  const { version, setVersion } = useDocumentVersion();
  const onSuccess = ({ data }: { data?: { version: number } }) => data && setVersion(data.version);
  const add = useCreateAction(addMeasureAction, { onSuccess });
  const update = useAction(updateMeasureAction, { onSuccess });
  const remove = useAction(deleteMeasureAction, { onSuccess });
  const current = measure ? update : add;
  const errors = current.result.validationErrors?.fieldErrors;
  const v = measure ?? EMPTY;
  const pending = current.isPending || remove.isPending;

  return (
    <form
      aria-label={label}
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const fields = readForm(form, MEASURE_FIELD_NAMES);
        if (measure) update.execute({ documentId, version, measureId: measure.id, ...fields });
        else
          add.executeAsync({ documentId, version, taskId, ...fields }).then((r) => {
            if (r?.data) form.reset();
          });
      }}
    >
      <TextareaField label={MEASURE_FIELD_LABELS.title} name="title" rows={2} defaultValue={v.title} error={errors?.title} />
      <div className="grid gap-3 md:grid-cols-3">
        <Field label={MEASURE_FIELD_LABELS.deadline} name="deadline" type="date" min={bounds.from} max={bounds.to} defaultValue={v.deadline} error={errors?.deadline} />
        <Field label={MEASURE_FIELD_LABELS.responsible} name="responsible" defaultValue={v.responsible} error={errors?.responsible} className="md:col-span-2" />
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <TextareaField label={MEASURE_FIELD_LABELS.participants} name="participants" rows={2} defaultValue={v.participants} error={errors?.participants} />
        <TextareaField label={MEASURE_FIELD_LABELS.expectedResult} name="expectedResult" rows={2} defaultValue={v.expectedResult} error={errors?.expectedResult} />
      </div>
      <div className="grid gap-3 md:grid-cols-4">
        <Field label={MEASURE_FIELD_LABELS.indicatorName} name="indicatorName" defaultValue={v.indicatorName} error={errors?.indicatorName} className="md:col-span-4" />
        <Field label={MEASURE_FIELD_LABELS.indicatorUnit} name="indicatorUnit" defaultValue={v.indicatorUnit} error={errors?.indicatorUnit} hint="например, %, баллы, чел." />
        <Field label={MEASURE_FIELD_LABELS.baseline} name="baseline" inputMode="decimal" defaultValue={v.baseline} error={errors?.baseline} hint="например, 66,5" />
        <Field label={MEASURE_FIELD_LABELS.target} name="target" inputMode="decimal" defaultValue={v.target} error={errors?.target} />
        <Field label={MEASURE_FIELD_LABELS.reportForm} name="reportForm" defaultValue={v.reportForm} error={errors?.reportForm} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {measure ? "Сохранить мероприятие" : "Добавить мероприятие"}
        </Button>
        {measure ? (
          <ConfirmDialog
            trigger="Удалить мероприятие"
            title={`Удалить мероприятие «${measure.title}»?`}
            description="Мероприятие будет удалено из документа. В отправленных ранее редакциях оно сохранится."
            confirmLabel="Удалить"
            disabled={pending}
            onConfirm={() => remove.execute({ documentId, version, measureId: measure.id })}
          />
        ) : null}
        <ActionFeedback
          serverError={current.result.serverError?.message ?? remove.result.serverError?.message}
          formErrors={current.result.validationErrors?.formErrors}
          saved={!!measure && update.hasSucceeded && !update.isPending}
        />
      </div>
    </form>
  );
}
