/**
 * The suggested significance of a risk factor from its indicators' flags.
 * The rule is data (`SignificanceRule`, stored in the Setting
 * `risk.significanceRule`): by default «высокая» when at least half of the
 * factor's indicators are flagged, «средняя» when at least one is, «низкая»
 * otherwise. The curator may change the result with a reason.
 */
export type Significance = "high" | "medium" | "low";

export const SIGNIFICANCES = ["high", "medium", "low"] as const satisfies readonly Significance[];

export type SignificanceRule = {
  /** Share of flagged indicators (0–1] from which the factor is «высокая». */
  highShare: number;
  /** Number of flagged indicators from which the factor is at least «средняя». */
  mediumCount: number;
};

export const DEFAULT_SIGNIFICANCE_RULE: SignificanceRule = { highShare: 0.5, mediumCount: 1 };

/** The Setting key that holds the rule as JSON (`{ "highShare": 0.5, "mediumCount": 1 }`). */
export const SIGNIFICANCE_RULE_SETTING = "risk.significanceRule";

export function suggestSignificance(flags: readonly boolean[], rule: SignificanceRule = DEFAULT_SIGNIFICANCE_RULE): Significance {
  const flagged = flags.filter(Boolean).length;
  if (flags.length > 0 && flagged > 0 && flagged / flags.length >= rule.highShare) return "high";
  return flagged >= rule.mediumCount && flagged > 0 ? "medium" : "low";
}

/**
 * The rule from a stored Setting value; anything malformed (missing,
 * non-numeric, out of range) falls back to the default field by field.
 */
export function parseSignificanceRule(value: unknown): SignificanceRule {
  const raw = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  const highShare = typeof raw.highShare === "number" && raw.highShare > 0 && raw.highShare <= 1 ? raw.highShare : DEFAULT_SIGNIFICANCE_RULE.highShare;
  const mediumCount =
    typeof raw.mediumCount === "number" && Number.isInteger(raw.mediumCount) && raw.mediumCount >= 1 ? raw.mediumCount : DEFAULT_SIGNIFICANCE_RULE.mediumCount;
  return { highShare, mediumCount };
}

/** What a significance means for the school and the curator (shown next to every factor). */
export const SIGNIFICANCE_CONSEQUENCES: Record<Significance, string> = {
  high: "требуется принятие мер",
  medium: "требуется дополнительная оценка куратором",
  low: "возможна дополнительная оценка куратором",
};

function shareText(share: number): string {
  if (share === 0.5) return "не менее половины";
  if (share === 1) return "все";
  return `не менее ${new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 }).format(share * 100)} %`;
}

/** The rule in Russian, one line per level, for the legend on screen. */
export function describeSignificanceRule(rule: SignificanceRule): Record<Significance, string> {
  const medium = rule.mediumCount === 1 ? "хотя бы один показатель" : `не менее ${rule.mediumCount} показателей`;
  return {
    high: `отмечены «*» ${shareText(rule.highShare)} показателей фактора`,
    medium: `отмечен «*» ${medium}, но меньше, чем для высокой`,
    low: "остальные случаи (в том числе ни один показатель не отмечен)",
  };
}

/**
 * Whether the factor needs an anti-risk programme: always for «высокая»;
 * for «средняя» when the curator marked it; never for «низкая».
 */
export function isProgramRequired(significance: Significance, markedByCurator: boolean): boolean {
  if (significance === "high") return true;
  if (significance === "medium") return markedByCurator;
  return false;
}
