import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { can, hasRole, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { COMPETENCIES, deficitsOf, toScores } from "@/lib/domain/competency";
import { curatorCoverage, daysOverdue, documentShares, headlineComparisons, iomCoverage, monthBuckets, stageProgress, type ReportState } from "@/lib/domain/dashboard";
import { countersFrom, isoDay, OPEN_STATUSES, overdueCount, percentDone, totalOf } from "@/lib/domain/measures";
import { CONSULTATION_MODULES, EVENT_TYPES } from "@/lib/domain/report/figures";
import { DEVELOPMENT_KEY, DIAGNOSIS_KEY } from "@/lib/domain/roadmap/sections";
import { summariseConsultations, summariseEvents } from "@/lib/domain/support/counts";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { getDiagnosticsSummary } from "@/lib/features/diagnostics/queries";
import { getThresholds } from "@/lib/features/diagnostics/settings";
import { getCoordinatorTeacherCounts } from "@/lib/features/home/queries";
import { cycleMeasureGroups, getMonitorRows } from "@/lib/features/monitor/queries";
import { ofCycle } from "@/lib/features/report/queries";
import { getSchoolResultsOrThrow } from "@/lib/features/results/queries";
import { loadRoadmap } from "@/lib/features/roadmap/queries";

/**
 * The «Показатели» dashboards (decision 041). Every function checks
 * `dashboard:read` (403) and reads through the scope builders; the per-request
 * React `cache` lets each chart load its own aggregate while the figures of
 * one page share the rows they have in common (the cycle, the monitor rows,
 * the cycle's consultations).
 */
const READ = "dashboard:read" as const;
/** The coordinator's view is the monitor's: coordinators and the administrator. */
const COORDINATOR = "monitor:read" as const;

const cycleSelect = {
  id: true,
  year: true,
  title: true,
  status: true,
  municipalityId: true,
  diagnosisDeadline: true,
  programmesDeadline: true,
  municipality: { select: { name: true } },
} as const;

/**
 * The cycles the dashboard can show (the actor's municipality; every
 * municipality for the administrator), newest first, and the one it shows:
 * `cycleId` if given (404 outside the scope), else the current cycle.
 */
export const getDashboardCycles = cache(async (actor: Actor, cycleId?: string) => {
  if (!can(actor, READ)) forbidden();
  const cycles = await getDb().cycle.findMany({
    where: scope.cycle(actor, READ),
    orderBy: [{ year: "desc" }, { municipality: { name: "asc" } }],
    select: cycleSelect,
  });
  let cycle = cycleId ? cycles.find((c) => c.id === cycleId) : undefined;
  if (cycleId && !cycle) notFound();
  if (!cycle) {
    const current = await getCurrentCycle(actor);
    cycle = cycles.find((c) => c.id === current?.id) ?? cycles[0];
  }
  return { cycles, cycle: cycle ?? null };
});
export type DashboardCycle = NonNullable<Awaited<ReturnType<typeof getDashboardCycles>>["cycle"]>;

/**
 * The page: the cycles and the one shown, and which sections the person
 * gets — the coordinator's (coordinators and the administrator, for the
 * cycle's municipality), the curator's, and one per school of a school-team
 * grant.
 */
export async function getDashboard(actor: Actor, cycleId?: string) {
  const { cycles, cycle } = await getDashboardCycles(actor, cycleId);
  const schoolIds = actor.roles.flatMap((r) => (r.role === "school_admin" && r.schoolId ? [r.schoolId] : []));
  const schools = schoolIds.length
    ? await getDb().school.findMany({
        where: { AND: [scope.school(actor, READ), { id: { in: schoolIds } }] },
        orderBy: { shortName: "asc" },
        select: { id: true, code: true, shortName: true },
      })
    : [];
  return { cycles, cycle, coordinator: can(actor, COORDINATOR), curator: hasRole(actor, "curator"), schools };
}

/** A cycle in the actor's scope for `permission` (403 without it, 404 outside the scope). */
const cycleInScope = cache(async (actor: Actor, cycleId: string, permission: typeof READ | typeof COORDINATOR) => {
  if (!can(actor, READ) || !can(actor, permission)) forbidden();
  const cycle = await getDb().cycle.findFirst({ where: { AND: [scope.cycle(actor, permission), { id: cycleId }] }, select: cycleSelect });
  if (!cycle) notFound();
  return cycle;
});

/** The monitor's rows of the cycle (decision 017), once per request. */
const coordinatorRows = cache(async (actor: Actor, cycleId: string) => getMonitorRows(actor, await cycleInScope(actor, cycleId, COORDINATOR)));

// ───────────────────────────── coordinator ─────────────────────────────

/** (1) The cycle's progress stage by stage, with the stage it is at. */
export async function getStageProgress(actor: Actor, cycleId: string) {
  const cycle = await cycleInScope(actor, cycleId, COORDINATOR);
  const [rows, report] = await Promise.all([
    coordinatorRows(actor, cycleId),
    getDb().analyticalReport.findFirst({ where: { AND: [scope.report(actor, "report:read"), { cycleId }] }, select: { status: true } }),
  ]);
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const reportState: ReportState = report?.status ?? "none";
  const stages = stageProgress(
    {
      schools: rows.length,
      profilesConfirmed: rows.filter((r) => r.riskProfileStatus === "confirmed").length,
      documentsRequired: sum((r) => r.documentsRequired),
      documentsPresented: sum((r) => r.documentsPresented),
      documents: sum((r) => r.documentsTotal),
      documentsConfirmed: sum((r) => r.documentsConfirmed),
      measures: sum((r) => r.measures),
      measuresDone: sum((r) => r.counters.done),
      report: reportState,
    },
    cycle.status,
  );
  return { cycle, stages, report: reportState };
}

/** (2) Documents confirmed, overall and by kind. */
export async function getDocumentShares(actor: Actor, cycleId: string) {
  await cycleInScope(actor, cycleId, COORDINATOR);
  const groups = await getDb().programDocument.groupBy({
    by: ["kind", "status"],
    where: { AND: [scope.document(actor, COORDINATOR), { cycleSchool: { cycleId } }] },
    _count: { _all: true },
  });
  return documentShares(groups.map((g) => ({ kind: g.kind, status: g.status, count: g._count._all })));
}

/** (3) Measure status counters of the schools the actor sees (decision 016). */
export async function getMeasureStatuses(actor: Actor, cycleId: string) {
  await cycleInScope(actor, cycleId, COORDINATOR);
  const [rows, groups] = await Promise.all([coordinatorRows(actor, cycleId), cycleMeasureGroups(cycleId)]);
  const mine = new Set(rows.map((r) => r.cycleSchoolId));
  const own = groups.filter((g) => mine.has(g.cycleSchoolId)).map((g) => ({ status: g.status, overdue: g.overdue, count: Number(g.count) }));
  const counters = countersFrom(own);
  return { counters, total: totalOf(counters), overdue: overdueCount(own), percentDone: percentDone(counters) };
}

/** (4) The most overdue measures (earliest deadline first) and how many are overdue in all. */
export async function getMostOverdueMeasures(actor: Actor, cycleId: string, limit = 10, today = new Date()) {
  await cycleInScope(actor, cycleId, COORDINATOR);
  const day = new Date(`${isoDay(today)}T00:00:00Z`);
  const where = {
    AND: [scope.measure(actor, COORDINATOR), { status: { in: [...OPEN_STATUSES] }, deadline: { lt: day }, document: { cycleSchool: { cycleId } } }],
  };
  const [rows, total] = await Promise.all([
    getDb().measure.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take: limit,
      select: { id: true, title: true, deadline: true, status: true, document: { select: { cycleSchool: { select: { school: { select: { code: true, shortName: true } } } } } } },
    }),
    getDb().measure.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((m) => ({
      id: m.id,
      title: m.title,
      deadline: m.deadline!,
      status: m.status,
      school: m.document.cycleSchool.school,
      days: daysOverdue(m.deadline!, today),
    })),
  };
}

