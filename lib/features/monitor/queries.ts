import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import type { RiskProfileStatus, SchoolCategory } from "@/lib/db/generated/enums";
import { countersFrom, overdueCount, percentDone, totalOf, zoneOf, type MeasureCounters, type MeasureGroup, type Zone } from "@/lib/domain/measures";
import { cycleMeasureGroups } from "./measure-groups";
import type { MonitorQuery, MonitorSortKey } from "./schemas";
import { groupBy } from "@/lib/domain/common/group-by";

export { cycleMeasureGroups };

export const MONITOR_PAGE_SIZE = 25;

export type MonitorRow = {
  cycleSchoolId: string;
  code: string;
  shortName: string;
  name: string;
  categories: SchoolCategory[];
  curatorId: string | null;
  curatorName: string | null;
  riskProfileStatus: RiskProfileStatus | null;
  documentsConfirmed: number;
  documentsTotal: number;
  /** Required documents of the school (decision 016) and how many are presented (submitted or confirmed). */
  documentsRequired: number;
  documentsPresented: number;
  counters: MeasureCounters;
  measures: number;
  percentDone: number | null;
  overdue: number;
  zone: Zone;
  zoneReasons: string[];
};

/** The cycle, if the actor may monitor it (403 without the permission, 404 outside the scope). */
export async function getMonitorCycleOrNotFound(actor: Actor, cycleId: string) {
  if (!can(actor, "monitor:read")) forbidden();
  const cycle = await getDb().cycle.findFirst({
    where: { AND: [scope.cycle(actor, "monitor:read"), { id: cycleId }] },
    select: { id: true, year: true, title: true, status: true, diagnosisDeadline: true, programmesDeadline: true },
  });
  if (!cycle) notFound();
  return cycle;
}
export type MonitorCycle = Awaited<ReturnType<typeof getMonitorCycleOrNotFound>>;

/**
 * Per school of a cycle: the required documents (the concept, the
 * medium-term programme and an anti-risk programme for every factor of high
 * significance, or of medium significance with `programRequired`) and how
 * many of them are presented (submitted or confirmed) — decision 016. Not
 * scoped, like `cycleMeasureGroups`: callers keep the schools the actor sees.
 */
export async function requiredDocumentCounts(cycleId: string | readonly string[]) {
  const ids = typeof cycleId === "string" ? [cycleId] : [...cycleId];
  // Grouped joins, not per-school subqueries over the CTE: those were
  // quadratic in the schools (13 s for a region of 3 000; decision 068).
  // `req` is unique per (school, factor), so the LEFT JOIN adds no rows.
  return getDb().$queryRaw<Array<{ cycleSchoolId: string; required: number; presented: number }>>`
    WITH req AS (
      SELECT p."cycleSchoolId", a."factorId"
        FROM "RiskFactorAssessment" a
        JOIN "RiskProfile" p ON p."id" = a."profileId"
        JOIN "CycleSchool" cs ON cs."id" = p."cycleSchoolId"
       WHERE cs."cycleId" = ANY(${ids})
         AND (a."significance" = 'high' OR (a."significance" = 'medium' AND a."programRequired"))
    ),
    required AS (SELECT "cycleSchoolId", count(*) AS n FROM req GROUP BY 1),
    presented AS (
      SELECT d."cycleSchoolId", count(*) AS n
        FROM "ProgramDocument" d
        JOIN "CycleSchool" cs ON cs."id" = d."cycleSchoolId"
        LEFT JOIN req ON req."cycleSchoolId" = d."cycleSchoolId" AND req."factorId" = d."riskFactorId"
       WHERE cs."cycleId" = ANY(${ids}) AND d."status" IN ('submitted', 'confirmed')
         AND (d."kind" IN ('concept', 'medium_term_program') OR req."factorId" IS NOT NULL)
       GROUP BY 1
    )
    SELECT cs."id" AS "cycleSchoolId",
           (2 + COALESCE(r.n, 0))::int AS "required",
           COALESCE(pr.n, 0)::int AS "presented"
      FROM "CycleSchool" cs
      LEFT JOIN required r ON r."cycleSchoolId" = cs."id"
      LEFT JOIN presented pr ON pr."cycleSchoolId" = cs."id"
     WHERE cs."cycleId" = ANY(${ids})`;
}

/**
 * One row per school of the cycle. Measures and documents are aggregated in
 * SQL (GROUP BY per school, status and overdue flag), never loaded one by
 * one; the counters, % done and zone come from the same pure functions the
 * roadmap view uses. The schools are those of the actor's `cycleSchool` scope
 * for `permission` (the monitor's own; the dashboards read it for theirs).
 */
