/**
 * The analytical report's workflow as data (decision 024): «нет справки →
 * черновик → утверждена приказом». Each event also names the cycle stages
 * in which it is allowed: a report is generated and edited while the cycle
 * is at «Реализация» or «Подведение итогов», and approved only at
 * «Подведение итогов»; an approved report is immutable. A cycle closes only
 * with an approved report. Pure.
 */
import type { CycleStatus, ReportStatus } from "@/lib/db/generated/enums";
import { transition, type Machine, type TransitionResult } from "@/lib/domain/workflow/machine";

/** «none»: the cycle has no report yet. */
export type ReportState = "none" | ReportStatus;
export const REPORT_STATES = ["none", "draft", "approved"] as const satisfies readonly ReportState[];

export const REPORT_APPROVED_REFUSAL = "Аналитическая справка утверждена приказом: изменить её нельзя.";

export const reportMachine = {
  create: { from: ["none"], to: "draft", permission: "report:manage", refusal: "Аналитическая справка по этому циклу уже сформирована." },
  edit: { from: ["draft"], to: "draft", permission: "report:manage", refusal: REPORT_APPROVED_REFUSAL },
  save_order: { from: ["draft"], to: "draft", permission: "report:manage", refusal: REPORT_APPROVED_REFUSAL },
  approve: { from: ["draft"], to: "approved", permission: "report:manage", refusal: "Утвердить можно только черновик аналитической справки." },
} as const satisfies Machine<ReportState, string>;

export type ReportEvent = keyof typeof reportMachine;

/** The cycle stages in which each event is allowed, with the refusal outside them. */
export const REPORT_CYCLE_STAGES = {
  create: { stages: ["implementation", "reporting"], refusal: "Сформировать аналитическую справку можно на этапах «Реализация» и «Подведение итогов»." },
  edit: { stages: ["implementation", "reporting"], refusal: "Изменять аналитическую справку можно на этапах «Реализация» и «Подведение итогов»." },
  save_order: { stages: ["implementation", "reporting"], refusal: "Готовить приказ можно на этапах «Реализация» и «Подведение итогов»." },
  approve: { stages: ["reporting"], refusal: "Утвердить аналитическую справку приказом можно только на этапе «Подведение итогов»." },
} as const satisfies Record<ReportEvent, { stages: readonly CycleStatus[]; refusal: string }>;

/** The report's state first (an approved report refuses everything), then the cycle's stage. */
export function reportStep(event: ReportEvent, state: ReportState, cycleStatus: CycleStatus): TransitionResult<ReportState> {
  const step = transition(reportMachine, state, event);
  if (!step.ok) return step;
  const stage = REPORT_CYCLE_STAGES[event];
  if (!(stage.stages as readonly CycleStatus[]).includes(cycleStatus)) return { ok: false, reason: stage.refusal };
  return step;
}

export const APPROVE_WITHOUT_ORDER_REFUSAL = "Сначала заполните и сохраните приказ об утверждении аналитической справки.";

export const CYCLE_CLOSE_REFUSAL = "Закрыть цикл можно только после утверждения аналитической справки приказом.";

/** Closing a cycle needs its report approved; null when it may close. */
export function cycleCloseRefusal(state: ReportState): string | null {
  return state === "approved" ? null : CYCLE_CLOSE_REFUSAL;
}
