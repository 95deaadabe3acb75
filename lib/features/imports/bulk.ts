/**
 * Bulk writes for imports: ids made here (so children can point at rows
 * created in the same batch) and one `UPDATE … FROM unnest(…)` statement per
 * table instead of one update per row. Table and column names come from this
 * code, never from the file; every value is a bound parameter.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";

/** A cuid-shaped id (`c` + 24 base-36 characters) like Prisma's defaults. */
export function newId(): string {
  const bytes = randomBytes(24);
  let out = "c";
  for (const b of bytes) out += (b % 36).toString(36);
  return out;
}

type Value = string | number | boolean | Date | readonly string[] | null | undefined;

function asText(value: Value): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return `{${value.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}

const CHUNK = 5000;

/**
 * Updates rows by id: `columns` maps each column to its SQL type (`text`,
 * `int`, `numeric`, `date`, `boolean`, `"SchoolKind"`, `"SchoolCategory"[]`).
 * `version` increments the optimistic-lock version, `updatedAt` stamps it.
 */
export async function bulkUpdate(
  tx: Tx,
  table: string,
  columns: Record<string, string>,
  rows: readonly ({ id: string } & Record<string, Value>)[],
  options: { version?: boolean; updatedAt?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const sets = names.map((c) => `"${c}" = v."${c}"::${columns[c]}`);
  if (options.version) sets.push(`"version" = t."version" + 1`);
  if (options.updatedAt) sets.push(`"updatedAt" = now()`);
  const params = ["id", ...names].map((_, i) => `$${i + 1}::text[]`).join(", ");
  const sql = `UPDATE "${table}" AS t SET ${sets.join(", ")} FROM unnest(${params}) AS v("id", ${names.map((c) => `"${c}"`).join(", ")}) WHERE t."id" = v."id"`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const arrays = [chunk.map((r) => r.id), ...names.map((c) => chunk.map((r) => asText(r[c])))];
    await tx.$executeRawUnsafe(sql, ...arrays);
  }
}

/**
 * Inserts rows with `INSERT … SELECT … FROM unnest(…)`: one statement and
 * one parameter per column, several times faster than `createMany` (one
 * parameter per value). Columns left out get their database defaults;
 * `updatedAt` (a Prisma-side default) is stamped when asked.
 * `onConflictDoNothing` skips rows that hit a unique index.
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: Record<string, string>,
  rows: readonly Record<string, Value>[],
  options: { updatedAt?: boolean; onConflictDoNothing?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const target = [...names, ...(options.updatedAt ? ["updatedAt"] : [])].map((c) => `"${c}"`).join(", ");
  const values = [...names.map((c) => `v."${c}"::${columns[c]}`), ...(options.updatedAt ? ["now()"] : [])].join(", ");
  const params = names.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const sql = `INSERT INTO "${table}" (${target}) SELECT ${values} FROM unnest(${params}) AS v(${names.map((c) => `"${c}"`).join(", ")})${options.onConflictDoNothing ? " ON CONFLICT DO NOTHING" : ""}`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(sql, ...names.map((c) => chunk.map((r) => asText(r[c]))));
  }
}
