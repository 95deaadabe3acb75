"use client";
import { useId } from "react";
import { Bar, BarChart as RBarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_COLORS, formatValue } from "./format";
import { fillOf, patternOf, SeriesPattern, svgId, type PatternKind } from "./patterns";
import { BarShape, CategoryTick, measureText, TICK_STYLE, useWidth, ValueLabel } from "./plot-parts";
import { labelTokens } from "./wrap";
import { domainTicks, niceTicks } from "./ticks";
import type { BarChartProps, ChartRow } from "./types";

const MISSING = "__missing:";

const numberOf = (row: ChartRow, key: string) => {
  const v = row[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};

/**
 * The recharts plot of `BarChart` — loaded lazily by it (see bar-chart.tsx),
 * never imported directly. Draws once its width is known, at the height
 * the placeholder already took.
 */
export default function BarChartPlot({ data, categoryKey, series, format = "count", layout = "horizontal", height, domain }: BarChartProps & { height: number }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const reactId = useId();
  return (
    <div ref={ref} className="h-full w-full">
      {width > 0 ? <Plot {...{ data, categoryKey, series, format, layout, height, domain, width, reactId }} /> : null}
    </div>
  );
}

function Plot({
  data,
  categoryKey,
  series,
  format,
  layout,
  height,
  domain,
  width,
  reactId,
}: Required<Omit<BarChartProps, "domain" | "showLegend">> & { domain?: [number, number]; width: number; reactId: string }) {
  const vertical = layout === "vertical";
  const stacked = series.some((s) => s.stackId);
  const narrow = width < 480;
  const colors = series.map((s, i) => s.color ?? CHART_COLORS[i % CHART_COLORS.length]);
  const kinds: PatternKind[] = series.map((_, i) => (stacked ? "solid" : patternOf(i)));
  const ids = series.map((_, i) => svgId(reactId, i));

  // The value axis: the caller's domain, a mark's 0–5, or 0 to a nice step above the largest bar (whole steps for counts).
  const totals = data.map((row) =>
    stacked ? series.reduce((sum, s) => sum + Math.max(0, numberOf(row, s.key) ?? 0), 0) : Math.max(0, ...series.map((s) => numberOf(row, s.key) ?? 0)),
  );
  const allTicks = domain ? domainTicks(domain) : format === "mark" ? domainTicks([0, 5]) : niceTicks(Math.max(0, ...totals), { integer: format === "count" });
  const valueDomain: [number, number] = [allTicks[0], allTicks[allTicks.length - 1]];
  const tickText = (v: number) => formatValue(v, format === "mark" ? "number" : format);

  // Several columns per category on a phone: the unit stays on the axis, the bars get bare numbers.
  const compact = !vertical && !stacked && narrow && series.length > 1;
  const labelText = (v: number) => formatValue(v, compact && format === "percent" ? "number" : format);
  const place = stacked ? "center" : vertical ? "right" : "top";
  // A missing value becomes a 0-size bar marked absent, so that its row or column can print «—».
  const absent = series.map((s) => data.map((row) => numberOf(row, s.key) === null));
  const rows = data.map((row, r) => ({ ...row, ...Object.fromEntries(series.filter((_, i) => absent[i][r]).flatMap((s) => [[s.key, 0], [`${MISSING}${s.key}`, true]])) }));

  // Room after the longest row bar for its value; room left of columns for the widest tick.
  const longestLabel = Math.max(0, ...data.flatMap((row) => series.map((s) => measureText(labelText(numberOf(row, s.key) ?? 0), 11))));
  const right = vertical && !stacked ? Math.ceil(longestLabel) + 10 : 16;
  // The category column: as wide as the names need, at most 176 px (40 % of a phone), never narrower than the longest word.
  const measure12 = (text: string) => measureText(text, TICK_STYLE.fontSize);
  const names = data.map((row) => String(row[categoryKey] ?? ""));
  const widestName = Math.max(0, ...names.map(measure12));
  const widestWord = Math.max(0, ...names.flatMap((name) => labelTokens(name).map(measure12)));
  const categoryWidth = Math.ceil(Math.max(Math.min(widestName, narrow ? width * 0.4 - 14 : 162), widestWord)) + 14;

  // Tick labels that would touch across a narrow row chart: every other one (0, 50, 100 %).
  const plotWidth = width - categoryWidth - right - 8;
  const widestTick = Math.max(...allTicks.map((t) => measure12(tickText(t))));
  const crowded = vertical && allTicks.length > 2 && widestTick + 8 > plotWidth / (allTicks.length - 1);
  const ticks = crowded && (allTicks.length - 1) % 2 === 0 ? allTicks.filter((_, i) => i % 2 === 0) : allTicks;
  const valueAxisWidth = Math.ceil(Math.max(...ticks.map((t) => measure12(tickText(t))))) + 12;
  // Column labels that would collide are thinned out evenly.
  const perColumn = (width - valueAxisWidth - 24) / Math.max(1, data.length);
  const interval = Math.max(0, Math.ceil((widestName + 8) / perColumn) - 1);

  return (
    <RBarChart
      width={width}
      height={height}
      data={rows}
      layout={vertical ? "vertical" : "horizontal"}
      margin={{ top: vertical ? 4 : 20, right, left: 4, bottom: 4 }}
      barCategoryGap={vertical ? "16%" : "20%"}
      barGap={2}
      // The chart is aria-hidden (its table speaks for it): no focusable SVG inside.
      accessibilityLayer={false}
    >
      <defs>
        {series.map((s, i) => (
          <SeriesPattern key={s.key} id={ids[i]} kind={kinds[i]} color={colors[i]} />
        ))}
      </defs>
      <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={!vertical} vertical={vertical} />
      {vertical ? (
        <>
          <XAxis type="number" domain={valueDomain} ticks={ticks} interval={0} tickFormatter={tickText} tick={TICK_STYLE} allowDataOverflow />
          <YAxis
            type="category"
            dataKey={categoryKey}
            width={categoryWidth}
            interval={0}
            tickLine={false}
            tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => <CategoryTick {...props} maxWidth={categoryWidth - 10} />}
          />
        </>
      ) : (
        <>
          <XAxis dataKey={categoryKey} interval={interval} tickLine={false} tick={TICK_STYLE} />
          <YAxis type="number" domain={valueDomain} ticks={ticks} interval={0} tickFormatter={tickText} tick={TICK_STYLE} width={valueAxisWidth} allowDataOverflow />
        </>
      )}
      <Tooltip
        formatter={(value, _name, item) => (item?.payload?.[`${MISSING}${String(item.dataKey)}`] ? "нет данных" : formatValue(Number(value), format))}
        cursor={{ fill: "#f1f5f9" }}
        isAnimationActive={false}
      />
      {series.map((s, i) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={fillOf(kinds[i], ids[i], colors[i])}
          stackId={s.stackId}
          // White separators between stacked segments.
          stroke={stacked ? "#fff" : undefined}
          strokeWidth={stacked ? 1 : 0}
          maxBarSize={vertical ? 22 : 48}
          shape={<BarShape />}
          isAnimationActive={false}
        >
          <LabelList dataKey={s.key} content={<ValueLabel place={place} printed={labelText} missing={absent[i]} />} />
        </Bar>
      ))}
    </RBarChart>
  );
}
