import type { ValueFormat } from "@/components/charts/format";
import { cn } from "@/components/ui/cn";
import { formatDifference, VERDICT_LABELS, type Difference } from "@/lib/domain/results/comparison";
import type { MetricSpec } from "@/lib/domain/results";

/** How a chart prints a metric: marks with two decimals, shares in %, scores with one. */
export function chartFormatOf(spec: Pick<MetricSpec, "digits" | "percent">): ValueFormat {
  return spec.percent ? "percent" : spec.digits === 2 ? "mark" : "number";
}

/** The axis of a metric's chart: marks 2–5 from 0 to 5, scores and shares from 0 to 100. */
export function chartDomainOf(spec: Pick<MetricSpec, "digits" | "percent">): [number, number] | undefined {
  return spec.digits === 2 && !spec.percent ? [0, 5] : undefined;
}

export const PARTICIPANTS = { one: "участник", few: "участника", many: "участников" };

const TONES = { better: "text-emerald-800", worse: "text-red-700", same: "text-slate-700" } as const;

/** «−0,67» with «хуже среднего» under it: the sign and the words carry it, the colour only repeats them. */
export function DifferenceText({ spec, diff, className }: { spec: Pick<MetricSpec, "digits" | "percent">; diff: Difference | null; className?: string }) {
  if (!diff) return <span className="text-slate-500">—</span>;
  return (
    <span className={cn("inline-block whitespace-nowrap", TONES[diff.verdict], className)}>
      <span className="font-medium tabular-nums">{formatDifference(spec, diff)}</span>
      <span className="block text-xs">{VERDICT_LABELS[diff.verdict]}</span>
    </span>
  );
}
