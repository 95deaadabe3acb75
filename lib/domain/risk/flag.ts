/**
 * The risk flag («*» in the risk profile) of one indicator value.
 *
 * `below`: the value signals risk when it is lower than the threshold;
 * `above`: when it is higher. Booleans are stored as 1 (да) / 0 (нет).
 * A missing value is never flagged.
 */
export type RiskDirection = "below" | "above";

export function isIndicatorFlagged(value: number | null, direction: RiskDirection, threshold: number): boolean {
  if (value === null || Number.isNaN(value)) return false;
  return direction === "below" ? value < threshold : value > threshold;
}
