import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { reportFigures, yearPeriod } from "@/lib/domain/report/figures";
import { cycleMeasureGroups } from "@/lib/features/monitor/queries";

const READ = "report:read" as const;

/**
 * "The cycle's events" (and consultations): linked to the cycle, or not
 * linked to any cycle and dated within its calendar year in its
 * municipality. New events and consultations are linked to the cycle of
 * their year when they are recorded (decision 018), so both readings agree
 * on real data; the second covers rows recorded before the cycle existed.
 * The dashboards count the cycle's events and consultations by it too.
 */
export function ofCycle(cycle: { id: string; year: number; municipalityId: string }) {
  const { from, to } = yearPeriod(cycle.year);
  return { OR: [{ cycleId: cycle.id }, { cycleId: null, municipalityId: cycle.municipalityId, date: { gte: from, lte: to } }] };
}

/**
 * The figures of the analytical report on a cycle the caller has found in
 * the actor's `report:read` scope: schools, measures, МНЦ events and МТКП
 * consultations, each read through its scope builder.
 */
export async function getReportFigures(actor: Actor, cycle: { id: string; year: number; municipalityId: string }, today = new Date()) {
  const db = getDb();
  const [schools, groups, events, consultations] = await Promise.all([
    db.cycleSchool.findMany({ where: { AND: [scope.cycleSchool(actor, READ), { cycleId: cycle.id }] }, select: { categories: true } }),
    cycleMeasureGroups(cycle.id, today),
    db.supportEvent.findMany({ where: { AND: [scope.event(actor, READ), ofCycle(cycle)] }, select: { date: true, type: true, participants: true } }),
    db.consultation.findMany({
      where: { AND: [scope.consultation(actor, READ), ofCycle(cycle)] },
      select: { date: true, module: true, subject: { select: { code: true, name: true } } },
    }),
  ]);
  return reportFigures({
    schools,
    measureGroups: groups.map((g) => ({ status: g.status, overdue: g.overdue, count: Number(g.count) })),
    events,
    consultations,
  });
}
