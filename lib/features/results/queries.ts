import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, type Prisma, type Tx } from "@/lib/db/client";
import {
  aggregateSeries,
  compareWithMunicipality,
  contingentDynamics,
  earlyWarnings,
  latestYear,
  schoolSeries,
  type ResultRow,
  type ResultSeries,
  type ResultWarning,
} from "@/lib/domain/results";
import { outOfScope } from "@/lib/errors";

const READ = "exam_result:read" as const;

type Decimalish = { toNumber(): number } | null;
const num = (v: Decimalish) => (v === null ? null : v.toNumber());

const resultSelect = {
  schoolId: true,
  year: true,
  exam: true,
  grade: true,
  participants: true,
  avgScore: true,
  failShare: true,
  qualityShare: true,
  successShare: true,
  subject: { select: { code: true, name: true } },
} satisfies Prisma.ExamResultSelect;

type SelectedResult = Prisma.ExamResultGetPayload<{ select: typeof resultSelect }>;

export function toResultRow(r: SelectedResult): ResultRow {
  return {
    schoolId: r.schoolId,
    year: r.year,
    exam: r.exam,
    subjectCode: r.subject.code,
    subjectName: r.subject.name,
    grade: r.grade,
    participants: r.participants,
    avgScore: num(r.avgScore),
    failShare: num(r.failShare),
    qualityShare: num(r.qualityShare),
    successShare: num(r.successShare),
  };
}

/**
 * Every result of every school of a municipality. Unscoped on purpose: the
 * municipal average is over all the municipality's schools, whoever looks.
 * Callers pass a municipality the actor may read and show other schools'
 * figures only as that aggregate (or where the actor's scope covers them).
 */
export async function unsafeMunicipalResultRows(db: Tx, municipalityId: string): Promise<ResultRow[]> {
  const rows = await db.examResult.findMany({ where: { school: { municipalityId } }, select: resultSelect });
  return rows.map(toResultRow);
}

export type MunicipalResults = {
  municipalityId: string;
  rows: ResultRow[];
  /** Weighted municipal averages, series by series. */
  municipal: Map<string, ResultSeries>;
  /** The latest year with any result (the early warning's default as-of year). */
  latestYear: number | null;
  years: number[];
};

/** One municipality's results and averages, loaded once per request. */
export const loadMunicipalResults = cache(async (municipalityId: string): Promise<MunicipalResults> => {
  const rows = await unsafeMunicipalResultRows(getDb(), municipalityId);
  return {
    municipalityId,
    rows,
    municipal: aggregateSeries(rows),
    latestYear: latestYear(rows),
    years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b),
  };
});

/** The warnings of every school of `rows` as of `asOfYear`, school by school (schools without warnings left out). */
export function warningsBySchool(results: MunicipalResults, asOfYear: number, schoolIds?: ReadonlySet<string>): Map<string, ResultWarning[]> {
  const out = new Map<string, ResultWarning[]>();
  const ids = schoolIds ?? new Set(results.rows.map((r) => r.schoolId));
  for (const schoolId of ids) {
    const warnings = earlyWarnings({ asOfYear, school: schoolSeries(results.rows, schoolId), municipality: results.municipal });
    if (warnings.length) out.set(schoolId, warnings);
  }
  return out;
}

/**
 * One school's results against its municipality, its contingent over the
 * years and its early warnings, if the school is in the actor's
 * `exam_result:read` scope (404, audited, otherwise).
 */
export async function getSchoolResultsOrThrow(actor: Actor, code: string, asOfYear?: number) {
  const db = getDb();
  const school = await db.school.findFirst({
    where: { AND: [scope.school(actor, READ), { code }] },
    select: {
      id: true,
      code: true,
      shortName: true,
      name: true,
      municipalityId: true,
      contingents: { select: { year: true, students: true, ovzStudents: true, lowIncomeStudents: true, singleParentStudents: true } },
    },
  });
  if (!school) throw outOfScope("School", code);
  const results = await loadMunicipalResults(school.municipalityId);
  const own = schoolSeries(results.rows, school.id);
  const year = asOfYear ?? results.latestYear;
  return {
    school: { id: school.id, code: school.code, shortName: school.shortName, name: school.name },
    comparisons: compareWithMunicipality(own, results.municipal),
    contingent: contingentDynamics(school.contingents),
    asOfYear: year,
    warnings: year === null ? [] : earlyWarnings({ asOfYear: year, school: own, municipality: results.municipal }),
    years: results.years,
  };
}
export type SchoolResults = Awaited<ReturnType<typeof getSchoolResultsOrThrow>>;
