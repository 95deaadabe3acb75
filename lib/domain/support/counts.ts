/**
 * Counting МНЦ events and МТКП consultations for a period. Pure: no I/O.
 * Dates are calendar dates (UTC midnight, as `@db.Date` arrives); a period
 * is inclusive on both ends and either end may be open.
 */

export type Period = { from?: Date | null; to?: Date | null };

export function inPeriod(date: Date, period: Period): boolean {
  const t = date.getTime();
  if (period.from && t < period.from.getTime()) return false;
  if (period.to && t > period.to.getTime()) return false;
  return true;
}

export type CountRow<K> = { key: K; count: number; participants: number };

/**
 * Rows grouped by `keyOf`, within the period: count and, when rows carry
 * them, the sum of participants. A null key counts as its own group («без …»).
 * Sorted by count descending, then by `order` (if given) or key.
 */
export function countBy<T extends { date: Date; participants?: number }, K extends string | null>(
  rows: readonly T[],
  keyOf: (row: T) => K,
  period: Period = {},
  order?: readonly K[],
): CountRow<K>[] {
  const groups = new Map<K, CountRow<K>>();
  for (const row of rows) {
    if (!inPeriod(row.date, period)) continue;
    const key = keyOf(row);
    const group = groups.get(key) ?? { key, count: 0, participants: 0 };
    group.count += 1;
    group.participants += row.participants ?? 0;
    groups.set(key, group);
  }
  const rank = (key: K) => {
    const i = order ? order.indexOf(key) : -1;
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || rank(a.key) - rank(b.key) || String(a.key ?? "").localeCompare(String(b.key ?? ""), "ru"),
  );
}

/** Like countBy, for rows that belong to several groups at once (an event's schools, a consultation's functions). */
export function countByMany<T extends { date: Date }, K extends string>(rows: readonly T[], keysOf: (row: T) => readonly K[], period: Period = {}): CountRow<K>[] {
  const flat: { date: Date; key: K }[] = [];
  for (const row of rows) for (const key of new Set(keysOf(row))) flat.push({ date: row.date, key });
  return countBy(flat, (r) => r.key, period);
}

export type EventLike = { date: Date; type: string; moduleId: string | null; projectId: string | null; participants: number };

/** The «Сводка» of the events register: totals by type, plan module and municipal project. */
export function summariseEvents<E extends EventLike>(events: readonly E[], period: Period = {}, typeOrder?: readonly string[]) {
  const within = events.filter((e) => inPeriod(e.date, period));
  return {
    total: within.length,
    participants: within.reduce((sum, e) => sum + e.participants, 0),
    byType: countBy(within, (e) => e.type, {}, typeOrder),
    byModule: countBy(within, (e) => e.moduleId),
    byProject: countBy(within, (e) => e.projectId),
  };
}

export type ConsultationLike = { date: Date; subjectId: string; module: string; schoolId: string };

/** The coordinator's totals of consultations: by subject, thematic module and school. */
export function summariseConsultations<C extends ConsultationLike>(rows: readonly C[], period: Period = {}, moduleOrder?: readonly string[]) {
  const within = rows.filter((c) => inPeriod(c.date, period));
  return {
    total: within.length,
    bySubject: countBy(within, (c) => c.subjectId),
    byModule: countBy(within, (c) => c.module, {}, moduleOrder),
    bySchool: countBy(within, (c) => c.schoolId),
  };
}
