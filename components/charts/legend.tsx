/**
 * Legend entries in the text colour rather than the series colour: the
 * marker carries the colour, the name stays readable (4.5:1) whatever the
 * palette.
 */
export function legendText(value: unknown) {
  return <span style={{ color: "#334155", fontSize: 14 }}>{String(value)}</span>;
}
