/**
 * «Результаты обучения» (`/results`): the schools of the actor's
 * `exam_result:read` scope against the municipal average in one exam,
 * subject (and class) and year; the average's dynamics; the early warning
 * with each flagged school's place in the next cycle's lists (decision 040).
 * The municipal averages are over all the municipality's schools, whoever
 * looks; other schools' own figures never leave the scope.
 */
import "server-only";
import { forbidden } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import type { SchoolCategory } from "@/lib/db/generated/enums";
import { EXAM_METRICS, RESULT_METRICS, seriesKey, yearsOf, type MetricValues } from "@/lib/domain/results";
import { differencesFor, resolveSeries, seriesOptions, sortComparisons, type SchoolComparison } from "@/lib/domain/results/comparison";
import { groupWarnings } from "@/lib/domain/results/warning-groups";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { loadMunicipalResults, warningsBySchool } from "./queries";
import type { ResultsPageQuery } from "./schemas";

const READ = "exam_result:read" as const;
export const RESULTS_PAGE_SIZE = 25;
export const WARNINGS_PAGE_SIZE = 10;

const pageOf = <T>(rows: readonly T[], page: number | undefined, size: number) => {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page ?? 1), pages);
  return { items: rows.slice((current - 1) * size, current * size), page: current, pages, total: rows.length };
};

/** The municipality the page shows: the asked one, else the current cycle's, else the first (by name) in scope. */
async function pickMunicipality(actor: Actor, asked: string | undefined) {
  const municipalities = await getDb().municipality.findMany({ where: scope.municipality(actor, READ), orderBy: { name: "asc" }, select: { id: true, name: true } });
  if (municipalities.length === 0) return { municipalities, municipality: null };
  const current = await getCurrentCycle(actor);
  const municipality =
    municipalities.find((m) => m.id === asked) ?? municipalities.find((m) => m.id === current?.municipalityId) ?? municipalities[0];
  return { municipalities, municipality };
}

/** Lists of a cycle for some schools: schoolId → categories. */
async function listsOf(cycleId: string | undefined, schoolIds: string[]): Promise<Map<string, SchoolCategory[]>> {
  if (!cycleId || schoolIds.length === 0) return new Map();
  const rows = await getDb().cycleSchool.findMany({ where: { cycleId, schoolId: { in: schoolIds } }, select: { schoolId: true, categories: true } });
  return new Map(rows.map((r) => [r.schoolId, r.categories]));
}

/**
 * The target of «Добавить в списки цикла»: the municipality's earliest cycle
 * after the as-of year that is not closed (null: none open yet).
 */
export async function findNextCycle(actor: Actor, municipalityId: string, asOfYear: number) {
  return getDb().cycle.findFirst({
    where: { AND: [scope.cycle(actor, "cycle:read"), { municipalityId, year: { gt: asOfYear }, status: { not: "closed" } }] },
    orderBy: { year: "asc" },
    select: { id: true, year: true, title: true, status: true },
  });
}

