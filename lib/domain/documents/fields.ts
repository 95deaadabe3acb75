/** Russian names of a document's fields, shared by the editor, the completeness check and the diff. */
import type { MeasureSnapshot, TaskSnapshot } from "./snapshot";

export const HEADER_FIELD_LABELS = {
  title: "Название",
  periodFrom: "Период: с",
  periodTo: "Период: по",
  mission: "Миссия",
  goal: "Цель",
  desiredState: "Желаемое состояние",
  analysis: "Анализ и обоснование выбранных рисков",
} as const;

export type HeaderField = keyof typeof HEADER_FIELD_LABELS;

export const TASK_FIELD_LABELS = {
  title: "Формулировка задачи",
  cause: "Причина риска, на которую направлена задача",
} as const satisfies Partial<Record<keyof TaskSnapshot, string>>;

export const MEASURE_FIELD_LABELS = {
  title: "Мероприятие",
  deadline: "Срок",
  responsible: "Ответственный",
  participants: "Участники / целевая аудитория",
  expectedResult: "Ожидаемый результат",
  indicatorName: "Показатель",
  indicatorUnit: "Единица измерения",
  baseline: "Базовое значение",
  target: "Целевое значение",
  reportForm: "Форма отчёта",
} as const satisfies Partial<Record<keyof MeasureSnapshot, string>>;

export type MeasureField = keyof typeof MEASURE_FIELD_LABELS;
export type TaskField = keyof typeof TASK_FIELD_LABELS;

/** «Задача 2», «Задача 2, мероприятие 1» (1-based positions). */
export function taskPath(taskIndex: number): string {
  return `Задача ${taskIndex + 1}`;
}
export function measurePath(taskIndex: number, measureIndex: number): string {
  return `Задача ${taskIndex + 1}, мероприятие ${measureIndex + 1}`;
}

/**
 * «Антирисковая программа «…»» for a heading; a default title already starts
 * with its kind («Концепция развития на 2026 год»), so it is not repeated.
 */
export function documentHeading(kindLabel: string, title: string): string {
  return title.toLocaleLowerCase("ru").startsWith(kindLabel.toLocaleLowerCase("ru")) ? title : `${kindLabel} «${title}»`;
}

/**
 * The title a new document gets: «Концепция развития на 2026 год»,
 * «Антирисковая программа «Дефицит педагогических кадров» на 2026 год».
 * Shared by the «create document» action and the carry-over into next year.
 */
export function defaultDocumentTitle(kindLabel: string, year: number, riskFactorTitle?: string | null): string {
  return riskFactorTitle ? `${kindLabel} «${riskFactorTitle}» на ${year} год` : `${kindLabel} на ${year} год`;
}
