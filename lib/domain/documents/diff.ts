/**
 * What changed between two revisions of a document, as a list a person can
 * read: header fields changed; tasks and measures added, removed or changed
 * (with each changed field before → after). Tasks and measures are paired by
 * id when both revisions carry ids, otherwise by position. Values are
 * formatted for display (Russian decimal comma, dd.mm.yyyy). Pure: no I/O.
 */
import { HEADER_FIELD_LABELS, MEASURE_FIELD_LABELS, TASK_FIELD_LABELS, measurePath, taskPath, type HeaderField, type MeasureField, type TaskField } from "./fields";
import type { DocumentSnapshot, MeasureSnapshot, TaskSnapshot } from "./snapshot";

export type ChangeKind = "added" | "removed" | "changed";
export type FieldChange = { field: string; before: string | null; after: string | null };
export type DiffEntry = {
  change: ChangeKind;
  target: "document" | "task" | "measure";
  /** «Документ», «Задача 2», «Задача 2, мероприятие 1». */
  path: string;
  title: string;
  fields: FieldChange[];
};

export const CHANGE_LABELS: Record<ChangeKind, string> = { added: "добавлено", removed: "удалено", changed: "изменено" };

function display(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return String(value).replace(".", ",");
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return `${iso[3]}.${iso[2]}.${iso[1]}`;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

function fieldChanges<T, K extends keyof T & string>(before: T | null, after: T | null, labels: Record<K, string>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of Object.keys(labels) as K[]) {
    const a = before ? display(before[key] as string | number | null) : null;
    const b = after ? display(after[key] as string | number | null) : null;
    if (a !== b) out.push({ field: labels[key], before: a, after: b });
  }
  return out;
}

/** Pairs items by id when every item has one, else by position. */
function pair<T extends { id?: string }>(before: readonly T[], after: readonly T[]): Array<[number | null, number | null]> {
  const allIds = [...before, ...after].every((item) => typeof item.id === "string");
  const pairs: Array<[number | null, number | null]> = [];
  if (allIds) {
    const afterIndex = new Map(after.map((item, i) => [item.id!, i]));
    const matched = new Set<number>();
    before.forEach((item, i) => {
      const j = afterIndex.get(item.id!);
      if (j === undefined) pairs.push([i, null]);
      else {
        pairs.push([i, j]);
        matched.add(j);
      }
    });
    after.forEach((_item, j) => {
      if (!matched.has(j)) pairs.push([null, j]);
    });
    return pairs;
  }
  for (let i = 0; i < Math.max(before.length, after.length); i++) pairs.push([i < before.length ? i : null, i < after.length ? i : null]);
  return pairs;
}

const positionLabel = "Порядковый номер";

function diffMeasures(before: TaskSnapshot | null, after: TaskSnapshot | null, ti: number, tj: number, out: DiffEntry[]) {
  const a: readonly MeasureSnapshot[] = before?.measures ?? [];
  const b: readonly MeasureSnapshot[] = after?.measures ?? [];
  for (const [i, j] of pair(a, b)) {
    const old = i === null ? null : a[i]!;
    const cur = j === null ? null : b[j]!;
    const fields = fieldChanges<MeasureSnapshot, MeasureField>(old, cur, MEASURE_FIELD_LABELS);
    if (old && cur) {
      if (i !== j && old.id !== undefined) fields.unshift({ field: positionLabel, before: String(i! + 1), after: String(j! + 1) });
      if (fields.length > 0) out.push({ change: "changed", target: "measure", path: measurePath(tj, j!), title: cur.title, fields });
    } else if (cur) out.push({ change: "added", target: "measure", path: measurePath(tj, j!), title: cur.title, fields });
    else if (old) out.push({ change: "removed", target: "measure", path: measurePath(ti, i!), title: old.title, fields });
  }
}

export function diffSnapshots(before: DocumentSnapshot, after: DocumentSnapshot): DiffEntry[] {
  const out: DiffEntry[] = [];
  const header = fieldChanges<DocumentSnapshot, HeaderField>(before, after, HEADER_FIELD_LABELS);
  if (header.length > 0) out.push({ change: "changed", target: "document", path: "Документ", title: after.title, fields: header });

  for (const [i, j] of pair(before.tasks, after.tasks)) {
    const old = i === null ? null : before.tasks[i]!;
    const cur = j === null ? null : after.tasks[j]!;
    if (old && cur) {
      const fields = fieldChanges<TaskSnapshot, TaskField>(old, cur, TASK_FIELD_LABELS);
      if (i !== j && old.id !== undefined) fields.unshift({ field: positionLabel, before: String(i! + 1), after: String(j! + 1) });
      if (fields.length > 0) out.push({ change: "changed", target: "task", path: taskPath(j!), title: cur.title, fields });
      diffMeasures(old, cur, i!, j!, out);
    } else if (cur) {
      out.push({ change: "added", target: "task", path: taskPath(j!), title: cur.title, fields: fieldChanges<TaskSnapshot, TaskField>(null, cur, TASK_FIELD_LABELS) });
      diffMeasures(null, cur, j!, j!, out);
    } else if (old) {
      out.push({ change: "removed", target: "task", path: taskPath(i!), title: old.title, fields: fieldChanges<TaskSnapshot, TaskField>(old, null, TASK_FIELD_LABELS) });
      diffMeasures(old, null, i!, i!, out);
    }
  }
  return out;
}
