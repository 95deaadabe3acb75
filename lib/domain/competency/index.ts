/**
 * Competency diagnostics and ИОМ arithmetic. Pure: no I/O.
 *
 * Five competencies in % (0–100); a level per competency from thresholds
 * that are data (Setting `competency.levels`, see docs/decisions/020);
 * deficits are the competencies at the low level.
 */
import type { Competency, IomActivityStatus } from "@/lib/db/generated/enums";

export const COMPETENCIES = ["subject", "methodological", "digital", "communicative", "psychological"] as const satisfies readonly Competency[];

export type Level = "low" | "medium" | "high";
export const LEVELS = ["low", "medium", "high"] as const satisfies readonly Level[];

/** value < low → низкий; value ≥ high → высокий; otherwise средний. */
export type LevelThresholds = { low: number; high: number };
export const DEFAULT_THRESHOLDS: LevelThresholds = { low: 60, high: 80 };
export const THRESHOLDS_SETTING_KEY = "competency.levels";

export type Scores = Record<Competency, number>;

/** Any shape with the five columns (Prisma Decimals included). */
export type ScoreLike = Record<Competency, number | { toString(): string }>;

export function toScores(row: ScoreLike): Scores {
  return Object.fromEntries(COMPETENCIES.map((c) => [c, Number(row[c])])) as Scores;
}

/** Parses a stored setting; anything malformed falls back to the defaults. */
export function parseThresholds(value: unknown): LevelThresholds {
  if (value && typeof value === "object") {
    const { low, high } = value as Record<string, unknown>;
    if (typeof low === "number" && typeof high === "number" && low >= 0 && high <= 100 && low < high) return { low, high };
  }
  return DEFAULT_THRESHOLDS;
}

export function levelOf(value: number, thresholds: LevelThresholds = DEFAULT_THRESHOLDS): Level {
  if (value < thresholds.low) return "low";
  if (value >= thresholds.high) return "high";
  return "medium";
}

export function levelsOf(scores: Scores, thresholds: LevelThresholds = DEFAULT_THRESHOLDS): Record<Competency, Level> {
  return Object.fromEntries(COMPETENCIES.map((c) => [c, levelOf(scores[c], thresholds)])) as Record<Competency, Level>;
}

/** Professional deficits: competencies at the low level, in the canonical order. */
export function deficitsOf(scores: Scores, thresholds: LevelThresholds = DEFAULT_THRESHOLDS): Competency[] {
  return COMPETENCIES.filter((c) => levelOf(scores[c], thresholds) === "low");
}

/** Rounded to one decimal (half away from zero, as people round). */
export function round1(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9) / 10;
}

/** Mean per competency, rounded to one decimal; null when there are no rows. */
export function averages(rows: readonly Scores[]): Scores | null {
  if (rows.length === 0) return null;
  return Object.fromEntries(COMPETENCIES.map((c) => [c, round1(rows.reduce((sum, r) => sum + r[c], 0) / rows.length)])) as Scores;
}

/** repeat − entry per competency (one decimal); null if either side is missing. */
export function effect(entry: Scores | null | undefined, repeat: Scores | null | undefined): Scores | null {
  if (!entry || !repeat) return null;
  return Object.fromEntries(COMPETENCIES.map((c) => [c, round1(repeat[c] - entry[c])])) as Scores;
}

export type LevelDistribution = Record<Competency, Record<Level, number>>;

/** How many rows are at each level, per competency. */
export function levelDistribution(rows: readonly Scores[], thresholds: LevelThresholds = DEFAULT_THRESHOLDS): LevelDistribution {
  const out = Object.fromEntries(COMPETENCIES.map((c) => [c, { low: 0, medium: 0, high: 0 }])) as LevelDistribution;
  for (const row of rows) for (const c of COMPETENCIES) out[c][levelOf(row[c], thresholds)] += 1;
  return out;
}

export type CompetencySummary = {
  teachers: number;
  entry: Scores | null;
  repeat: Scores | null;
  /** Difference of the unrounded averages, rounded to one decimal. */
  delta: Scores | null;
  entryDistribution: LevelDistribution;
  repeatDistribution: LevelDistribution;
};

/** The summary of a school or a municipality from its diagnostics. */
export function summarize(
  rows: readonly { teacherId: string; kind: "entry" | "repeat"; scores: Scores }[],
  thresholds: LevelThresholds = DEFAULT_THRESHOLDS,
): CompetencySummary {
  const entries = rows.filter((r) => r.kind === "entry").map((r) => r.scores);
  const repeats = rows.filter((r) => r.kind === "repeat").map((r) => r.scores);
  const mean = (list: Scores[], c: Competency) => list.reduce((s, r) => s + r[c], 0) / list.length;
  const delta =
    entries.length && repeats.length
      ? (Object.fromEntries(COMPETENCIES.map((c) => [c, round1(mean(repeats, c) - mean(entries, c))])) as Scores)
      : null;
  return {
    teachers: new Set(rows.map((r) => r.teacherId)).size,
    entry: averages(entries),
    repeat: averages(repeats),
    delta,
    entryDistribution: levelDistribution(entries, thresholds),
    repeatDistribution: levelDistribution(repeats, thresholds),
  };
}

/** Progress of a route in %: done / all activities that are not cancelled (0 when none). */
export function progressPercent(activities: readonly { status: IomActivityStatus }[]): number {
  const counted = activities.filter((a) => a.status !== "cancelled");
  if (counted.length === 0) return 0;
  return round1((counted.filter((a) => a.status === "done").length / counted.length) * 100);
}

/** Deficits that no (non-cancelled) activity targets — the route cannot be submitted while any remain. */
export function uncoveredDeficits(
  deficits: readonly Competency[],
  activities: readonly { competency: Competency; status?: IomActivityStatus }[],
): Competency[] {
  const covered = new Set(activities.filter((a) => a.status !== "cancelled").map((a) => a.competency));
  return deficits.filter((d) => !covered.has(d));
}

/** «Для дефицита «Методическая» нет мероприятия» — one line per uncovered deficit. */
export function completenessMessages(uncovered: readonly Competency[], labels: Record<Competency, string>): string[] {
  return uncovered.map((c) => `Для дефицита «${labels[c]} компетенция» нет мероприятия`);
}

/** The next activities to do: not done or cancelled, by planned start. */
export function nextActivities<T extends { status: IomActivityStatus; plannedStart: Date | null }>(activities: readonly T[], count = 3): T[] {
  return activities
    .filter((a) => a.status === "planned" || a.status === "in_progress")
    .toSorted((a, b) => (a.plannedStart?.getTime() ?? Infinity) - (b.plannedStart?.getTime() ?? Infinity))
    .slice(0, count);
}
