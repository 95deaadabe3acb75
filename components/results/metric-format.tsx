import type { ValueFormat } from "@/components/charts/format";
import { cn } from "@/components/ui/cn";
import { formatDifference, VERDICT_LABELS, type Difference } from "@/lib/domain/results/comparison";
import type { MetricSpec } from "@/lib/domain/results";

/** How a chart prints a metric: marks with two decimals, shares in %, scores with one. */
export function chartFormatOf(spec: Pick<MetricSpec, "digits" | "percent">): ValueFormat {
  return spec.percent ? "percent" : spec.digits === 2 ? "mark" : "number";
}

const isMark = (spec: Pick<MetricSpec, "digits" | "percent">) => spec.digits === 2 && !spec.percent;

/** The value axis of a metric's bars: scores 0–100; marks and shares from 0 to what the data needs. */
export function chartDomainOf(spec: Pick<MetricSpec, "digits" | "percent">): [number, number] | undefined {
  return isMark(spec) || spec.percent ? undefined : [0, 100];
}

/** Keeps «№ 21» and «4,3 %» on one line in running text and names. */
export function nb(text: string): string {
  return text.replace(/№ /g, "№\u00a0").replace(/ %/g, "\u00a0%");
}

/** The value axis of a metric's lines over the years: the mark's scale 2–5, scores 0–100, shares from 0 — never a zoom that makes 0,01 look like a fall. */
export function lineDomainOf(spec: Pick<MetricSpec, "digits" | "percent">): [number | "auto", number | "auto"] {
  return isMark(spec) ? [2, 5] : spec.percent ? [0, "auto"] : [0, 100];
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
