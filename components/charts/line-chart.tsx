"use client";
import { CartesianGrid, LabelList, Legend, Line, LineChart as RLineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS, DASHES, formatValue, type ValueFormat } from "./format";
import { legendText } from "./legend";

export type LineSeries = { key: string; name: string; color?: string };

const SHAPES = ["circle", "square", "diamond", "triangle"] as const;

/**
 * Values over years: one line per series, each with its own colour, dash and
 * marker, and the values printed at the points. Hidden from assistive
 * technology: the figure's table carries the numbers (see ChartFigure).
 */
export function LineChart({
  data,
  categoryKey,
  series,
  format = "number",
  height = 260,
  domain,
}: {
  data: ReadonlyArray<Record<string, string | number | null>>;
  categoryKey: string;
  series: readonly LineSeries[];
  format?: ValueFormat;
  height?: number;
  domain?: [number | "auto", number | "auto"];
}) {
  return (
    <div className="w-full" style={{ height }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <RLineChart data={[...data]} margin={{ top: 20, right: 24, left: 0, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
          <YAxis domain={domain ?? ["auto", "auto"]} tickFormatter={(v: number) => formatValue(v, format)} tick={{ fontSize: 12 }} width={52} />
          <Tooltip formatter={(value) => formatValue(Number(value), format)} />
          <Legend formatter={legendText} itemSorter={(item) => series.findIndex((x) => x.key === item.dataKey)} />
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.color ?? CHART_COLORS[i % CHART_COLORS.length]}
              strokeWidth={2}
              strokeDasharray={DASHES[i % DASHES.length]}
              dot={{ r: 4 }}
              legendType={SHAPES[i % SHAPES.length]}
              connectNulls
              isAnimationActive={false}
            >
              <LabelList dataKey={s.key} position="top" formatter={(v: unknown) => (v === null || v === undefined ? "" : formatValue(Number(v), format))} style={{ fontSize: 11 }} />
            </Line>
          ))}
        </RLineChart>
      </ResponsiveContainer>
    </div>
  );
}