/** (5) Curator coverage: schools with an active curator, schools per curator. */
export async function getCuratorCoverage(actor: Actor, cycleId: string) {
  return curatorCoverage(await coordinatorRows(actor, cycleId));
}

/** (6) МНЦ events of the cycle (the analytical report's definition) by type. */
export async function getCycleEvents(actor: Actor, cycleId: string) {
  const cycle = await cycleInScope(actor, cycleId, COORDINATOR);
  const events = await getDb().supportEvent.findMany({
    where: { AND: [scope.event(actor, "event:read"), ofCycle(cycle)] },
    select: { date: true, type: true, moduleId: true, projectId: true, participants: true },
  });
  const summary = summariseEvents(events, {}, EVENT_TYPES);
  return { year: cycle.year, total: summary.total, participants: summary.participants, byType: summary.byType };
}

/** (7) МТКП consultations of the cycle by thematic module and by month. */
export const getCycleConsultations = cache(async (actor: Actor, cycleId: string) => {
  const cycle = await cycleInScope(actor, cycleId, COORDINATOR);
  const rows = await getDb().consultation.findMany({
    where: { AND: [scope.consultation(actor, "consultation:read"), ofCycle(cycle)] },
    select: { date: true, module: true, subjectId: true, schoolId: true },
  });
  const summary = summariseConsultations(rows, {}, CONSULTATION_MODULES);
  return {
    year: cycle.year,
    total: summary.total,
    byModule: CONSULTATION_MODULES.map((module) => ({ module, count: summary.byModule.find((r) => r.key === module)?.count ?? 0 })),
    byMonth: monthBuckets(
      rows.map((r) => r.date),
      cycle.year,
    ),
  };
});

