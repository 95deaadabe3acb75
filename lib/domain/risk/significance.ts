/**
 * The suggested significance of a risk factor from its indicators' flags.
 * The rule is data (`SignificanceRule`): by default «высокая» when at least
 * half of the factor's indicators are flagged, «средняя» when at least one
 * is, «низкая» otherwise. The curator may change the result with a reason.
 */
export type Significance = "high" | "medium" | "low";

export type SignificanceRule = {
  /** Share of flagged indicators (0–1] from which the factor is «высокая». */
  highShare: number;
  /** Number of flagged indicators from which the factor is at least «средняя». */
  mediumCount: number;
};

export const DEFAULT_SIGNIFICANCE_RULE: SignificanceRule = { highShare: 0.5, mediumCount: 1 };

export function suggestSignificance(flags: readonly boolean[], rule: SignificanceRule = DEFAULT_SIGNIFICANCE_RULE): Significance {
  const flagged = flags.filter(Boolean).length;
  if (flags.length > 0 && flagged > 0 && flagged / flags.length >= rule.highShare) return "high";
  return flagged >= rule.mediumCount && flagged > 0 ? "medium" : "low";
}
