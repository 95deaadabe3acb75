"use client";
import dynamic from "next/dynamic";
import { CHART_COLORS } from "./format";
import { ChartLegend } from "./legend";
import { patternOf } from "./patterns";
import { barPlotHeight, COLUMN_CHART_HEIGHT } from "./size";
import type { BarChartProps } from "./types";

export type { BarSeries } from "./types";

/** Holds the plot's place (same height) while recharts loads. */
export function PlotPlaceholder() {
  return <div className="h-full w-full animate-pulse rounded bg-slate-100" />;
}

// recharts (~100 KB gzipped) is a chunk of its own, fetched after the page
// is interactive: a page's first load carries only this wrapper.
const BarChartPlot = dynamic(() => import("./bar-chart-impl"), { ssr: false, loading: PlotPlaceholder });

/**
 * Bars for categories (schools, statuses, stages, years), one bar per
 * series or stacked segments (`stackId`). Values are printed on the bars;
 * grouped series also differ by fill pattern (solid, stripes, dots,
 * hatch) and stacked ones by order and white separators, so colour is
 * never the only signal; the legend (series order, text colour) is HTML
 * drawn with the page. `layout="vertical"` lays categories out as rows
 * with wrapped names and sizes itself by the rows (`barPlotHeight`).
 * Counts get whole ticks. Hidden from assistive technology: the figure's
 * table carries the numbers (see ChartFigure).
 */
export function BarChart(props: BarChartProps) {
  const { series, layout = "horizontal", showLegend = series.length > 1 } = props;
  const stacked = series.some((s) => s.stackId);
  const height = props.height ?? (layout === "vertical" ? barPlotHeight(props.data.length, stacked ? 1 : series.length, stacked) : COLUMN_CHART_HEIGHT);
  return (
    <div aria-hidden="true" className="w-full" data-chart="bar">
      <div style={{ height }}>
        <BarChartPlot {...props} height={height} />
      </div>
      {showLegend ? (
        <ChartLegend
          items={series.map((s, i) => ({ key: s.key, name: s.name, color: s.color ?? CHART_COLORS[i % CHART_COLORS.length], kind: "bar", pattern: stacked ? "solid" : patternOf(i) }))}
        />
      ) : null}
    </div>
  );
}
