/**
 * The workflows of Опора. Labels of the states are in lib/i18n/labels.ts.
 */
import type { CycleStatus, DocumentStatus, IomStatus, MeasureStatus, PracticeStatus, RiskProfileStatus } from "@/lib/db/generated/enums";
import type { Machine } from "./machine";

export const CYCLE_STATUSES = ["draft", "diagnosis", "programming", "expertise", "implementation", "reporting", "closed"] as const satisfies readonly CycleStatus[];

/** The coordinator moves a cycle one stage forward at a time; closing needs the reporting stage. */
export const cycleMachine = {
  start_diagnosis: { from: ["draft"], to: "diagnosis", permission: "cycle:manage", refusal: "Стартовую диагностику можно начать только из черновика цикла." },
  start_programming: { from: ["diagnosis"], to: "programming", permission: "cycle:manage", refusal: "Разработка программ начинается после этапа диагностики." },
  start_expertise: { from: ["programming"], to: "expertise", permission: "cycle:manage", refusal: "Экспертиза начинается после этапа разработки программ." },
  start_implementation: { from: ["expertise"], to: "implementation", permission: "cycle:manage", refusal: "Реализация начинается после этапа экспертизы." },
  start_reporting: { from: ["implementation"], to: "reporting", permission: "cycle:manage", refusal: "Подведение итогов начинается после этапа реализации." },
  close: { from: ["reporting"], to: "closed", permission: "cycle:manage", refusal: "Закрыть можно только цикл на этапе подведения итогов." },
} as const satisfies Machine<CycleStatus, string>;

export const RISK_PROFILE_STATUSES = ["draft", "submitted", "confirmed", "returned"] as const satisfies readonly RiskProfileStatus[];

/** «черновик → на проверке у куратора → подтверждён / возвращён на доработку». */
export const riskProfileMachine = {
  submit: { from: ["draft", "returned"], to: "submitted", permission: "risk_profile:fill", refusal: "Отправить на проверку можно только черновик или возвращённый профиль." },
  confirm: { from: ["submitted"], to: "confirmed", permission: "risk_profile:confirm", refusal: "Подтвердить можно только профиль, отправленный на проверку." },
  return: { from: ["submitted"], to: "returned", permission: "risk_profile:confirm", refusal: "Вернуть на доработку можно только профиль, отправленный на проверку." },
} as const satisfies Machine<RiskProfileStatus, string>;

export const DOCUMENT_STATUSES = ["draft", "submitted", "confirmed", "returned"] as const satisfies readonly DocumentStatus[];

/** Documents: the school submits, the curator's expertise confirms or returns. */
export const documentMachine = {
  submit: { from: ["draft", "returned"], to: "submitted", permission: "document:write", refusal: "Отправить на экспертизу можно только черновик или возвращённый документ." },
  confirm: { from: ["submitted"], to: "confirmed", permission: "document:review", refusal: "Подтвердить можно только документ, отправленный на экспертизу." },
  return: { from: ["submitted"], to: "returned", permission: "document:review", refusal: "Вернуть на доработку можно только документ, отправленный на экспертизу." },
} as const satisfies Machine<DocumentStatus, string>;

/** A document's content may be edited by the school only in these states. */
export const DOCUMENT_EDITABLE: readonly DocumentStatus[] = ["draft", "returned"];

export const MEASURE_STATUSES = ["planned", "in_progress", "done", "confirmed", "needs_revision", "not_done"] as const satisfies readonly MeasureStatus[];

/**
 * Measures in implementation: «запланировано → выполнение → выполнено»
 * (evidence required) or «не выполнено» (reason required); the curator
 * confirms a done measure or returns it («требуется доработка»).
 */
export const measureMachine = {
  start: { from: ["planned"], to: "in_progress", permission: "measure:update", refusal: "Начать можно только запланированное мероприятие." },
  complete: { from: ["planned", "in_progress", "needs_revision"], to: "done", permission: "measure:update", refusal: "Отметить выполненным можно только мероприятие в работе или на доработке." },
  fail: { from: ["planned", "in_progress", "needs_revision"], to: "not_done", permission: "measure:update", refusal: "Отметить невыполненным можно только незавершённое мероприятие." },
  confirm: { from: ["done"], to: "confirmed", permission: "measure:confirm", refusal: "Подтвердить можно только выполненное мероприятие." },
  return: { from: ["done"], to: "needs_revision", permission: "measure:confirm", refusal: "Вернуть на доработку можно только выполненное мероприятие." },
} as const satisfies Machine<MeasureStatus, string>;

export const IOM_STATUSES = ["draft", "submitted", "approved", "returned"] as const satisfies readonly IomStatus[];

/** ИОМ: the teacher (or tutor) submits, the school admin team approves or returns; an approved ИОМ that is changed goes back to draft. */
export const iomMachine = {
  submit: { from: ["draft", "returned"], to: "submitted", permission: "iom:write", refusal: "Отправить на утверждение можно только черновик или возвращённый маршрут." },
  approve: { from: ["submitted"], to: "approved", permission: "iom:approve", refusal: "Утвердить можно только маршрут, отправленный на утверждение." },
  return: { from: ["submitted"], to: "returned", permission: "iom:approve", refusal: "Вернуть можно только маршрут, отправленный на утверждение." },
  reopen: { from: ["approved"], to: "draft", permission: "iom:write", refusal: "Изменить можно только утверждённый маршрут." },
} as const satisfies Machine<IomStatus, string>;

export const PRACTICE_STATUSES = ["submitted", "recommended_conference", "recommended_atlas", "declined"] as const satisfies readonly PracticeStatus[];

export const practiceMachine = {
  recommend_conference: { from: ["submitted"], to: "recommended_conference", permission: "practice:moderate", refusal: "Рекомендовать можно только поданную практику." },
  recommend_atlas: { from: ["submitted", "recommended_conference"], to: "recommended_atlas", permission: "practice:moderate", refusal: "Рекомендовать в атлас можно поданную или рекомендованную на конференцию практику." },
  decline: { from: ["submitted"], to: "declined", permission: "practice:moderate", refusal: "Отклонить можно только поданную практику." },
} as const satisfies Machine<PracticeStatus, string>;
