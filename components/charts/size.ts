/**
 * Chart heights, known before the chart's code loads: the lazy chart's
 * placeholder and the figure's Suspense skeleton take exactly these, so
 * nothing moves when the chart draws. Server and client alike.
 */

/** The value axis under a row chart and the plot's top margin. */
const ROW_CHART_AXIS = 36;

/** One legend line under a chart. */
export const LEGEND_HEIGHT = 32;

/** Default plot height of a column (category per column) chart. */
export const COLUMN_CHART_HEIGHT = 240;

/** Height of one category row: room for its bars and for a label wrapped to three lines. */
export function barRowHeight(bars: number, stacked = false): number {
  return stacked ? 44 : Math.max(44, bars * 20 + 16);
}

/** Plot height of a row chart (`layout="vertical"`) of `rows` categories with `bars` bars each. */
export function barPlotHeight(rows: number, bars = 1, stacked = false): number {
  return rows * barRowHeight(bars, stacked) + ROW_CHART_AXIS;
}

/**
 * The whole height of a row chart (plot and legend line), for the skeleton
 * of a figure: `seriesCount` bars per row (one when stacked).
 */
export function barChartHeight(rows: number, seriesCount = 1, { stacked = false, legend = seriesCount > 1 } = {}): number {
  return barPlotHeight(rows, stacked ? 1 : seriesCount, stacked) + (legend ? LEGEND_HEIGHT : 0);
}
