/**
 * What a document still lacks before it may be submitted for expertise, in
 * Russian, each problem with where it is: «Задача 2, мероприятие 1: не указан
 * срок». Pure: no I/O.
 *
 * Rules:
 * - every document: a title and a goal; concept: also the mission, the
 *   desired state and the analysis of the chosen risks;
 * - programmes (medium-term, anti-risk): at least one task, every task has a
 *   wording and at least one measure;
 * - every measure: a deadline (inside the cycle when bounds are given), a
 *   responsible person and a measurable indicator — its name, unit, baseline
 *   and target.
 */
import { measurePath, taskPath } from "./fields";
import { deadlineOutOfBoundsMessage, isWithinBounds, parseIsoDay, type Bounds } from "./period";
import type { DocumentSnapshot } from "./snapshot";

export type CompletenessProblem = { path: string | null; message: string };

const blank = (value: string | null | undefined) => !value || value.trim() === "";

export function checkCompleteness(doc: DocumentSnapshot, bounds?: Bounds): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  const header = (message: string) => problems.push({ path: null, message });

  if (blank(doc.title)) header("Не указано название документа");
  if (doc.periodFrom !== null && doc.periodTo !== null && doc.periodFrom > doc.periodTo) header("Период указан неверно: год начала позже года окончания");
  if (doc.kind === "concept") {
    if (blank(doc.mission)) header("Не указана миссия");
    if (blank(doc.goal)) header("Не указана стратегическая цель");
    if (blank(doc.desiredState)) header("Не описано желаемое состояние");
    if (blank(doc.analysis)) header("Нет анализа и обоснования выбранных рисков");
    return problems;
  }

  if (blank(doc.goal)) header("Не указана цель");
  if (doc.tasks.length === 0) header("Не добавлено ни одной задачи");

  doc.tasks.forEach((task, i) => {
    const at = (message: string) => problems.push({ path: taskPath(i), message });
    if (blank(task.title)) at("не сформулирована задача");
    if (task.measures.length === 0) at("нет ни одного мероприятия");
    task.measures.forEach((m, j) => {
      const here = (message: string) => problems.push({ path: measurePath(i, j), message });
      if (blank(m.title)) here("не указано название мероприятия");
      if (blank(m.deadline)) here("не указан срок");
      else if (bounds) {
        const date = parseIsoDay(m.deadline!);
        if (!date || !isWithinBounds(date, bounds)) here(deadlineOutOfBoundsMessage(bounds).replace(/^Срок/, "срок"));
      }
      if (blank(m.responsible)) here("не указан ответственный");
      if (blank(m.indicatorName)) here("не указан показатель результата");
      if (blank(m.indicatorUnit)) here("не указана единица измерения показателя");
      if (m.baseline === null) here("не указано базовое значение показателя");
      if (m.target === null) here("не указано целевое значение показателя");
    });
  });
  return problems;
}

/** «Задача 2, мероприятие 1: не указан срок» */
export function formatProblem(problem: CompletenessProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}
