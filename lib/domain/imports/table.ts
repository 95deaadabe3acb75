/**
 * From a sheet (rows of cells) to validated rows: the header row is matched
 * against a kind's columns (case-, space- and ё-insensitive, with aliases;
 * unknown columns are ignored), every data row goes through the kind's zod
 * schema, and each problem becomes an error with the row number as the
 * person sees it in Excel (the header is row 1), the column's header and a
 * Russian message. Pure: no I/O.
 */
import type { z } from "zod";
import { isBlank, normalizeKey, type Cell } from "./cells";

export type ImportRowError = { row: number; column: string | null; message: string };

export type ColumnSpec = {
  /** Field name in the row schema. */
  key: string;
  /** The header as the template writes it. */
  header: string;
  /** Other headers accepted for the column. */
  aliases?: readonly string[];
  required: boolean;
  /** What goes in the column (the «Справка» sheet of the template). */
  help: string;
  /** The template's example value. */
  example: string | number;
};

/** A sheet as read from the file: each row with its number in the file. */
export type SheetRow = { row: number; cells: Cell[] };

export type HeaderMatch = { index: Map<string, number>; errors: ImportRowError[] };

export function matchHeader(header: readonly Cell[], columns: readonly ColumnSpec[]): HeaderMatch {
  const byName = new Map<string, ColumnSpec>();
  for (const c of columns) for (const name of [c.header, ...(c.aliases ?? [])]) byName.set(normalizeKey(name), c);
  const index = new Map<string, number>();
  const errors: ImportRowError[] = [];
  header.forEach((cell, i) => {
    if (typeof cell !== "string" && typeof cell !== "number") return;
    const column = byName.get(normalizeKey(String(cell)));
    if (!column) return;
    if (index.has(column.key)) errors.push({ row: 1, column: column.header, message: `Столбец «${column.header}» указан дважды` });
    else index.set(column.key, i);
  });
  for (const c of columns) {
    if (c.required && !index.has(c.key)) errors.push({ row: 1, column: c.header, message: `Нет обязательного столбца «${c.header}»` });
  }
  return { index, errors };
}

export type ValidRow<T> = { row: number; data: T };

/**
 * Validates the data rows (blank rows are skipped). Errors are ordered by row
 * and then by the column order of the kind.
 */
export function validateRows<T>(
  rows: readonly SheetRow[],
  columns: readonly ColumnSpec[],
  index: Map<string, number>,
  schema: z.ZodType<T>,
): { valid: ValidRow<T>[]; errors: ImportRowError[]; count: number } {
  const headerOf = new Map(columns.map((c) => [c.key, c.header]));
  const order = new Map(columns.map((c, i) => [c.key, i]));
  const valid: ValidRow<T>[] = [];
  const errors: ImportRowError[] = [];
  let count = 0;
  for (const { row, cells } of rows) {
    if (cells.every((c) => isBlank(c))) continue;
    count += 1;
    const record: Record<string, Cell> = {};
    for (const c of columns) {
      const i = index.get(c.key);
      record[c.key] = i === undefined ? null : (cells[i] ?? null);
    }
    const result = schema.safeParse(record);
    if (result.success) {
      valid.push({ row, data: result.data });
      continue;
    }
    const issues = result.error.issues.toSorted(
      (a, b) => (order.get(String(a.path[0])) ?? 99) - (order.get(String(b.path[0])) ?? 99),
    );
    const reported = new Set<string | null>();
    for (const issue of issues) {
      const key = issue.path[0] === undefined ? null : String(issue.path[0]);
      // One message per cell: the first problem found.
      if (reported.has(key)) continue;
      reported.add(key);
      errors.push({ row, column: key ? (headerOf.get(key) ?? key) : null, message: issue.message });
    }
  }
  return { valid, errors, count };
}

/** Errors for a natural key that occurs more than once in the file (every row after the first). */
export function duplicateKeyErrors<T>(
  rows: readonly ValidRow<T>[],
  keyOf: (data: T) => string,
  column: string | null,
  message: (firstRow: number) => string,
): ImportRowError[] {
  const first = new Map<string, number>();
  const errors: ImportRowError[] = [];
  for (const r of rows) {
    const key = keyOf(r.data);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, r.row);
    else errors.push({ row: r.row, column, message: message(seen) });
  }
  return errors;
}

export function sortErrors(errors: ImportRowError[]): ImportRowError[] {
  return errors.toSorted((a, b) => a.row - b.row);
}
