import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, type Tx } from "@/lib/db/client";
import { compareSchools, type ReportData, type ReportSchool } from "@/lib/domain/report/data";
import { reportFigures, yearPeriod } from "@/lib/domain/report/figures";
import { compareWithMunicipality, earlyWarnings, schoolSeries } from "@/lib/domain/results";
import { cycleMeasureGroups } from "@/lib/features/monitor/measure-groups";
import { loadMunicipalResults, warningsBySchool } from "@/lib/features/results/queries";
import { groupBy } from "@/lib/domain/common/group-by";

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

/** The cycle fields the report needs (select of `cycle`). */
export const reportCycleSelect = {
  id: true,
  year: true,
  title: true,
  status: true,
  municipalityId: true,
  orderNumber: true,
  orderDate: true,
  version: true,
  municipality: { select: { name: true, region: true, centerName: true, centerAddress: true, centerPhone: true, directorName: true } },
} as const;

export type ReportCycle = {
  id: string;
  year: number;
  title: string;
  municipalityId: string;
  orderNumber: string | null;
  orderDate: Date | null;
  municipality: { name: string; region: string; centerName: string; centerAddress: string | null; centerPhone: string | null; directorName: string | null };
};

/** The cycle within the actor's `report:read` scope (or `report:manage`), with what the report needs; or null. */
export async function findReportCycle(db: Tx, actor: Actor, cycleId: string, permission: "report:read" | "report:manage" = READ) {
  return db.cycle.findFirst({ where: { AND: [scope.cycle(actor, permission), { id: cycleId }] }, select: reportCycleSelect });
}

type IndicatorRow = { cycleSchoolId: string; measure: string; name: string; unit: string | null; baseline: number | null; target: number | null; actual: number | null };

/**
 * Everything the analytical report of a cycle is built from, in a fixed
 * number of queries whatever the number of schools (no per-school reads):
 * the cycle's schools with curators and risk assessments, their documents,
 * measures grouped in SQL, measure indicators, the cycle's events,
 * consultations and closed surveys, the municipality's exam results and
 * projects. The caller has found `cycle` in the actor's `report:read` scope;
 * rows are read through the scope builders too.
 */
