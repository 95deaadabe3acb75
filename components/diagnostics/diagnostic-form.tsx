"use client";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { readForm } from "@/components/ui/read-form";
import { COMPETENCIES } from "@/lib/domain/competency";
import { saveDiagnosticAction } from "@/lib/features/diagnostics/actions";
import { DIAGNOSTIC_FIELDS } from "@/lib/features/diagnostics/fields";
import { COMPETENCY_LABELS, DIAGNOSTIC_KIND_LABELS } from "@/lib/i18n/labels";

type Props = {
  cycleId: string;
  kind: "entry" | "repeat";
  teacherId?: string;
  teachers: { id: string; name: string; school: string }[];
  existing: (Record<(typeof COMPETENCIES)[number], number> & { date: string; version: number }) | null;
};

export function DiagnosticForm({ cycleId, kind, teacherId, teachers, existing }: Props) {
  const router = useRouter();
  const { execute, result, isPending, hasSucceeded } = useCreateAction(saveDiagnosticAction, {
    onSuccess: () => router.push("/diagnostics?saved=1"),
  });
  const errors = result.validationErrors?.fieldErrors ?? {};
  return (
    <form
      className="max-w-2xl space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const values = readForm(e.currentTarget, DIAGNOSTIC_FIELDS);
        execute({ ...values, kind: values.kind as "entry" | "repeat", version: existing?.version });
      }}
    >
      <input type="hidden" name="cycleId" value={cycleId} />
      <SelectField
        label="Педагог"
        name="teacherId"
        defaultValue={teacherId ?? ""}
        error={errors.teacherId}
        onChange={(e) => router.push(`/diagnostics/record?cycle=${cycleId}&kind=${kind}&teacher=${e.currentTarget.value}`)}
        options={[{ value: "", label: "— выберите педагога —" }, ...teachers.map((t) => ({ value: t.id, label: `${t.name} (${t.school})` }))]}
      />
      <SelectField
        label="Вид диагностики"
        name="kind"
        defaultValue={kind}
        error={errors.kind}
        onChange={(e) => router.push(`/diagnostics/record?cycle=${cycleId}&kind=${e.currentTarget.value}${teacherId ? `&teacher=${teacherId}` : ""}`)}
        options={(["entry", "repeat"] as const).map((k) => ({ value: k, label: DIAGNOSTIC_KIND_LABELS[k] }))}
      />
      <Field label="Дата проведения" name="date" type="date" required defaultValue={existing?.date ?? ""} error={errors.date} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">Уровень сформированности компетенций, % (0–100)</legend>
        {COMPETENCIES.map((c) => (
          <Field
            key={`${c}-${existing?.version ?? 0}-${teacherId}`}
            label={`${COMPETENCY_LABELS[c]}, %`}
            name={c}
            inputMode="decimal"
            required
            defaultValue={existing ? String(existing[c]).replace(".", ",") : ""}
            error={errors[c]}
          />
        ))}
      </fieldset>
      {existing ? <p className="text-sm text-slate-600">Результаты уже внесены — сохранение заменит их (изменение попадёт в журнал).</p> : null}
      {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
      {hasSucceeded ? <Alert tone="success">Сохранено.</Alert> : null}
      <Button type="submit" disabled={isPending || !teacherId}>
        Сохранить
      </Button>
    </form>
  );
}
