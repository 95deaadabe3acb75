import { useId } from "react";
import { fillOf, SeriesPattern, svgId, type PatternKind } from "./patterns";

export const LINE_SHAPES = ["circle", "square", "diamond", "triangle"] as const;
export type LineShape = (typeof LINE_SHAPES)[number];

export type LegendItem = { key: string; name: string; color: string } & ({ kind: "bar"; pattern: PatternKind } | { kind: "line"; dash: string; shape: LineShape });

/** A marker shape centred on (cx, cy), for line points and their legend. */
export function shapePath(shape: LineShape, cx: number, cy: number, r = 4): string {
  switch (shape) {
    case "square":
      return `M${cx - r} ${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "diamond":
      return `M${cx} ${cy - r * 1.3}L${cx + r * 1.3} ${cy}L${cx} ${cy + r * 1.3}L${cx - r * 1.3} ${cy}Z`;
    case "triangle":
      return `M${cx} ${cy - r * 1.2}L${cx + r * 1.2} ${cy + r}L${cx - r * 1.2} ${cy + r}Z`;
    default:
      return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  }
}

/**
 * The series of a chart in their order, names in the text colour (4.5:1
 * whatever the palette), each with a swatch that repeats the series' fill
 * pattern or its dash and marker. Plain HTML drawn with the page (not with
 * the lazy chart), so it wraps on a phone and never moves.
 */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const id = useId();
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-slate-700">
      {items.map((item, i) => (
        <li key={item.key} className="flex items-center gap-1.5">
          {item.kind === "bar" ? (
            <svg width={14} height={14} className="shrink-0">
              <defs>
                <SeriesPattern id={svgId(id, i)} kind={item.pattern} color={item.color} />
              </defs>
              <rect width={14} height={14} rx={2} fill={fillOf(item.pattern, svgId(id, i), item.color)} />
            </svg>
          ) : (
            <svg width={28} height={14} className="shrink-0">
              <line x1={1} x2={27} y1={7} y2={7} stroke={item.color} strokeWidth={2} strokeDasharray={item.dash || undefined} />
              <path d={shapePath(item.shape, 14, 7)} fill={item.color} stroke="#fff" strokeWidth={1} />
            </svg>
          )}
          {item.name}
        </li>
      ))}
    </ul>
  );
}
