/**
 * Month buckets for "by month" charts. Pure: no I/O; calendar dates in UTC.
 */

const SHORT_MONTHS = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"] as const;

export type MonthBucket = { key: string; year: number; month: number; label: string; count: number };

const keyOf = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/**
 * Counts per month: every month of `year` (zeros included, so the axis is
 * the whole year) plus any other month that has dates, in calendar order.
 * Labels are short month names, with the year for months outside `year`.
 */
export function monthBuckets(dates: readonly Date[], year: number): MonthBucket[] {
  const buckets = new Map<string, MonthBucket>();
  const add = (y: number, m: number) => {
    const key = keyOf(y, m);
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = { key, year: y, month: m, label: y === year ? SHORT_MONTHS[m - 1] : `${SHORT_MONTHS[m - 1]} ${y}`, count: 0 }));
    return bucket;
  };
  for (let m = 1; m <= 12; m++) add(year, m);
  for (const d of dates) add(d.getUTCFullYear(), d.getUTCMonth() + 1).count += 1;
  return [...buckets.values()].sort((a, b) => a.key.localeCompare(b.key));
}
