import { Badge, type BadgeTone } from "@/components/ui/badge";
import { flagText, type CatalogueIndicator } from "@/lib/domain/risk/indicator-value";
import { SIGNIFICANCE_CONSEQUENCES, type Significance } from "@/lib/domain/risk/significance";
import { SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";

export const SIGNIFICANCE_TONES: Record<Significance, BadgeTone> = { high: "danger", medium: "warning", low: "success" };

/** The «*» of a flagged value with its meaning in words. */
export function FlagMark({ indicator }: { indicator: Pick<CatalogueIndicator, "unit" | "direction"> }) {
  return (
    <p className="mt-1 text-sm font-medium text-red-700">
      <span aria-hidden="true">* </span>
      {flagText(indicator)}
    </p>
  );
}

/** «Высокая — требуется принятие мер». */
export function SignificanceWithConsequence({ significance }: { significance: Significance }) {
  return (
    <span>
      <Badge tone={SIGNIFICANCE_TONES[significance]}>{SIGNIFICANCE_LABELS[significance]}</Badge>{" "}
      <span className="text-slate-700">— {SIGNIFICANCE_CONSEQUENCES[significance]}</span>
    </span>
  );
}