export async function getMonitorRows(actor: Actor, cycle: MonitorCycle, today = new Date(), permission: Permission = "monitor:read"): Promise<MonitorRow[]> {
  const db = getDb();
  const [schools, measureGroups, documentGroups, requiredRows] = await Promise.all([
    db.cycleSchool.findMany({
      where: { AND: [scope.cycleSchool(actor, permission), { cycleId: cycle.id }] },
      select: {
        id: true,
        categories: true,
        school: { select: { code: true, shortName: true, name: true } },
        pairings: { where: { active: true }, select: { curator: { select: { id: true, name: true } } } },
        riskProfile: { select: { status: true } },
      },
    }),
    cycleMeasureGroups(cycle.id, today),
    db.programDocument.groupBy({ by: ["cycleSchoolId", "status"], where: { cycleSchool: { cycleId: cycle.id } }, _count: { _all: true } }),
    requiredDocumentCounts(cycle.id),
  ]);

  const measuresBy = groupBy(measureGroups, (g) => g.cycleSchoolId);
  const docsBy = groupBy(documentGroups, (g) => g.cycleSchoolId);
  const requiredBy = new Map(requiredRows.map((r) => [r.cycleSchoolId, r]));

  return schools.map((cs) => {
    const req = requiredBy.get(cs.id);
    const curator = cs.pairings[0]?.curator ?? null;
    const { counters, overdue, measures, documentsConfirmed, documentsTotal, zone } = schoolFigures({
      cycle,
      today,
      riskProfileStatus: cs.riskProfile?.status ?? null,
      measureGroups: measuresBy.get(cs.id) ?? [],
      documentGroups: docsBy.get(cs.id) ?? [],
      required: req,
    });
    return {
      cycleSchoolId: cs.id,
      code: cs.school.code,
      shortName: cs.school.shortName,
      name: cs.school.name,
      categories: cs.categories,
      curatorId: curator?.id ?? null,
      curatorName: curator?.name ?? null,
      riskProfileStatus: cs.riskProfile?.status ?? null,
      documentsConfirmed,
      documentsTotal,
      documentsRequired: req?.required ?? 2,
      documentsPresented: req?.presented ?? 0,
      counters,
      measures,
      percentDone: percentDone(counters),
      overdue,
      zone: zone.zone,
      zoneReasons: zone.reasons,
    };
  });
}


type RawMeasureGroup = { status: MeasureGroup["status"]; overdue: boolean; count: number | bigint };
type DocumentGroup = { status: string; _count: { _all: number } };

/**
 * One school's figures as the monitor and the regional roll-up show them:
 * measure counters, documents, and its zone by the documented rule (decision 016).
 */
export function schoolFigures(input: {
  cycle: { diagnosisDeadline: Date | null; programmesDeadline: Date | null };
  today: Date;
  riskProfileStatus: RiskProfileStatus | null;
  measureGroups: RawMeasureGroup[];
  documentGroups: DocumentGroup[];
  required: { required: number; presented: number } | undefined;
}) {
  const groups: MeasureGroup[] = input.measureGroups.map((g) => ({ status: g.status, overdue: g.overdue, count: Number(g.count) }));
  const counters = countersFrom(groups);
  const overdue = overdueCount(groups);
  const documentsTotal = input.documentGroups.reduce((n, d) => n + d._count._all, 0);
  const documentsConfirmed = input.documentGroups.filter((d) => d.status === "confirmed").reduce((n, d) => n + d._count._all, 0);
  const measures = totalOf(counters);
  const zone = zoneOf({
    today: input.today,
    diagnosisDeadline: input.cycle.diagnosisDeadline,
    programmesDeadline: input.cycle.programmesDeadline,
    riskProfileStatus: input.riskProfileStatus,
    requiredDocumentsMissing: Math.max(0, (input.required?.required ?? 2) - (input.required?.presented ?? 0)),
    documentsUnconfirmed: documentsTotal - documentsConfirmed,
    measures,
    overdue,
    attention: counters.attention,
  });
  return { counters, overdue, measures, documentsConfirmed, documentsTotal, zone };
}

const ZONE_ORDER: Record<Zone, number> = { red: 0, yellow: 1, green: 2 };
const PROFILE_ORDER = { draft: 1, returned: 2, submitted: 3, confirmed: 4 } as const;

function sortValue(row: MonitorRow, key: MonitorSortKey): string | number {
  switch (key) {
    case "school":
      return row.shortName;
    case "code":
      return row.code;
    case "curator":
      return row.curatorName ?? "";
    case "profile":
      return row.riskProfileStatus ? PROFILE_ORDER[row.riskProfileStatus] : 0;
    case "documents":
      return row.documentsTotal ? row.documentsConfirmed / row.documentsTotal : -1;
    case "percentDone":
      return row.percentDone ?? -1;
    case "overdue":
      return row.overdue;
    case "zone":
      return ZONE_ORDER[row.zone];
    default:
      return row.counters[key];
  }
}

/** Filters, search and sorting of the monitor (the page paginates, the export takes all). */
export function filterMonitorRows(rows: MonitorRow[], query: MonitorQuery): MonitorRow[] {
  const q = query.q?.toLocaleLowerCase("ru");
  const out = rows.filter(
    (r) =>
      (!q || r.shortName.toLocaleLowerCase("ru").includes(q) || r.name.toLocaleLowerCase("ru").includes(q) || r.code.toLowerCase().includes(q)) &&
      (!query.category || r.categories.includes(query.category)) &&
      (!query.zone || r.zone === query.zone) &&
      (!query.curator || (query.curator === "none" ? r.curatorId === null : r.curatorId === query.curator)),
  );
  const key = query.sort ?? "school";
  const sign = query.dir === "desc" ? -1 : 1;
  const collator = new Intl.Collator("ru", { numeric: true });
  return out.sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    const c = typeof va === "number" && typeof vb === "number" ? va - vb : collator.compare(String(va), String(vb));
    return c !== 0 ? sign * c : collator.compare(a.shortName, b.shortName);
  });
}

export async function getMonitorPage(actor: Actor, cycleId: string, query: MonitorQuery) {
  const cycle = await getMonitorCycleOrNotFound(actor, cycleId);
  const all = await getMonitorRows(actor, cycle);
  const rows = filterMonitorRows(all, query);
  const pages = Math.max(1, Math.ceil(rows.length / MONITOR_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pages);
  const curators = [...new Map(all.filter((r) => r.curatorId).map((r) => [r.curatorId!, r.curatorName!])).entries()].sort((a, b) => a[1].localeCompare(b[1], "ru"));
  return { cycle, rows: rows.slice((page - 1) * MONITOR_PAGE_SIZE, page * MONITOR_PAGE_SIZE), total: rows.length, all: all.length, page, pages, curators };
}
