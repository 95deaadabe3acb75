"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { SIGNIFICANCES, type Significance } from "@/lib/domain/risk/significance";
import { overrideSignificanceAction } from "@/lib/features/risk-profile/actions";
import { SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";

type Assessment = { id: string; suggested: Significance; significance: Significance; overrideReason: string | null; programRequired: boolean; version: number };

/** The curator's decision on one factor: significance (reason when it differs from the rule) and the programme need. */
export function OverrideForm({ factorTitle, assessment }: { factorTitle: string; assessment: Assessment }) {
  const router = useRouter();
  const id = useId();
  const [significance, setSignificance] = useState<Significance>(assessment.significance);
  const [reason, setReason] = useState(assessment.overrideReason ?? "");
  const [programRequired, setProgramRequired] = useState(assessment.programRequired);
  const { executeAsync, result, isPending } = useAction(overrideSignificanceAction);
  const [saved, setSaved] = useState(false);
  const reasonError = result.validationErrors?.fieldErrors.overrideReason?.[0];
  const differs = significance !== assessment.suggested;

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    const res = await executeAsync({
      assessmentId: assessment.id,
      version: assessment.version,
      significance,
      overrideReason: reason,
      programRequired: significance === "high" ? true : significance === "medium" ? programRequired : false,
    });
    if (res?.data) {
      setSaved(true);
      router.refresh();
    }
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Решение куратора: ${factorTitle}`} className="mt-3 space-y-3 rounded-md border border-brand-100 bg-brand-50/40 p-3 text-sm" noValidate>
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor={`${id}-sig`} className="block font-medium text-slate-800">
            Значимость
          </label>
          <select
            id={`${id}-sig`}
            className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5"
            value={significance}
            onChange={(e) => setSignificance(e.target.value as Significance)}
          >
            {SIGNIFICANCES.map((s) => (
              <option key={s} value={s}>
                {SIGNIFICANCE_LABELS[s]}
                {s === assessment.suggested ? " (по правилу)" : ""}
              </option>
            ))}
          </select>
        </div>
        {significance === "medium" ? (
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" checked={programRequired} onChange={(e) => setProgramRequired(e.target.checked)} />
            Требуется антирисковая программа
          </label>
        ) : significance === "high" ? (
          <p className="text-slate-700">Антирисковая программа обязательна</p>
        ) : null}
      </div>
      {differs ? (
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className="block font-medium text-slate-800">
            Обоснование изменения значимости
          </label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-reason-error` : undefined}
            className={`block w-full rounded-md border bg-white px-3 py-2 ${reasonError ? "border-red-500" : "border-slate-300"}`}
          />
          {reasonError ? (
            <p id={`${id}-reason-error`} className="text-red-700">
              {reasonError}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={isPending}>
          Сохранить решение по фактору
        </Button>
        {saved ? <span role="status" className="text-emerald-800">Сохранено</span> : null}
        {result.serverError ? (
          <span role="alert" className="text-red-700">
            {result.serverError.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