export async function loadReportData(
  actor: Actor,
  cycle: ReportCycle,
  options: { title: string; approval?: ReportData["approval"] },
  today = new Date(),
): Promise<ReportData> {
  const db = getDb();
  const [cycleSchools, documents, groups, indicators, events, consultations, surveys, projects, results, municipalSchools] = await Promise.all([
    db.cycleSchool.findMany({
      where: { AND: [scope.cycleSchool(actor, READ), { cycleId: cycle.id }] },
      select: {
        id: true,
        categories: true,
        school: { select: { id: true, code: true, shortName: true, name: true } },
        pairings: { where: { active: true }, select: { curator: { select: { name: true } } } },
        riskProfile: {
          select: { status: true, factors: { select: { significance: true, programRequired: true, factor: { select: { code: true, title: true } } } } },
        },
      },
    }),
    db.programDocument.findMany({
      where: { AND: [scope.document(actor, READ), { cycleSchool: { cycleId: cycle.id } }] },
      orderBy: [{ kind: "asc" }, { riskFactor: { code: "asc" } }, { createdAt: "asc" }],
      select: { cycleSchoolId: true, kind: true, title: true, status: true, riskFactor: { select: { code: true, title: true } } },
    }),
    cycleMeasureGroups(cycle.id, today),
    // Raw SQL: thousands of rows at municipal scale, numbers as float8 (not Decimal objects).
    db.$queryRaw<IndicatorRow[]>`
      SELECT d."cycleSchoolId", m."title" AS "measure", m."indicatorName" AS "name", m."indicatorUnit" AS "unit",
             m."baseline"::float8 AS "baseline", m."target"::float8 AS "target", m."actual"::float8 AS "actual"
        FROM "Measure" m
        JOIN "ProgramDocument" d ON d."id" = m."documentId"
        JOIN "CycleSchool" cs ON cs."id" = d."cycleSchoolId"
        LEFT JOIN "DocumentTask" t ON t."id" = m."taskId"
       WHERE cs."cycleId" = ${cycle.id} AND m."indicatorName" IS NOT NULL AND btrim(m."indicatorName") <> ''
       ORDER BY d."cycleSchoolId", d."kind", d."createdAt", t."sortOrder", m."sortOrder"`,
    db.supportEvent.findMany({
      where: { AND: [scope.event(actor, READ), ofCycle(cycle)] },
      orderBy: { date: "asc" },
      select: { type: true, participants: true, module: { select: { title: true } }, project: { select: { title: true } }, schools: { select: { code: true } } },
    }),
    db.consultation.findMany({
      where: { AND: [scope.consultation(actor, READ), ofCycle(cycle)] },
      select: { module: true, teacherId: true, functions: true, subject: { select: { name: true } }, school: { select: { code: true } }, project: { select: { title: true } } },
    }),
    db.survey.findMany({
      where: { AND: [scope.survey(actor, READ), { cycleId: cycle.id, status: "closed" }] },
      orderBy: [{ closesOn: "asc" }, { createdAt: "asc" }],
      select: {
        title: true,
        audience: true,
        _count: { select: { responses: true } },
        questions: {
          where: { kind: { not: "text" } },
          orderBy: { sortOrder: "asc" },
          select: { id: true, kind: true, text: true, options: true, reportLabel: true, answers: { select: { boolValue: true, intValue: true, optionIndex: true } } },
        },
      },
    }),
    db.municipalProject.findMany({ where: { municipalityId: cycle.municipalityId }, orderBy: { title: "asc" }, select: { title: true } }),
    loadMunicipalResults(cycle.municipalityId),
    db.school.findMany({ where: { AND: [scope.school(actor, READ), { municipalityId: cycle.municipalityId }] }, select: { id: true, shortName: true } }),
  ]);

  const documentsBy = groupBy(documents, (d) => d.cycleSchoolId);
  const groupsBy = groupBy(groups, (g) => g.cycleSchoolId);
  const indicatorsBy = groupBy(indicators, (i) => i.cycleSchoolId);

  const schools: ReportSchool[] = cycleSchools.map((cs): ReportSchool => {
    const own = schoolSeries(results.rows, cs.school.id);
    return {
      code: cs.school.code,
      shortName: cs.school.shortName,
      name: cs.school.name,
      categories: cs.categories,
      curatorName: cs.pairings[0]?.curator.name ?? null,
      riskProfileStatus: cs.riskProfile?.status ?? null,
      assessments: (cs.riskProfile?.factors ?? [])
        .map((a) => ({ code: a.factor.code, title: a.factor.title, significance: a.significance, programRequired: a.programRequired }))
        .sort((a, b) => a.code - b.code),
      documents: (documentsBy.get(cs.id) ?? []).map((d) => ({
        kind: d.kind,
        title: d.title,
        status: d.status,
        riskFactorCode: d.riskFactor?.code ?? null,
        riskFactorTitle: d.riskFactor?.title ?? null,
      })),
      measureGroups: (groupsBy.get(cs.id) ?? []).map((g) => ({ status: g.status, overdue: g.overdue, count: Number(g.count) })),
      indicators: (indicatorsBy.get(cs.id) ?? []).map(({ cycleSchoolId: _id, ...i }) => i),
      comparisons: compareWithMunicipality(own, results.municipal),
      warnings: earlyWarnings({ asOfYear: cycle.year, school: own, municipality: results.municipal }),
    };
  });
  schools.sort(compareSchools);

  const inCycle = new Set(cycleSchools.map((cs) => cs.school.id));
  const outside = municipalSchools.filter((s) => !inCycle.has(s.id));
  const outsideWarnings = warningsBySchool(results, cycle.year, new Set(outside.map((s) => s.id)));
  const flaggedOutside = outside
    .filter((s) => outsideWarnings.has(s.id))
    .map((s) => ({ shortName: s.shortName, warnings: outsideWarnings.get(s.id)!.length }))
    .sort((a, b) => a.shortName.localeCompare(b.shortName, "ru", { numeric: true }));

  const m = cycle.municipality;
  return {
    year: cycle.year,
    cycleTitle: cycle.title,
    roadmapOrder: { number: cycle.orderNumber, date: cycle.orderDate },
    letterhead: {
      region: m.region,
      municipalityName: m.name,
      centerName: m.centerName,
      centerAddress: m.centerAddress,
      centerPhone: m.centerPhone,
      directorName: m.directorName,
    },
    title: options.title,
    approval: options.approval ?? null,
    schools,
    events: events.map((e) => ({
      type: e.type,
      participants: e.participants,
      module: e.module?.title ?? null,
      project: e.project?.title ?? null,
      schoolCodes: e.schools.map((s) => s.code),
    })),
    consultations: consultations.map((c) => ({
      module: c.module,
      subject: c.subject.name,
      teacherId: c.teacherId,
      schoolCode: c.school.code,
      functions: c.functions,
      project: c.project?.title ?? null,
    })),
    surveys: surveys.map((s) => ({
      title: s.title,
      audience: s.audience,
      responses: s._count.responses,
      questions: s.questions.map(({ answers, ...spec }) => ({ spec, answers })),
    })),
    projects: projects.map((p) => p.title),
    flaggedOutside,
  };
}

