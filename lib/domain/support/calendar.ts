/**
 * A month grid for the events calendar: weeks from Monday to Sunday, as the
 * Russian calendar goes. Pure, in UTC calendar dates ("YYYY-MM-DD").
 */

export type Month = { year: number; month: number }; // month 1..12

export type CalendarDay = { iso: string; day: number; inMonth: boolean; weekday: number /* 0 = Monday */ };

export const WEEKDAY_SHORT = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"] as const;
export const WEEKDAY_LONG = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"] as const;
export const MONTH_NAMES = [
  "Январь",
  "Февраль",
  "Март",
  "Апрель",
  "Май",
  "Июнь",
  "Июль",
  "Август",
  "Сентябрь",
  "Октябрь",
  "Ноябрь",
  "Декабрь",
] as const;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2025-09" → { year: 2025, month: 9 }; anything else → null. */
export function parseMonth(value: string | null | undefined): Month | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? "");
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return { year, month };
}

export function formatMonthParam({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

export function shiftMonth({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** First and last day of the month (UTC midnight). */
export function monthRange({ year, month }: Month): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, month - 1, 1)), to: new Date(Date.UTC(year, month, 0)) };
}

/** «Сентябрь 2025» */
export function monthTitle({ year, month }: Month): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * Whole weeks (Monday first) covering the month; days of the neighbouring
 * months fill the first and last week with `inMonth: false`.
 */
export function monthGrid(month: Month): CalendarDay[][] {
  const { from, to } = monthRange(month);
  const lead = (from.getUTCDay() + 6) % 7; // Monday → 0
  const start = new Date(from.getTime() - lead * 86_400_000);
  const trail = 6 - ((to.getUTCDay() + 6) % 7);
  const end = new Date(to.getTime() + trail * 86_400_000);
  const weeks: CalendarDay[][] = [];
  for (let t = start.getTime(); t <= end.getTime(); t += 7 * 86_400_000) {
    const week: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = new Date(t + d * 86_400_000);
      week.push({ iso: isoDay(date), day: date.getUTCDate(), inMonth: date.getUTCMonth() + 1 === month.month, weekday: d });
    }
    weeks.push(week);
  }
  return weeks;
}

/** Items grouped by their calendar day ("YYYY-MM-DD"), keeping the input order. */
export function groupByDay<T extends { date: Date }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = isoDay(item.date);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}
