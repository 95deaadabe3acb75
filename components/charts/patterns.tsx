/**
 * Fills that tell grouped bar series apart without colour: the first series
 * solid, the next ones with white stripes, dots or a cross-hatch over their
 * colour. Stacked bars keep solid colours (their order and white separators
 * tell them apart). Used by the plot and by its legend swatches alike.
 */
export const PATTERN_KINDS = ["solid", "stripes", "dots", "hatch"] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

export const patternOf = (index: number): PatternKind => PATTERN_KINDS[index % PATTERN_KINDS.length];

/** `useId()` output made safe for `url(#…)`. */
export const svgId = (reactId: string, suffix: string | number) => `c${reactId.replace(/[^a-zA-Z0-9_-]/g, "")}-${suffix}`;

/** What to put in `fill`: the colour itself, or the pattern defined under `id`. */
export const fillOf = (kind: PatternKind, id: string, color: string) => (kind === "solid" ? color : `url(#${id})`);

const TILE = 6;

/** The `<pattern>` of a series (render inside `<defs>`); nothing for a solid fill. */
export function SeriesPattern({ id, kind, color }: { id: string; kind: PatternKind; color: string }) {
  if (kind === "solid") return null;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={TILE} height={TILE} patternTransform={kind === "stripes" ? "rotate(45)" : undefined}>
      <rect width={TILE} height={TILE} fill={color} />
      {kind === "stripes" ? <rect width={2.5} height={TILE} fill="#fff" fillOpacity={0.6} /> : null}
      {kind === "dots" ? <circle cx={TILE / 2} cy={TILE / 2} r={1.4} fill="#fff" fillOpacity={0.8} /> : null}
      {kind === "hatch" ? <path d={`M0 0L${TILE} ${TILE}M${TILE} 0L0 ${TILE}`} stroke="#fff" strokeOpacity={0.6} strokeWidth={1.2} /> : null}
    </pattern>
  );
}
