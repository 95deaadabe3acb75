"use client";
import { CartesianGrid, LabelList, Line, LineChart as RLineChart, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS, DASHES, formatValue, type ValueFormat } from "./format";
import { LINE_SHAPES, shapePath, type LineShape } from "./legend";
import { measureText, TICK_STYLE, useWidth } from "./plot-parts";
import type { ChartRow, LineChartProps } from "./types";

/**
 * The recharts plot of `LineChart` — loaded lazily by it (see
 * line-chart.tsx), never imported directly.
 */
export default function LineChartPlot({ data, categoryKey, series, format = "number", height, domain }: LineChartProps & { height: number }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const keys = series.map((s) => s.key);
  const tickText = (v: number) => formatValue(v, format);
  const values = data.flatMap((row) => keys.map((k) => row[k])).filter((v): v is number => typeof v === "number");
  const axisWidth = width ? Math.ceil(Math.max(measureText(tickText(0)), ...values.map((v) => measureText(tickText(Math.round(v)))))) + 16 : 0;
  return (
    <div ref={ref} className="h-full w-full">
      {width > 0 ? (
        <RLineChart width={width} height={height} data={[...data]} margin={{ top: 22, right: 28, left: 4, bottom: 4 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey={categoryKey} tick={TICK_STYLE} tickLine={false} padding={{ left: 24, right: 24 }} />
          <YAxis domain={domain ?? ["auto", "auto"]} tickFormatter={tickText} tick={TICK_STYLE} width={axisWidth} allowDecimals={format !== "count"} />
          <Tooltip formatter={(value) => formatValue(Number(value), format)} isAnimationActive={false} />
          {series.map((s, i) => {
            const color = s.color ?? CHART_COLORS[i % CHART_COLORS.length];
            return (
              <Line
                key={s.key}
                type="linear"
                dataKey={s.key}
                name={s.name}
                stroke={color}
                strokeWidth={2}
                strokeDasharray={DASHES[i % DASHES.length] || undefined}
                dot={<PointShape marker={LINE_SHAPES[i % LINE_SHAPES.length]} markerColor={color} />}
                activeDot={false}
                connectNulls
                isAnimationActive={false}
              >
                <LabelList dataKey={s.key} content={<PointLabel rows={data} seriesKey={s.key} seriesKeys={keys} valueFormat={format} />} />
              </Line>
            );
          })}
        </RLineChart>
      ) : null}
    </div>
  );
}

/** The series' marker at a point (recharts adds cx, cy and overrides props named like its own). */
function PointShape({ cx, cy, marker, markerColor }: { cx?: number; cy?: number; marker: LineShape; markerColor: string }) {
  if (typeof cx !== "number" || typeof cy !== "number" || Number.isNaN(cy)) return <g />;
  return <path d={shapePath(marker, cx, cy)} fill={markerColor} stroke="#fff" strokeWidth={1} />;
}

/**
 * The value at a point: above it for the highest series at that category,
 * below it for the others, so that two close lines do not print their
 * numbers over each other.
 */
function PointLabel({
  viewBox,
  value,
  index,
  rows,
  seriesKey,
  seriesKeys,
  valueFormat,
}: {
  viewBox?: { x?: number; y?: number };
  value?: unknown;
  index?: number;
  rows: ReadonlyArray<ChartRow>;
  seriesKey: string;
  seriesKeys: readonly string[];
  valueFormat: ValueFormat;
}) {
  if (typeof value !== "number" || index === undefined || !viewBox) return <g />;
  const row = rows[index];
  const others = seriesKeys.filter((k) => k !== seriesKey).map((k) => row?.[k]).filter((v): v is number => typeof v === "number");
  const above = others.every((v) => value >= v);
  return (
    <text x={viewBox.x} y={(viewBox.y ?? 0) + (above ? -10 : 18)} textAnchor="middle" fontSize={11} fill="#1e293b">
      {formatValue(value, valueFormat)}
    </text>
  );
}
