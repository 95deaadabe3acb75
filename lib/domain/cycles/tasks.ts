/**
 * The year's tasks of a cycle («Задачи дорожной карты», `Cycle.tasks`): one
 * task per line in the settings form, pre-filled from section V of the
 * previous year's approved analytical report. Pure: no I/O.
 */

import { truncate } from "@/lib/domain/common/text";

/** At most this many tasks per cycle. */
export const CYCLE_TASKS_MAX = 50;
/** At most this many characters per task. */
export const CYCLE_TASK_MAX_LENGTH = 1000;

/** The textarea's text as tasks: one per line, trimmed, empty lines dropped. */
export function splitTaskLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Tasks as the textarea shows them. */
export function joinTaskLines(tasks: readonly string[]): string {
  return tasks.join("\n");
}

/**
 * The first Russian problem of a task list, or null when it fits: too many
 * tasks, or a task that is too long (its number is 1-based).
 */
export function cycleTasksProblem(tasks: readonly string[]): string | null {
  if (tasks.length > CYCLE_TASKS_MAX) return `Не больше ${CYCLE_TASKS_MAX} задач (сейчас ${tasks.length})`;
  const long = tasks.findIndex((t) => t.length > CYCLE_TASK_MAX_LENGTH);
  if (long >= 0) return `Задача ${long + 1} длиннее ${CYCLE_TASK_MAX_LENGTH} символов`;
  return null;
}

/**
 * Tasks taken from elsewhere (the report's section V) made to fit the same
 * limits the form enforces, so that the coordinator can save the settings
 * form unchanged: line breaks inside a task become spaces, empty ones are
 * dropped, each is cut to the maximum length, and only the first
 * `CYCLE_TASKS_MAX` are kept.
 */
export function normalizeCycleTasks(tasks: readonly string[]): string[] {
  return tasks
    .map((t) => t.replace(/\s*\r?\n\s*/g, " ").trim())
    .filter((t) => t.length > 0)
    .map((t) => truncate(t, CYCLE_TASK_MAX_LENGTH, "…"))
    .slice(0, CYCLE_TASKS_MAX);
}
