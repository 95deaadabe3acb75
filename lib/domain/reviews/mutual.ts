/**
 * Mutual expertise («взаимоэкспертиза»): two schools exchange packages by the
 * exchange deadline, meet by the meeting deadline and upload the final
 * protocol by the upload deadline. The pair moves one step at a time; a step
 * whose deadline has passed and that is not done is overdue. Pure: no I/O.
 */
import type { MutualPairStatus } from "@/lib/db/generated/enums";
import type { Machine } from "@/lib/domain/workflow";

export const MUTUAL_STATUSES = ["paired", "exchanged", "met", "completed"] as const satisfies readonly MutualPairStatus[];

export const mutualMachine = {
  exchange: { from: ["paired"], to: "exchanged", permission: "mutual_review:write", refusal: "Обмен документами уже отмечен." },
  meet: { from: ["exchanged"], to: "met", permission: "mutual_review:write", refusal: "Встречу можно отметить после обмена документами." },
  upload: { from: ["met"], to: "completed", permission: "mutual_review:write", refusal: "Итоговый протокол загружается после встречи." },
} as const satisfies Machine<MutualPairStatus, string>;

export type MutualEvent = keyof typeof mutualMachine;
export const MUTUAL_STEPS = ["exchange", "meet", "upload"] as const satisfies readonly MutualEvent[];

export const MUTUAL_STEP_LABELS: Record<MutualEvent, string> = {
  exchange: "Обмен документами",
  meet: "Встреча",
  upload: "Итоговый протокол",
};

export type StepState = "done" | "overdue" | "pending";

export const STEP_STATE_LABELS: Record<StepState, string> = { done: "выполнено", overdue: "просрочено", pending: "ожидается" };

/** Start of the calendar day (UTC) — deadlines are `@db.Date` (UTC midnight). */
function dayOf(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/**
 * A step is overdue when it is not done and the whole deadline day has passed
 * (a step due today is not overdue yet). No deadline → never overdue.
 */
export function stepState(deadline: Date | null, doneAt: Date | null, today: Date): StepState {
  if (doneAt) return "done";
  if (deadline && dayOf(today) > dayOf(deadline)) return "overdue";
  return "pending";
}

export type MutualPairDates = {
  exchangeDeadline: Date | null;
  meetingDeadline: Date | null;
  uploadDeadline: Date | null;
  exchangedAt: Date | null;
  meetingAt: Date | null;
  uploadedAt: Date | null;
};

export type MutualStep = { step: MutualEvent; label: string; deadline: Date | null; doneAt: Date | null; state: StepState };

export function mutualSteps(pair: MutualPairDates, today: Date): MutualStep[] {
  const rows: [MutualEvent, Date | null, Date | null][] = [
    ["exchange", pair.exchangeDeadline, pair.exchangedAt],
    ["meet", pair.meetingDeadline, pair.meetingAt],
    ["upload", pair.uploadDeadline, pair.uploadedAt],
  ];
  return rows.map(([step, deadline, doneAt]) => ({ step, label: MUTUAL_STEP_LABELS[step], deadline, doneAt, state: stepState(deadline, doneAt, today) }));
}

export function overdueCount(pair: MutualPairDates, today: Date): number {
  return mutualSteps(pair, today).filter((s) => s.state === "overdue").length;
}

/** A pair's two schools must differ, and neither may already be in another pair of the cycle. */
export function pairingProblem(a: string, b: string, alreadyPaired: ReadonlySet<string>): string | null {
  if (a === b) return "Выберите две разные школы";
  if (alreadyPaired.has(a) || alreadyPaired.has(b)) return "Школа уже участвует в другой паре этого цикла";
  return null;
}
