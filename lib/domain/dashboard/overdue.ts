/**
 * Overdue measures on the dashboards. Pure: no I/O. "Overdue" itself is the
 * rule of decision 016 (lib/domain/measures `isOverdue`).
 */
import { isoDay } from "@/lib/domain/measures";

const DAY_MS = 86_400_000;

/**
 * Whole calendar days from the deadline to today (UTC dates, as deadlines
 * are stored): a deadline of yesterday is 1 day overdue; today or later is 0.
 */
export function daysOverdue(deadline: Date, today: Date): number {
  const days = Math.round((Date.parse(isoDay(today)) - Date.parse(isoDay(deadline))) / DAY_MS);
  return Math.max(0, days);
}
