"use client";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, SelectField } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { COMPETENCIES } from "@/lib/domain/competency";
import type { Competency, EventFormat, IomActivityKind } from "@/lib/db/generated/enums";
import { deleteIomActivityAction, saveIomActivityAction } from "@/lib/features/iom/actions";
import { COMPETENCY_LABELS, EVENT_FORMAT_LABELS, IOM_ACTIVITY_KIND_LABELS } from "@/lib/i18n/labels";

const FIELDS = ["competency", "kind", "title", "format", "hours", "provider", "plannedStart", "plannedEnd"] as const;
const day = (d: Date | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : "");

export type ActivityValues = {
  id: string;
  version: number;
  competency: Competency;
  kind: IomActivityKind;
  title: string;
  format: EventFormat | null;
  hours: number | null;
  provider: string | null;
  plannedStart: Date | null;
  plannedEnd: Date | null;
};

/** Adds an activity to a route, or edits one (`activity` given). */
export function ActivityForm({
  iomId,
  iomVersion,
  activity,
  defaultCompetency,
  onDone,
}: {
  iomId: string;
  iomVersion: number;
  activity?: ActivityValues;
  defaultCompetency?: Competency;
  onDone?: () => void;
}) {
  const { execute, result, isPending } = useCreateAction(saveIomActivityAction, {
    onSuccess: () => onDone?.(),
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        const v = readForm(e.currentTarget, FIELDS);
        execute({
          ...v,
          competency: v.competency as Competency,
          kind: v.kind as IomActivityKind,
          iomId,
          iomVersion,
          ...(activity ? { activityId: activity.id, activityVersion: activity.version } : {}),
        });
      }}
    >
      <SelectField
        label="Компетенция (дефицит)"
        name="competency"
        defaultValue={activity?.competency ?? defaultCompetency ?? "methodological"}
        error={errors.competency}
        options={COMPETENCIES.map((c) => ({ value: c, label: COMPETENCY_LABELS[c] }))}
      />
      <SelectField
        label="Вид мероприятия"
        name="kind"
        defaultValue={activity?.kind ?? "course"}
        error={errors.kind}
        options={Object.entries(IOM_ACTIVITY_KIND_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <Field className="sm:col-span-2" label="Название" name="title" defaultValue={activity?.title ?? ""} error={errors.title} />
      <SelectField
        label="Форма"
        name="format"
        defaultValue={activity?.format ?? ""}
        error={errors.format}
        options={[{ value: "", label: "—" }, ...Object.entries(EVENT_FORMAT_LABELS).map(([value, label]) => ({ value, label }))]}
      />
      <Field label="Часов (для курсов)" name="hours" inputMode="numeric" defaultValue={activity?.hours ?? ""} error={errors.hours} />
      <Field className="sm:col-span-2" label="Организация (для курсов — например, ИРО)" name="provider" defaultValue={activity?.provider ?? ""} error={errors.provider} />
      <Field label="Начало" name="plannedStart" type="date" defaultValue={day(activity?.plannedStart)} error={errors.plannedStart} />
      <Field label="Окончание" name="plannedEnd" type="date" defaultValue={day(activity?.plannedEnd)} error={errors.plannedEnd} />
      {result.serverError ? (
        <Alert tone="error" className="sm:col-span-2">
          {result.serverError.message}
        </Alert>
      ) : null}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isPending}>
          {activity ? "Сохранить мероприятие" : "Добавить мероприятие"}
        </Button>
      </div>
    </form>
  );
}

export function DeleteActivityButton({ iomId, iomVersion, activityId, title }: { iomId: string; iomVersion: number; activityId: string; title: string }) {
  const { execute, result, isPending } = useAction(deleteIomActivityAction);
  return (
    <div>
      <ConfirmDialog
        trigger="Удалить"
        title="Удалить мероприятие?"
        description={`«${title}» будет удалено из маршрута.`}
        confirmLabel="Удалить"
        disabled={isPending}
        onConfirm={() => execute({ iomId, iomVersion, activityId })}
      />
      {result.serverError ? (
        <p role="alert" className="text-xs text-red-700">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
