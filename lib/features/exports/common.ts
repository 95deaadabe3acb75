/** Shared pieces of the register exports: the scoped cycle, the query, the «О выгрузке» lines. */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { outOfScope } from "@/lib/errors";
import type { WorkbookSpec } from "./workbook";

export type ExportInput = { cycleId: string; query: URLSearchParams };
export type RegisterExport = WorkbookSpec & { filename: string };
export type RegisterBuilder = (actor: Actor, input: ExportInput) => Promise<RegisterExport>;

/** The page schemas parse a plain object (the last value wins, as in `searchParams`). */
export function queryObject(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(params);
}

/** The cycle of the export, within the actor's scope for the register's permission; else 404 (audited). */
export async function loadCycle(actor: Actor, permission: Permission, cycleId: string) {
  const cycle = await getDb().cycle.findFirst({
    where: { AND: [scope.cycle(actor, permission), { id: cycleId }] },
    select: { id: true, year: true, title: true, status: true, municipalityId: true, diagnosisDeadline: true, programmesDeadline: true },
  });
  if (!cycle) throw outOfScope("Cycle", cycleId);
  return cycle;
}

/** «О выгрузке» lines: the filters that are set, with Russian labels. */
export function filterLines(lines: ReadonlyArray<readonly [string, string | null | undefined]>): [string, string][] {
  const set = lines.filter((l): l is readonly [string, string] => !!l[1]).map(([k, v]) => [k, v] as [string, string]);
  return set.length ? set : [["Отбор", "без отбора"]];
}

export const quoted = (v?: string) => (v ? `«${v}»` : undefined);
export const rowsLine = (n: number): [string, string] => ["Строк в выгрузке", String(n)];
