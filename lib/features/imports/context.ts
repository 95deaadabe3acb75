/**
 * What every kind's planner gets and returns. A planner checks the valid
 * rows against the database (batch lookups: one query per referenced
 * table), reports errors per row and column, counts what it would create
 * and update, and returns the `write` that does it — called only when the
 * whole file is clean, inside the import's one transaction.
 */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import type { CycleStatus } from "@/lib/db/generated/enums";
import type { ImportRowError, ValidRow } from "@/lib/domain/imports/table";

export type ImportCycle = { id: string; year: number; status: CycleStatus; municipalityId: string; title: string };

export type PlanContext = {
  db: Tx;
  actor: Actor;
  /** The municipality the file is for (from the cycle, or the coordinator's own); null only when the kind needs none. */
  municipalityId: string | null;
  cycle: ImportCycle | null;
  /** Today as "YYYY-MM-DD" (UTC). */
  today: string;
};

export type Plan = {
  errors: ImportRowError[];
  created: number;
  updated: number;
  write: (tx: Tx) => Promise<void>;
};

export type Planner<T> = (ctx: PlanContext, rows: ValidRow<T>[]) => Promise<Plan>;

export const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function requireMunicipality(ctx: PlanContext): string {
  if (!ctx.municipalityId) throw new Error("planner needs a municipality");
  return ctx.municipalityId;
}

export function requireCycle(ctx: PlanContext): ImportCycle {
  if (!ctx.cycle) throw new Error("planner needs a cycle");
  return ctx.cycle;
}

/** Schools of the municipality by code (one query); unknown and foreign codes are both «not found». */
export async function schoolsByCode(ctx: PlanContext, codes: Iterable<string>) {
  const list = [...new Set(codes)];
  const rows = list.length
    ? await ctx.db.school.findMany({ where: { code: { in: list }, municipalityId: requireMunicipality(ctx) }, select: { id: true, code: true, municipalityId: true } })
    : [];
  return new Map(rows.map((s) => [s.code, s]));
}

export const schoolNotFound = (code: string) => `Школа с кодом «${code}» не найдена в муниципалитете`;

/** Subjects by name or code, case-insensitive (one query). */
export async function subjectLookup(db: Tx) {
  const subjects = await db.subject.findMany({ select: { id: true, code: true, name: true } });
  const index = new Map<string, string>();
  for (const s of subjects) {
    index.set(s.name.toLocaleLowerCase("ru").replace(/ё/g, "е"), s.id);
    index.set(s.code.toLowerCase(), s.id);
  }
  return (text: string) => index.get(text.trim().toLocaleLowerCase("ru").replace(/ё/g, "е"));
}

/** A catalogue of titles of the municipality (plan modules, projects), case-insensitive. */
export function titleLookup(rows: readonly { id: string; title: string }[]) {
  const index = new Map(rows.map((r) => [r.title.trim().toLocaleLowerCase("ru").replace(/ё/g, "е").replace(/\s+/g, " "), r.id]));
  return (text: string) => index.get(text.trim().toLocaleLowerCase("ru").replace(/ё/g, "е").replace(/\s+/g, " "));
}
