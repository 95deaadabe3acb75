/**
 * Value-axis ticks of the charts. Pure.
 */

/**
 * A "nice" axis from 0: the top is the smallest 1/2/2.5/5 × 10ⁿ step
 * multiple covering `max`, with about `count` steps; whole steps only when
 * `integer` (counts never get a tick at 1.5).
 */
export function niceTicks(max: number, { count = 4, integer = false }: { count?: number; integer?: boolean } = {}): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const multiples = integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = multiples.map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  if (integer) step = Math.max(1, Math.ceil(step));
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/**
 * Ticks for a fixed domain: `count` equal steps (0, 25 … 100 %), or one per
 * unit for a short whole span (marks 0, 1 … 5).
 */
export function domainTicks([min, max]: readonly [number, number], count = 4): number[] {
  const span = max - min;
  const steps = Number.isInteger(span) && span > 0 && span <= 10 ? span : count;
  const step = span / steps;
  return Array.from({ length: steps + 1 }, (_, i) => Math.round((min + i * step) * 1e6) / 1e6);
}
