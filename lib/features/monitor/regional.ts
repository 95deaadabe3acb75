import "server-only";
import { forbidden } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { groupBy } from "@/lib/domain/common/group-by";
import { emptyCounters, percentDone, COUNTER_KEYS, type MeasureCounters, type Zone } from "@/lib/domain/measures";
import { cycleMeasureGroups } from "./measure-groups";
import { requiredDocumentCounts, schoolFigures } from "./queries";

/** One municipality of the regional roll-up: its cycle of the year, summed over its schools. */
export type RegionalRow = {
  municipalityId: string;
  municipalityName: string;
  cycleId: string;
  schools: number;
  zones: Record<Zone, number>;
  profilesConfirmed: number;
  documentsConfirmed: number;
  documentsTotal: number;
  counters: MeasureCounters;
  measures: number;
  percentDone: number | null;
  overdue: number;
};

/**
 * The regional roll-up: every municipality's cycle of `year` in the actor's
 * `monitor:read` scope (the whole region for the administrator, one
 * municipality for a coordinator), aggregated from the same four queries as
 * the municipal monitor — scoped schools, measures grouped in SQL by school,
 * status and overdue flag, documents grouped by school and status, required
 * documents counted in SQL — run once for all the cycles, never per
 * municipality. Each school gets its zone from the same pure rule as the
 * monitor (decision 016), then the schools are summed per municipality.
 */
export async function getRegionalRollup(actor: Actor, year: number, today = new Date()): Promise<RegionalRow[]> {
  if (!can(actor, "monitor:read")) forbidden();
  const db = getDb();
  const cycles = await db.cycle.findMany({
    where: { AND: [scope.cycle(actor, "monitor:read"), { year }] },
    select: { id: true, diagnosisDeadline: true, programmesDeadline: true, municipality: { select: { id: true, name: true } } },
  });
  if (cycles.length === 0) return [];
  const ids = cycles.map((c) => c.id);
  const [schools, measureGroups, documentGroups, requiredRows] = await Promise.all([
    db.cycleSchool.findMany({
      where: { AND: [scope.cycleSchool(actor, "monitor:read"), { cycleId: { in: ids } }] },
      select: { id: true, cycleId: true, riskProfile: { select: { status: true } } },
    }),
    cycleMeasureGroups(ids, today),
    db.programDocument.groupBy({ by: ["cycleSchoolId", "status"], where: { cycleSchool: { cycleId: { in: ids } } }, _count: { _all: true } }),
    requiredDocumentCounts(ids),
  ]);
  const measuresBy = groupBy(measureGroups, (g) => g.cycleSchoolId);
  const docsBy = groupBy(documentGroups, (g) => g.cycleSchoolId);
  const requiredBy = new Map(requiredRows.map((r) => [r.cycleSchoolId, r]));
  const schoolsBy = groupBy(schools, (s) => s.cycleId);

  return cycles
    .map((cycle) => {
      const row: RegionalRow = {
        municipalityId: cycle.municipality.id,
        municipalityName: cycle.municipality.name,
        cycleId: cycle.id,
        schools: 0,
        zones: { red: 0, yellow: 0, green: 0 },
        profilesConfirmed: 0,
        documentsConfirmed: 0,
        documentsTotal: 0,
        counters: emptyCounters(),
        measures: 0,
        percentDone: null,
        overdue: 0,
      };
      for (const cs of schoolsBy.get(cycle.id) ?? []) {
        const { counters, overdue, measures, documentsConfirmed, documentsTotal, zone: { zone } } = schoolFigures({
          cycle,
          today,
          riskProfileStatus: cs.riskProfile?.status ?? null,
          measureGroups: measuresBy.get(cs.id) ?? [],
          documentGroups: docsBy.get(cs.id) ?? [],
          required: requiredBy.get(cs.id),
        });
        row.schools += 1;
        row.zones[zone] += 1;
        if (cs.riskProfile?.status === "confirmed") row.profilesConfirmed += 1;
        row.documentsConfirmed += documentsConfirmed;
        row.documentsTotal += documentsTotal;
        for (const key of COUNTER_KEYS) row.counters[key] += counters[key];
        row.measures += measures;
        row.overdue += overdue;
      }
      row.percentDone = percentDone(row.counters);
      return row;
    })
    .sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, "ru", { numeric: true }));
}
