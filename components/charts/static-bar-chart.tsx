import { Fragment } from "react";
import { cn } from "@/components/ui/cn";
import { CHART_COLORS, formatValue, type ValueFormat } from "./format";
import { domainTicks, niceTicks } from "./ticks";
import type { BarSeries } from "./bar-chart";

/**
 * Bars drawn on the server in HTML and CSS: the same props as `BarChart`,
 * no client JavaScript at all (recharts weighs ~100 KB gzipped on a route),
 * nothing to hydrate, nothing that moves after load, and it reflows with
 * the page — labels stay 12 px on a phone instead of shrinking with an SVG.
 * For dashboards that must stay within a JS budget; `BarChart` remains for
 * interactive charts (tooltips).
 *
 * Values are printed on the bars; grouped series also differ by a stripe
 * pattern, stacked ones by order and white separators, so colour is never
 * the only signal. Hidden from assistive technology: the figure's table
 * carries the numbers (see ChartFigure).
 */
export function StaticBarChart({
  data,
  categoryKey,
  series,
  format = "count",
  layout = "horizontal",
  height = 240,
  domain,
  showLegend = series.length > 1,
}: {
  data: ReadonlyArray<Record<string, string | number | null>>;
  categoryKey: string;
  series: readonly BarSeries[];
  format?: ValueFormat;
  /** "vertical": categories as rows (long names); "horizontal": columns (months). */
  layout?: "horizontal" | "vertical";
  /** Plot height of the column layout; rows size themselves. */
  height?: number;
  domain?: [number, number];
  showLegend?: boolean;
}) {
  const stacked = series.some((s) => s.stackId);
  const valueOf = (row: Record<string, string | number | null>, key: string) => {
    const v = row[key];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  const totals = data.map((row) => (stacked ? series.reduce((n, s) => n + Math.max(0, valueOf(row, s.key) ?? 0), 0) : Math.max(0, ...series.map((s) => valueOf(row, s.key) ?? 0))));
  const ticks = domain ? domainTicks(domain) : niceTicks(Math.max(0, ...totals), { integer: format === "count" });
  const top = ticks[ticks.length - 1] || 1;
  const pct = (v: number) => `${Math.min(100, Math.max(0, (v / top) * 100))}%`;
  const fill = (i: number) => ({ backgroundColor: series[i].color ?? CHART_COLORS[i % CHART_COLORS.length], backgroundImage: stacked ? undefined : PATTERNS[i % PATTERNS.length] });
  const label = (v: number | null) => (v === null ? "" : formatValue(v, format));

  const legend = showLegend ? (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-slate-700">
      {series.map((s, i) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 shrink-0 rounded-sm" style={fill(i)} />
          {s.name}
        </li>
      ))}
    </ul>
  ) : null;

  if (layout === "horizontal") {
    return (
      <div aria-hidden="true" className="w-full text-xs text-slate-700">
        <div className="relative flex items-end gap-1 border-b border-slate-400 pt-5" style={{ height }}>
          <div className="pointer-events-none absolute inset-x-0 bottom-0 top-5">
            {ticks.slice(1).map((t) => (
              <div key={t} className="absolute inset-x-0 border-t border-dashed border-slate-200" style={{ bottom: pct(t) }} />
            ))}
          </div>
          {data.map((row, r) => (
            <div key={r} className="relative flex h-full min-w-0 flex-1 items-end justify-center gap-0.5">
              {series.map((s, i) => {
                const v = valueOf(row, s.key);
                return (
                  <div key={s.key} className="flex h-full max-w-10 min-w-0 flex-1 flex-col items-center justify-end">
                    <span className="mb-0.5 whitespace-nowrap text-[11px] leading-none">{v ? label(v) : ""}</span>
                    <div className="w-full shrink-0 rounded-t-sm" style={{ ...fill(i), height: v ? pct(v) : 0 }} />
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div className="mt-1 flex gap-1">
          {data.map((row, r) => (
            <div key={r} className="min-w-0 flex-1 truncate text-center">
              {String(row[categoryKey] ?? "")}
            </div>
          ))}
        </div>
        {legend}
      </div>
    );
  }

  const grid = (
    <div className="pointer-events-none absolute inset-y-0 left-0 right-14">
      {ticks.slice(1).map((t) => (
        <div key={t} className="absolute inset-y-0 border-l border-dashed border-slate-200" style={{ left: pct(t) }} />
      ))}
    </div>
  );
  return (
    <div aria-hidden="true" className="w-full text-xs text-slate-700">
      <div className="grid grid-cols-[minmax(0,7rem)_minmax(0,1fr)] sm:grid-cols-[minmax(0,10rem)_minmax(0,1fr)]">
        {data.map((row, r) => (
          <Fragment key={r}>
            <div className="flex items-center justify-end py-2 pr-2 text-right leading-tight [overflow-wrap:anywhere]">{String(row[categoryKey] ?? "")}</div>
            <div className="relative border-l border-slate-400 py-2">
              {grid}
              <div className="relative mr-14 space-y-0.5">
                {stacked ? (
                  <div className="flex h-6 overflow-hidden rounded-r-sm" style={{ width: pct(totals[r]) }}>
                    {series.map((s, i) => {
                      const v = valueOf(row, s.key);
                      if (!v) return null;
                      return (
                        <div
                          key={s.key}
                          className="flex min-w-0 items-center justify-center overflow-hidden border-r border-white text-[11px] font-medium text-white last:border-r-0"
                          style={{ ...fill(i), width: `${(v / totals[r]) * 100}%` }}
                        >
                          {label(v)}
                        </div>
                      );
                    })}
                  </div>
                ) : (
                  series.map((s, i) => {
                    const v = valueOf(row, s.key);
                    return (
                      <div key={s.key} className="relative h-5">
                        <div className="h-full rounded-r-sm" style={{ ...fill(i), width: v ? pct(v) : 0 }} />
                        <span className="absolute top-1/2 -translate-y-1/2 whitespace-nowrap pl-1 text-[11px] leading-none" style={{ left: v ? pct(v) : 0 }}>
                          {v === null ? "—" : label(v)}
                        </span>
                      </div>
                    );
                  })
                )}
              </div>
            </div>
          </Fragment>
        ))}
        <div />
        <div className="relative mr-14 h-5 border-t border-slate-400">
          {ticks.map((t, i) => (
            <span
              key={t}
              // On a phone every other tick label: five of them do not fit in ~150 px.
              className={cn("absolute top-1 whitespace-nowrap", i === 0 ? "" : "-translate-x-1/2", i % 2 === 1 && i !== ticks.length - 1 && "max-sm:hidden")}
              style={{ left: pct(t) }}
            >
              {formatValue(t, format === "mark" ? "number" : format)}
            </span>
          ))}
        </div>
      </div>
      {legend}
    </div>
  );
}

/** Stripes over the series colour from the second series on (the first is solid). */
const PATTERNS = [
  undefined,
  "repeating-linear-gradient(135deg, rgba(255,255,255,0.45) 0 3px, transparent 3px 7px)",
  "repeating-linear-gradient(90deg, rgba(255,255,255,0.45) 0 2px, transparent 2px 6px)",
  "repeating-linear-gradient(45deg, rgba(255,255,255,0.45) 0 1px, transparent 1px 4px)",
] as const;

/**
 * The height a row chart will take (for its Suspense skeleton): rows of
 * `seriesCount` bars (one when stacked), the axis and a legend line.
 */
export function staticBarChartHeight(rows: number, seriesCount = 1, { stacked = false, legend = seriesCount > 1 } = {}): number {
  const row = stacked ? 40 : seriesCount * 22 + 16;
  return rows * row + 20 + (legend ? 32 : 0);
}
