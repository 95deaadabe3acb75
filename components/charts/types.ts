import type { ValueFormat } from "./format";

/** One row of a chart: the category under `categoryKey`, the values under the series' keys. */
export type ChartRow = Record<string, string | number | null>;

/** A bar series; bars sharing a `stackId` stack (order = series order). */
export type BarSeries = { key: string; name: string; color?: string; stackId?: string };

/** A line series. */
export type LineSeries = { key: string; name: string; color?: string };

export type BarChartProps = {
  data: ReadonlyArray<ChartRow>;
  categoryKey: string;
  series: readonly BarSeries[];
  format?: ValueFormat;
  /** "vertical": categories as rows (long names); "horizontal": columns (years, months). */
  layout?: "horizontal" | "vertical";
  /** Plot height in px (the legend comes under it); rows size themselves by default. */
  height?: number;
  /** The value axis; by default from 0 to a nice step above the largest value (marks: 0–5). */
  domain?: [number, number];
  showLegend?: boolean;
};

export type LineChartProps = {
  data: ReadonlyArray<ChartRow>;
  categoryKey: string;
  series: readonly LineSeries[];
  format?: ValueFormat;
  /** Plot height in px (the legend comes under it). */
  height?: number;
  domain?: [number | "auto", number | "auto"];
  showLegend?: boolean;
};
