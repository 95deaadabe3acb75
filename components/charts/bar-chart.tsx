"use client";
import { useState } from "react";
import { Bar, BarChart as RBarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS, formatValue, type ValueFormat } from "./format";
import { legendText } from "./legend";

export type BarSeries = { key: string; name: string; color?: string; stackId?: string };

/**
 * Bars for categories (schools, statuses, event types), one bar per series,
 * values printed on the bars. `layout="vertical"` lays categories out as
 * rows, for long names. Hidden from assistive technology: the figure's
 * table carries the numbers (see ChartFigure).
 *
 * On a narrow container (a phone) the category axis takes less room and a
 * crowded row of category ticks is thinned out; counts never get
 * fractional ticks.
 */
export function BarChart({
  data,
  categoryKey,
  series,
  format = "count",
  layout = "horizontal",
  height = 288,
  domain,
  showLegend = series.length > 1,
}: {
  data: ReadonlyArray<Record<string, string | number | null>>;
  categoryKey: string;
  series: readonly BarSeries[];
  format?: ValueFormat;
  layout?: "horizontal" | "vertical";
  height?: number;
  domain?: [number, number];
  showLegend?: boolean;
}) {
  const vertical = layout === "vertical";
  const tick = (v: number) => formatValue(v, format);
  const [width, setWidth] = useState<number | null>(null);
  const narrow = width !== null && width < 480;
  const allowDecimals = format !== "count";
  // Room for a value printed beside the longest bar («100 %»).
  const right = vertical ? 56 : 24;
  const crowded = width !== null && !vertical && (width - 72) / Math.max(1, data.length) < 40;
  return (
    <div className="w-full" style={{ height }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" onResize={(w) => setWidth(w)}>
        <RBarChart data={[...data]} layout={vertical ? "vertical" : "horizontal"} margin={{ top: 16, right, left: 0, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={!vertical} vertical={vertical} />
          {vertical ? (
            <>
              <XAxis type="number" domain={domain} tickFormatter={tick} tick={{ fontSize: 12 }} allowDecimals={allowDecimals} />
              <YAxis type="category" dataKey={categoryKey} width={narrow ? 112 : 160} tick={{ fontSize: 12 }} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} interval={crowded ? "preserveStartEnd" : 0} />
              <YAxis domain={domain} tickFormatter={tick} tick={{ fontSize: 12 }} width={48} allowDecimals={allowDecimals} />
            </>
          )}
          <Tooltip formatter={(value) => formatValue(Number(value), format)} />
          {showLegend ? <Legend formatter={legendText} itemSorter={(item) => series.findIndex((x) => x.key === item.dataKey)} /> : null}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color ?? CHART_COLORS[i % CHART_COLORS.length]} stackId={s.stackId} isAnimationActive={false}>
              <LabelList dataKey={s.key} position={s.stackId ? "center" : vertical ? "right" : "top"} formatter={(v: unknown) => (v === null || v === undefined || (v === 0 && s.stackId) ? "" : formatValue(Number(v), format))} style={{ fontSize: 11, fill: s.stackId ? "#fff" : "#1e293b" }} />
            </Bar>
          ))}
        </RBarChart>
      </ResponsiveContainer>
    </div>
  );
}
