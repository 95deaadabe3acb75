/**
 * Shares for the dashboards. Pure: no I/O.
 */

/** `part` of `total` in percent with one decimal; null when there is nothing to divide by. */
export function shareOf(part: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.round((part / total) * 1000) / 10;
}