/** (8a) ИОМ coverage: teachers with deficits at entry, and of them those with an approved ИОМ, by school. */
export async function getIomCoverage(actor: Actor, cycleId: string) {
  await cycleInScope(actor, cycleId, COORDINATOR);
  const db = getDb();
  const [entries, approved, thresholds] = await Promise.all([
    db.competencyDiagnostic.findMany({
      where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { cycleId, kind: "entry" }] },
      select: { teacherId: true, schoolId: true, subject: true, methodological: true, digital: true, communicative: true, psychological: true },
    }),
    db.iom.findMany({ where: { AND: [scope.iom(actor, "iom:read"), { cycleId, status: "approved" }] }, select: { teacherId: true } }),
    getThresholds(db),
  ]);
  const coverage = iomCoverage(
    entries.map((e) => ({ teacherId: e.teacherId, schoolId: e.schoolId, deficits: deficitsOf(toScores(e), thresholds).length })),
    new Set(approved.map((i) => i.teacherId)),
  );
  const schools = await db.school.findMany({ where: { id: { in: coverage.bySchool.map((r) => r.schoolId) } }, select: { id: true, code: true, shortName: true } });
  const byId = new Map(schools.map((s) => [s.id, s]));
  const collator = new Intl.Collator("ru", { numeric: true });
  return {
    ...coverage,
    bySchool: coverage.bySchool
      .map((r) => ({ ...r, code: byId.get(r.schoolId)?.code ?? "", shortName: byId.get(r.schoolId)?.shortName ?? "" }))
      .sort((a, b) => collator.compare(a.shortName, b.shortName)),
  };
}

/** (8b) Competency diagnostics: teachers at entry and repeat, averages per competency. */
export async function getDiagnosticsComparison(actor: Actor, cycleId: string) {
  await cycleInScope(actor, cycleId, COORDINATOR);
  const [summary, counts] = await Promise.all([getDiagnosticsSummary(actor, cycleId), getCoordinatorTeacherCounts(actor, cycleId)]);
  return {
    entryTeachers: counts.entry,
    repeatTeachers: counts.repeat,
    competencies: COMPETENCIES.map((c) => ({
      competency: c,
      entry: summary.entry?.[c] ?? null,
      repeat: summary.repeat?.[c] ?? null,
      delta: summary.delta?.[c] ?? null,
    })),
  };
}

// ─────────────────────────────── curator ───────────────────────────────

/** The curator's own schools in the cycle (active pairings with them), side by side. */
export async function getCuratorSchools(actor: Actor, cycleId: string) {
  const cycle = await cycleInScope(actor, cycleId, READ);
  const rows = await getMonitorRows(actor, cycle, new Date(), READ);
  const collator = new Intl.Collator("ru", { numeric: true });
  return rows
    .filter((r) => r.curatorId === actor.userId)
    .sort((a, b) => collator.compare(a.shortName, b.shortName))
    .map((r) => ({
      code: r.code,
      shortName: r.shortName,
      riskProfileStatus: r.riskProfileStatus,
      measures: r.measures,
      done: r.counters.done,
      percentDone: r.percentDone,
      overdue: r.overdue,
      documentsConfirmed: r.documentsConfirmed,
      documentsTotal: r.documentsTotal,
    }));
}

// ───────────────────────────── school team ─────────────────────────────

/** A school in the actor's dashboard scope (404 outside it). */
const schoolInScope = cache(async (actor: Actor, schoolId: string) => {
  if (!can(actor, READ)) forbidden();
  const school = await getDb().school.findFirst({ where: { AND: [scope.school(actor, READ), { id: schoolId }] }, select: { id: true, code: true, shortName: true } });
  if (!school) notFound();
  return school;
});

/** The school's roadmap progress: measure counters per section (null when the school is not in the cycle). */
export async function getSchoolRoadmapProgress(actor: Actor, cycleId: string, schoolId: string) {
  const school = await schoolInScope(actor, schoolId);
  await cycleInScope(actor, cycleId, READ);
  const cycleSchool = await getDb().cycleSchool.findFirst({
    where: { AND: [scope.cycleSchool(actor, "measure:read"), { cycleId, schoolId }] },
    select: { id: true },
  });
  if (!cycleSchool) return null;
  const { sections } = await loadRoadmap(actor, cycleSchool.id);
  return {
    school,
    sections: sections
      .filter((s) => s.key !== DIAGNOSIS_KEY)
      .map((s) => ({
        key: s.key,
        title: s.title,
        label: s.key === DEVELOPMENT_KEY ? "Программа развития" : `Фактор ${s.riskFactorCode}`,
        status: s.status,
        counters: s.counters,
        total: totalOf(s.counters),
      })),
  };
}

/** The school's results against the municipality: the headline metric of each series, latest year up to the cycle's. */
export async function getSchoolResultsVsMunicipality(actor: Actor, cycleId: string, schoolId: string) {
  const school = await schoolInScope(actor, schoolId);
  const cycle = await cycleInScope(actor, cycleId, READ);
  if (!can(actor, "exam_result:read")) return null;
  const results = await getSchoolResultsOrThrow(actor, school.code);
  return { school, groups: headlineComparisons(results.comparisons, cycle.year) };
}
