/**
 * How chart values read (client and server alike): the ru locale, with the
 * unit the data carries. Charts receive the kind as a string because
 * functions cannot cross from server to client components.
 */
export type ValueFormat = "count" | "number" | "mark" | "percent";

const formats: Record<ValueFormat, Intl.NumberFormat> = {
  count: new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 0 }),
  number: new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 }),
  mark: new Intl.NumberFormat("ru-RU", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  percent: new Intl.NumberFormat("ru-RU", { maximumFractionDigits: 1 }),
};

export function formatValue(value: number | null | undefined, format: ValueFormat): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const text = formats[format].format(value);
  // A no-break space: recharts wraps a label at ordinary spaces, which split «55,7 %» over two lines on a narrow bar.
  return format === "percent" ? `${text}\u00a0%` : text;
}

/**
 * Series colours, distinguishable for the common colour-vision deficiencies
 * (Okabe–Ito); charts also label values and vary dash and marker shape, so
 * colour is never the only signal.
 */
export const CHART_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#6b7280", "#F0E442"] as const;

/** Line dash patterns, one per series index. */
export const DASHES = ["", "6 3", "2 3", "8 3 2 3"] as const;
