"use client";
import dynamic from "next/dynamic";
import { PlotPlaceholder } from "./bar-chart";
import { CHART_COLORS, DASHES } from "./format";
import { ChartLegend, LINE_SHAPES } from "./legend";
import type { LineChartProps } from "./types";

export type { LineSeries } from "./types";

// recharts comes in a chunk of its own, after the page is interactive (see bar-chart.tsx).
const LineChartPlot = dynamic(() => import("./line-chart-impl"), { ssr: false, loading: PlotPlaceholder });

/**
 * Values over years: one line per series, each with its own colour, dash
 * and marker shape, the values printed at the points, the legend (series
 * order, text colour) drawn with the page. Hidden from assistive
 * technology: the figure's table carries the numbers (see ChartFigure).
 */
export function LineChart(props: LineChartProps) {
  const { series, height = 260, showLegend = true } = props;
  return (
    <div aria-hidden="true" className="w-full" data-chart="line">
      <div style={{ height }}>
        <LineChartPlot {...props} height={height} />
      </div>
      {showLegend ? (
        <ChartLegend
          items={series.map((s, i) => ({
            key: s.key,
            name: s.name,
            color: s.color ?? CHART_COLORS[i % CHART_COLORS.length],
            kind: "line",
            dash: DASHES[i % DASHES.length],
            shape: LINE_SHAPES[i % LINE_SHAPES.length],
          }))}
        />
      ) : null}
    </div>
  );
}
