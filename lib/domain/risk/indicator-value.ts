/**
 * Indicator values of the start diagnostics: ranges per unit, the «*» flag
 * of each value, the missing list before submitting and the suggested
 * significance of each factor. Pure: no I/O.
 */
import { isIndicatorFlagged, type RiskDirection } from "./flag";
import { suggestSignificance, type Significance, type SignificanceRule } from "./significance";

export type IndicatorUnit = "score" | "percent" | "boolean";

export type CatalogueIndicator = {
  id: string;
  code: string;
  title: string;
  unit: IndicatorUnit;
  direction: RiskDirection;
  threshold: number;
};

export type CatalogueFactor = { id: string; code: number; title: string; indicators: readonly CatalogueIndicator[] };

/**
 * The Russian error for a value of this unit, or null when it is valid.
 * Score and percent: 0–100 with at most two decimals; boolean: 1 «да» or 0 «нет».
 */
export function indicatorValueError(unit: IndicatorUnit, value: number): string | null {
  if (!Number.isFinite(value)) return "Введите число";
  if (unit === "boolean") return value === 0 || value === 1 ? null : "Выберите «да» или «нет»";
  if (value < 0 || value > 100) return unit === "percent" ? "Доля — от 0 до 100 %" : "Балл — от 0 до 100";
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return "Не больше двух знаков после запятой";
  return null;
}

/** The threshold as the school reads it: «порог: не ниже 50 баллов», «риск: «да»». */
export function thresholdText(indicator: Pick<CatalogueIndicator, "unit" | "direction" | "threshold">): string {
  const { unit, direction, threshold } = indicator;
  if (unit === "boolean") {
    const riskWhenYes = isIndicatorFlagged(1, direction, threshold);
    return `риск при ответе «${riskWhenYes ? "да" : "нет"}»`;
  }
  const number = new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 2 }).format(threshold);
  const suffix = unit === "percent" ? " %" : "";
  return `порог: ${direction === "below" ? "не ниже" : "не выше"} ${number}${suffix}`;
}

/** The accessible text of the «*» mark. */
export function flagText(indicator: Pick<CatalogueIndicator, "unit" | "direction">): string {
  if (indicator.unit === "boolean") return "значение указывает на риск";
  return indicator.direction === "below" ? "ниже порога" : "выше порога";
}

export type FactorAssessment = {
  factorId: string;
  flags: Record<string, boolean>;
  flaggedCount: number;
  suggested: Significance;
};

/** Flags of every indicator and the suggested significance of every factor. Missing values are not flagged. */
export function assessFactors(
  factors: readonly CatalogueFactor[],
  values: Readonly<Record<string, number | null | undefined>>,
  rule: SignificanceRule,
): FactorAssessment[] {
  return factors.map((factor) => {
    const flags: Record<string, boolean> = {};
    for (const ind of factor.indicators) flags[ind.id] = isIndicatorFlagged(values[ind.id] ?? null, ind.direction, ind.threshold);
    const list = factor.indicators.map((ind) => flags[ind.id]!);
    return { factorId: factor.id, flags, flaggedCount: list.filter(Boolean).length, suggested: suggestSignificance(list, rule) };
  });
}

/** Indicators without a value, in catalogue order. */
export function missingIndicators(factors: readonly CatalogueFactor[], values: Readonly<Record<string, number | null | undefined>>): CatalogueIndicator[] {
  return factors.flatMap((f) => f.indicators.filter((ind) => values[ind.id] === null || values[ind.id] === undefined));
}

/** How many missing indicators the message names before «и ещё N». */
const MISSING_LISTED = 5;

/** «Не заполнены показатели: 1.3 «…», 2.1 «…»»; past five, «Не заполнено показателей: 40 — … и ещё 35». */
export function missingMessage(missing: readonly Pick<CatalogueIndicator, "code" | "title">[]): string {
  const names = (items: readonly Pick<CatalogueIndicator, "code" | "title">[]) => items.map((ind) => `${ind.code} «${ind.title}»`).join(", ");
  const tail = "Заполните все показатели, чтобы отправить профиль на проверку.";
  if (missing.length > MISSING_LISTED) {
    return `Не заполнено показателей: ${missing.length} — ${names(missing.slice(0, MISSING_LISTED))} и ещё ${missing.length - MISSING_LISTED}. ${tail}`;
  }
  return `${missing.length === 1 ? "Не заполнен показатель" : "Не заполнены показатели"}: ${names(missing)}. ${tail}`;
}
