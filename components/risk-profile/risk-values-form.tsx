"use client";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { assessFactors, indicatorValueError, thresholdText, type CatalogueFactor, type CatalogueIndicator } from "@/lib/domain/risk/indicator-value";
import type { SignificanceRule } from "@/lib/domain/risk/significance";
import { INDICATOR_UNIT_LABELS } from "@/lib/i18n/labels";
import { saveRiskProfileDraftAction, submitRiskProfileAction } from "@/lib/features/risk-profile/actions";
import { FlagMark, SignificanceWithConsequence } from "./risk-bits";

type Props = {
  cycleSchoolId: string;
  profileId: string | null;
  version: number | null;
  factors: CatalogueFactor[];
  values: Record<string, number | null>;
  rule: SignificanceRule;
};

const toText = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value).replace(".", ","));

/** "46,5" → 46.5; "" → null; garbage → NaN. */
function parse(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (t === "") return null;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The school admin team fills the start diagnostics: one section per factor, saved as a draft, then submitted. */
export function RiskValuesForm({ cycleSchoolId, profileId, version, factors, values, rule }: Props) {
  const router = useRouter();
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(factors.flatMap((f) => f.indicators).map((ind) => [ind.id, toText(values[ind.id])])),
  );
  const [current, setCurrent] = useState({ profileId, version });
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const save = useAction(saveRiskProfileDraftAction);
  const submit = useAction(submitRiskProfileAction);
  const pending = save.isPending || submit.isPending;

  const parsed = useMemo(() => Object.fromEntries(Object.entries(texts).map(([id, t]) => [id, parse(t)])), [texts]);
  const localErrors = useMemo(() => {
    const errors: Record<string, string> = {};
    for (const ind of factors.flatMap((f) => f.indicators)) {
      const v = parsed[ind.id];
      if (v === null || v === undefined) continue;
      const error = indicatorValueError(ind.unit, v);
      if (error) errors[ind.id] = error;
    }
    return errors;
  }, [parsed, factors]);
  const assessments = useMemo(() => {
    const valid = Object.fromEntries(Object.entries(parsed).map(([id, v]) => [id, v !== null && localErrors[id] === undefined ? v : null]));
    return assessFactors(factors, valid, rule);
  }, [parsed, localErrors, factors, rule]);

  const serverErrors = (save.result.validationErrors as { valueErrors?: Record<string, string[]> } | undefined)?.valueErrors ?? {};

  async function saveDraft(): Promise<{ profileId: string; version: number } | null> {
    setMessage(null);
    if (Object.keys(localErrors).length) {
      setMessage({ tone: "error", text: "Исправьте значения показателей, отмеченные ниже." });
      return null;
    }
    const result = await save.executeAsync({ cycleSchoolId, version: current.version, values: parsed as Record<string, number | null> });
    if (result?.data) {
      setCurrent({ profileId: result.data.profileId, version: result.data.version });
      return result.data;
    }
    setMessage({ tone: "error", text: result?.serverError?.message ?? "Исправьте значения показателей, отмеченные ниже." });
    return null;
  }

  async function onSave() {
    if (await saveDraft()) {
      setMessage({ tone: "success", text: "Черновик сохранён." });
      router.refresh();
    }
  }

  async function onSubmit() {
    const saved = await saveDraft();
    if (!saved) return;
    const result = await submit.executeAsync({ profileId: saved.profileId, version: saved.version });
    if (result?.data) {
      setMessage({ tone: "success", text: "Профиль отправлен на проверку куратору." });
      router.refresh();
    } else {
      setMessage({ tone: "error", text: result?.serverError?.message ?? "Не удалось отправить профиль." });
      router.refresh();
    }
  }

  return (
    <form
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
      noValidate
    >
      {factors.map((factor, i) => (
        <fieldset key={factor.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-lg font-semibold text-slate-900">
            {factor.code}. {factor.title}
          </legend>
          <div className="mt-2 grid gap-4 md:grid-cols-2">
            {factor.indicators.map((ind) => (
              <IndicatorInput
                key={ind.id}
                indicator={ind}
                text={texts[ind.id] ?? ""}
                error={localErrors[ind.id] ?? serverErrors[ind.id]?.[0]}
                flagged={assessments[i]!.flags[ind.id] ?? false}
                onChange={(text) => setTexts((prev) => ({ ...prev, [ind.id]: text }))}
              />
            ))}
          </div>
          <p className="mt-4 text-sm text-slate-700">
            Предлагаемая значимость: <SignificanceWithConsequence significance={assessments[i]!.suggested} />
          </p>
        </fieldset>
      ))}

      {message ? <Alert tone={message.tone === "error" ? "error" : "success"}>{message.text}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          Сохранить черновик
        </Button>
        <Button type="button" disabled={pending} onClick={() => void onSubmit()}>
          Отправить на проверку куратору
        </Button>
      </div>
    </form>
  );
}

function IndicatorInput({
  indicator,
  text,
  error,
  flagged,
  onChange,
}: {
  indicator: CatalogueIndicator;
  text: string;
  error?: string;
  flagged: boolean;
  onChange: (text: string) => void;
}) {
  const label = `${indicator.code} ${indicator.title}`;
  if (indicator.unit === "boolean") {
    const name = `indicator-${indicator.id}`;
    return (
      <fieldset className="space-y-1" aria-invalid={error ? true : undefined}>
        <legend className="text-sm font-medium text-slate-800">{label}</legend>
        <div className="flex gap-4 text-sm">
          {[
            ["1", "да"],
            ["0", "нет"],
          ].map(([value, caption]) => (
            <label key={value} className="inline-flex items-center gap-1">
              <input type="radio" name={name} value={value} checked={text === value} onChange={() => onChange(value!)} />
              {caption}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500">{thresholdText(indicator)}</p>
        {flagged ? <FlagMark indicator={indicator} /> : null}
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
      </fieldset>
    );
  }
  return (
    <div>
      <Field
        label={label}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(event) => onChange(event.target.value)}
        error={error}
        hint={`${INDICATOR_UNIT_LABELS[indicator.unit]}, от 0 до 100; ${thresholdText(indicator)}`}
      />
      {flagged ? <FlagMark indicator={indicator} /> : null}
    </div>
  );
}
