"use client";
import { useLayoutEffect, useRef, useState } from "react";
import { wrapLabel } from "./wrap";

/**
 * Pieces shared by the recharts plots (loaded with them, lazily): the
 * container width, text measuring, wrapped category ticks and value labels.
 */

/** The element's width in px, kept current; 0 until measured (the plot draws only then: no 0×0 chart warnings). */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

let context: CanvasRenderingContext2D | null | undefined;
let fontFamily = "sans-serif";

/** Width of `text` in the page's font at `fontSize` px. */
export function measureText(text: string, fontSize = 12): number {
  if (context === undefined) {
    context = document.createElement("canvas").getContext("2d");
    fontFamily = getComputedStyle(document.body).fontFamily || fontFamily;
  }
  if (!context) return text.length * fontSize * 0.6;
  context.font = `${fontSize}px ${fontFamily}`;
  return context.measureText(text).width;
}

export const TICK_STYLE = { fontSize: 12, fill: "#475569" } as const;
const LABEL_FILL = "#1e293b";
const LINE_HEIGHT = 14;

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** A category name at the left of a row, right-aligned, wrapped to `maxWidth` (three lines at most). */
export function CategoryTick({ x, y, payload, maxWidth }: TickProps & { maxWidth: number }) {
  const lines = wrapLabel(String(payload?.value ?? ""), maxWidth, (s) => measureText(s, TICK_STYLE.fontSize));
  const left = Number(x);
  const top = Number(y) - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <text x={left} y={top} textAnchor="end" dominantBaseline="central" {...TICK_STYLE} fill="#334155">
      {lines.map((line, i) => (
        <tspan key={i} x={left} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

type ShapeProps = { x?: number; y?: number; width?: number; height?: number; fill?: string; stroke?: string; strokeWidth?: number | string };

/**
 * A bar's rectangle. Given as a custom `shape` so that recharts keeps bars
 * of value 0 (it drops zero-size default bars, and their labels with them):
 * a 0 still gets its printed «0».
 */
export function BarShape({ x = 0, y = 0, width = 0, height = 0, fill, stroke, strokeWidth }: ShapeProps) {
  if (!(Math.abs(width) > 0 && Math.abs(height) > 0)) return <g />;
  return <rect x={width < 0 ? x + width : x} y={height < 0 ? y + height : y} width={Math.abs(width)} height={Math.abs(height)} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />;
}

type Box = { x?: number; y?: number; width?: number; height?: number };

/**
 * A value printed on its bar, given to `<LabelList content={…}>` as an
 * element (recharts adds `viewBox` and `value`, and overrides props named
 * like its own, such as `position`): above a column ("top"),
 * after a row's bar ("right"), or inside a stacked segment ("center",
 * white, left out when the segment is narrower than the number — the
 * table has it). A missing value reads «—» where its bar would start.
 */
export function ValueLabel({
  viewBox,
  value,
  index,
  place,
  printed,
  missing,
}: {
  viewBox?: Box;
  value?: unknown;
  index?: number;
  place: "top" | "right" | "center";
  printed: (value: number) => string;
  /** Per category: the value is absent (drawn as a 0-size bar), printed «—». */
  missing?: readonly boolean[];
}) {
  if (value === null || value === undefined || value === "" || !viewBox) return <g />;
  const v = Number(value);
  const { x = 0, y = 0, width = 0, height = 0 } = viewBox;
  const absent = index !== undefined && !!missing?.[index];
  if (absent && place === "center") return <g />;
  const label = absent ? "—" : printed(v);
  if (place === "center") {
    if (v === 0 || measureText(label, 11) + 6 > width) return <g />;
    return (
      <text x={x + width / 2} y={y + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={11} fontWeight={500} fill="#fff">
        {label}
      </text>
    );
  }
  if (place === "right") {
    return (
      <text x={x + width + 4} y={y + height / 2} dominantBaseline="central" fontSize={11} fill={LABEL_FILL}>
        {label}
      </text>
    );
  }
  return (
    <text x={x + width / 2} y={y - 4} textAnchor="middle" fontSize={11} fill={LABEL_FILL}>
      {label}
    </text>
  );
}