export async function getResultsOverview(actor: Actor, query: ResultsPageQuery) {
  if (!can(actor, READ)) forbidden();
  const db = getDb();
  const { municipalities, municipality } = await pickMunicipality(actor, query.municipality);
  if (!municipality) return null;

  const [results, schools, exportCycle] = await Promise.all([
    loadMunicipalResults(municipality.id),
    db.school.findMany({
      where: { AND: [scope.school(actor, READ), { municipalityId: municipality.id }] },
      orderBy: { shortName: "asc" },
      select: { id: true, code: true, shortName: true, name: true, active: true },
    }),
    // The export register is scoped by a cycle of the municipality (decision 034).
    db.cycle.findFirst({ where: { AND: [scope.cycle(actor, READ), { municipalityId: municipality.id }] }, orderBy: { year: "desc" }, select: { id: true } }),
  ]);
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const latest = results.latestYear;
  const canWrite = can(actor, "exam_result:write");
  const base = { municipalities, municipality, schools, years: results.years, exportCycleId: exportCycle?.id ?? null, canManage: can(actor, "cycle:manage"), canWrite };
  if (latest === null) return { ...base, empty: true as const };

  // ── the comparison in one series and year ──
  const series = resolveSeries([...results.municipal.values()], { exam: query.exam, subject: query.subject, grade: query.grade })!;
  const year = query.year && results.years.includes(query.year) ? query.year : latest;
  const municipalCell = series.cells.get(year) ?? null;
  const chosenSchool = query.school ? schools.find((s) => s.code === query.school) : undefined;
  const needle = query.q?.toLocaleLowerCase("ru");
  const inSeries = results.rows.filter((r) => r.year === year && seriesKey(r) === series.key && schoolById.has(r.schoolId));
  const comparisons: SchoolComparison[] = inSeries
    .map((r) => {
      const school = schoolById.get(r.schoolId)!;
      const values = Object.fromEntries(RESULT_METRICS.map((m) => [m, r[m]])) as MetricValues;
      return { schoolId: r.schoolId, code: school.code, shortName: school.shortName, participants: r.participants, values, differences: differencesFor(series.exam, values, municipalCell?.values ?? null) };
    })
    .filter((c) => !query.school || c.code === query.school)
    .filter((c) => {
      if (!needle) return true;
      const s = schoolById.get(c.schoolId)!;
      return [s.shortName, s.name, s.code].some((v) => v.toLocaleLowerCase("ru").includes(needle));
    });
  const sort = query.sort ?? "name";
  const sorted = pageOf(sortComparisons(comparisons, sort, EXAM_METRICS[series.exam][0]), query.page, RESULTS_PAGE_SIZE);
  // For the coordinator's «Исправить» links: the stored rows of the page's schools.
  const stored = canWrite && sorted.items.length
    ? await db.examResult.findMany({
        where: { AND: [scope.examResult(actor, "exam_result:write"), { year, exam: series.exam, grade: series.grade, subject: { code: series.subjectCode }, schoolId: { in: sorted.items.map((c) => c.schoolId) } }] },
        select: { id: true, schoolId: true },
      })
    : [];
  const idBySchool = new Map(stored.map((r) => [r.schoolId, r.id]));
  const list = { ...sorted, items: sorted.items.map((c) => ({ ...c, resultId: idBySchool.get(c.schoolId) ?? null })) };

  // ── the average's dynamics (and the chosen school's, if one is chosen) ──
  const ownRows = chosenSchool ? results.rows.filter((r) => r.schoolId === chosenSchool.id && seriesKey(r) === series.key) : [];
  const dynamics = yearsOf(series).map((y) => {
    const cell = series.cells.get(y)!;
    const own = ownRows.find((r) => r.year === y);
    return { year: y, participants: cell.participants, schools: cell.schools, values: cell.values, school: own ? (Object.fromEntries(RESULT_METRICS.map((m) => [m, own[m]])) as MetricValues) : null };
  });

  // ── early warning ──
  const asOf = query.asOf && results.years.includes(query.asOf) ? query.asOf : latest;
  const flaggedAll = [...warningsBySchool(results, asOf, new Set(schoolById.keys()))]
    .map(([schoolId, warnings]) => ({ school: schoolById.get(schoolId)!, warnings, groups: groupWarnings(warnings) }))
    .sort((a, b) => a.school.shortName.localeCompare(b.school.shortName, "ru", { numeric: true }));
  const flagged = pageOf(flaggedAll, query.wpage, WARNINGS_PAGE_SIZE);
  const ids = flagged.items.map((f) => f.school.id);
  const [nextCycle, asOfCycle] = await Promise.all([
    findNextCycle(actor, municipality.id, asOf),
    db.cycle.findFirst({ where: { AND: [scope.cycle(actor, "cycle:read"), { municipalityId: municipality.id, year: asOf }] }, select: { id: true, year: true } }),
  ]);
  const [nextLists, asOfLists] = await Promise.all([listsOf(nextCycle?.id, flaggedAll.map((f) => f.school.id)), listsOf(asOfCycle?.id, ids)]);
  // What «Добавить все в списки цикла» would add: every flagged active school not yet listed, on any page.
  const unlisted = nextCycle ? flaggedAll.filter((f) => f.school.active && !nextLists.has(f.school.id)).length : 0;

  return {
    ...base,
    empty: false as const,
    latestYear: latest,
    selection: { year, series: { key: series.key, exam: series.exam, subjectCode: series.subjectCode, subjectName: series.subjectName, grade: series.grade }, sort, school: chosenSchool ?? null },
    options: seriesOptions([...results.municipal.values()], series),
    municipalCell,
    comparisons: list,
    dynamics,
    warnings: {
      asOf,
      total: flaggedAll.length,
      nextCycle,
      asOfCycle,
      unlisted,
      flagged: { ...flagged, items: flagged.items.map((f) => ({ ...f, nextCategories: nextLists.get(f.school.id) ?? null, asOfCategories: asOfLists.get(f.school.id) ?? null })) },
    },
  };
}

export type ResultsOverview = NonNullable<Awaited<ReturnType<typeof getResultsOverview>>>;
export type ResultsOverviewData = Extract<ResultsOverview, { empty: false }>;
