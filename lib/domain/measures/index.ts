/**
 * Measures in implementation: counters, the «требуют внимания» rule, % done
 * and the monitor's zone rule. Pure: no I/O. The roadmap view and the
 * municipal monitor both count through `countersFrom`, so their numbers
 * agree by construction (decision 016).
 */
import type { DocumentStatus, MeasureStatus, RiskProfileStatus } from "@/lib/db/generated/enums";

/** A calendar date as `YYYY-MM-DD` (UTC), the unit of deadlines. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Statuses in which a measure is still open: it can be overdue. */
export const OPEN_STATUSES = ["planned", "in_progress", "needs_revision"] as const satisfies readonly MeasureStatus[];

/** Overdue: the deadline (a date) is before today and the measure is still open. */
export function isOverdue(measure: { status: MeasureStatus; deadline: Date | null }, today: Date): boolean {
  if (!measure.deadline) return false;
  return (OPEN_STATUSES as readonly MeasureStatus[]).includes(measure.status) && isoDay(measure.deadline) < isoDay(today);
}

/**
 * «Требуют внимания»: overdue and not finished, returned for revision
 * («требуется доработка»), or done and waiting for the curator.
 */
export function needsAttention(status: MeasureStatus, overdue: boolean): boolean {
  return overdue || status === "needs_revision" || status === "done";
}

/** The Russian definition shown on screen next to the counter. */
export const ATTENTION_DEFINITION =
  "«Требуют внимания» — мероприятия, у которых истёк срок, а они не выполнены (запланировано, выполнение или на доработке); возвращённые куратором на доработку; выполненные и ожидающие подтверждения куратора.";

export const COUNTER_KEYS = ["planned", "inProgress", "done", "notDone", "needsRevision", "attention"] as const;
export type CounterKey = (typeof COUNTER_KEYS)[number];
export type MeasureCounters = Record<CounterKey, number>;

export const COUNTER_LABELS = {
  planned: "Запланировано",
  inProgress: "Выполнение",
  done: "Выполнено",
  notDone: "Не выполнено",
  needsRevision: "Требуется доработка",
  attention: "Требуют внимания",
} as const satisfies Record<CounterKey, string>;

/** The status counter a measure falls in. «Выполнено» counts done (awaiting the curator) and confirmed. */
export function statusCounter(status: MeasureStatus): Exclude<CounterKey, "attention"> {
  switch (status) {
    case "planned":
      return "planned";
    case "in_progress":
      return "inProgress";
    case "done":
    case "confirmed":
      return "done";
    case "not_done":
      return "notDone";
    case "needs_revision":
      return "needsRevision";
  }
}

/** Whether a measure belongs to a counter (the drill-down filter). */
export function matchesCounter(key: CounterKey, status: MeasureStatus, overdue: boolean): boolean {
  return key === "attention" ? needsAttention(status, overdue) : statusCounter(status) === key;
}

export const emptyCounters = (): MeasureCounters => ({ planned: 0, inProgress: 0, done: 0, notDone: 0, needsRevision: 0, attention: 0 });

/** One aggregate row: how many measures have this status and overdue flag. */
export type MeasureGroup = { status: MeasureStatus; overdue: boolean; count: number };

export function countersFrom(groups: Iterable<MeasureGroup>): MeasureCounters {
  const c = emptyCounters();
  for (const g of groups) {
    c[statusCounter(g.status)] += g.count;
    if (needsAttention(g.status, g.overdue)) c.attention += g.count;
  }
  return c;
}

/** Measures listed (the five status counters; «attention» overlaps them). */
export function totalOf(c: MeasureCounters): number {
  return c.planned + c.inProgress + c.done + c.notDone + c.needsRevision;
}

/** Share of measures done (done + confirmed), in percent with one decimal; null without measures. */
export function percentDone(c: MeasureCounters): number | null {
  const total = totalOf(c);
  return total === 0 ? null : Math.round((c.done / total) * 1000) / 10;
}

export function overdueCount(groups: Iterable<MeasureGroup>): number {
  let n = 0;
  for (const g of groups) if (g.overdue) n += g.count;
  return n;
}

// ─────────────────────────── the monitor's zone ───────────────────────────

export type Zone = "green" | "yellow" | "red";

export const ZONE_LABELS = { green: "Зелёная", yellow: "Жёлтая", red: "Красная" } as const satisfies Record<Zone, string>;

/** The thresholds of the zone rule, as data (decision 016). */
export const ZONE_RULE = {
  /** Red when at least this share of a school's measures is overdue. */
  redOverdueShare: 0.2,
} as const;

export type ZoneInput = {
  today: Date;
  diagnosisDeadline: Date | null;
  programmesDeadline: Date | null;
  riskProfileStatus: RiskProfileStatus | null;
  /** Required documents (concept, medium-term programme, required anti-risk programmes) not yet submitted or confirmed. */
  requiredDocumentsMissing: number;
  /** Documents of the school not confirmed yet (any kind). */
  documentsUnconfirmed: number;
  measures: number;
  overdue: number;
  attention: number;
};

export type ZoneResult = { zone: Zone; reasons: string[] };

const passed = (deadline: Date | null, today: Date) => !!deadline && isoDay(deadline) < isoDay(today);

/**
 * red: the risk profile is not confirmed after the diagnosis deadline; or a
 *   required document is missing (not submitted) after the programmes
 *   deadline; or ≥ 20 % of the measures are overdue;
 * yellow: not red, but something needs attention: a measure needing
 *   attention, an unconfirmed risk profile or document;
 * green: otherwise.
 */
export function zoneOf(input: ZoneInput): ZoneResult {
  const red: string[] = [];
  if (input.riskProfileStatus !== "confirmed" && passed(input.diagnosisDeadline, input.today)) {
    red.push("Профиль рисков не подтверждён после срока диагностики");
  }
  if (input.requiredDocumentsMissing > 0 && passed(input.programmesDeadline, input.today)) {
    red.push("Не представлены обязательные документы после срока разработки программ");
  }
  if (input.measures > 0 && input.overdue / input.measures >= ZONE_RULE.redOverdueShare) {
    red.push(`Просрочено не менее ${ZONE_RULE.redOverdueShare * 100} % мероприятий`);
  }
  if (red.length) return { zone: "red", reasons: red };
  const yellow: string[] = [];
  if (input.attention > 0) yellow.push("Есть мероприятия, требующие внимания");
  if (input.riskProfileStatus !== "confirmed") yellow.push("Профиль рисков не подтверждён");
  if (input.documentsUnconfirmed > 0 || input.requiredDocumentsMissing > 0) yellow.push("Не все документы подтверждены");
  if (yellow.length) return { zone: "yellow", reasons: yellow };
  return { zone: "green", reasons: [] };
}

/** Shown on the monitor page. */
export const ZONE_DEFINITION = {
  red: `Красная: профиль рисков не подтверждён после срока стартовой диагностики, или обязательный документ (концепция, среднесрочная программа, антирисковая программа по фактору высокой значимости или по решению куратора) не представлен после срока разработки программ, или просрочено ${ZONE_RULE.redOverdueShare * 100} % мероприятий и более.`,
  yellow: "Жёлтая: не красная, но есть мероприятия, требующие внимания, или профиль рисков либо документы ещё не подтверждены.",
  green: "Зелёная: профиль и все документы подтверждены, мероприятий, требующих внимания, нет.",
} as const satisfies Record<Zone, string>;

/** Documents considered presented (not missing) for the zone rule. */
export const PRESENTED_DOCUMENT_STATUSES = ["submitted", "confirmed"] as const satisfies readonly DocumentStatus[];
