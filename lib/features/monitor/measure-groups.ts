import "server-only";
import { getDb } from "@/lib/db/client";
import type { MeasureStatus } from "@/lib/db/generated/enums";
import { isoDay, OPEN_STATUSES } from "@/lib/domain/measures";

/**
 * Measures of every school of a cycle grouped by school, status and overdue
 * flag, in SQL (never loaded one by one). Not scoped: callers have checked
 * the cycle's scope and keep only the schools the actor sees (the monitor) or
 * read the whole cycle (the report, municipal roles only). Several cycles at
 * once for the regional roll-up.
 */
export async function cycleMeasureGroups(cycleId: string | readonly string[], today = new Date()) {
  const day = isoDay(today);
  const ids = typeof cycleId === "string" ? [cycleId] : [...cycleId];
  const open = [...OPEN_STATUSES];
  return getDb().$queryRaw<Array<{ cycleSchoolId: string; status: MeasureStatus; overdue: boolean; count: number }>>`
    SELECT d."cycleSchoolId", m."status",
           (m."deadline" IS NOT NULL AND m."deadline" < ${day}::date AND m."status"::text = ANY(${open})) AS "overdue",
           count(*)::int AS "count"
      FROM "Measure" m
      JOIN "ProgramDocument" d ON d."id" = m."documentId"
      JOIN "CycleSchool" cs ON cs."id" = d."cycleSchoolId"
     WHERE cs."cycleId" = ANY(${ids})
     GROUP BY 1, 2, 3`;
}
