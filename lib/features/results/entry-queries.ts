/** Reads of the manual entry form: the schools of the `exam_result:write` scope, the subjects, one result to correct. */
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";

const WRITE = "exam_result:write" as const;

export async function getEntryOptions(actor: Actor) {
  if (!can(actor, WRITE)) forbidden();
  const db = getDb();
  const [schools, subjects] = await Promise.all([
    db.school.findMany({ where: { AND: [scope.school(actor, WRITE), { active: true }] }, orderBy: { shortName: "asc" }, select: { id: true, code: true, shortName: true } }),
    db.subject.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } }),
  ]);
  return { schools, subjects };
}
export type EntryOptions = Awaited<ReturnType<typeof getEntryOptions>>;

/** One result to correct, within the actor's `exam_result:write` scope (404 otherwise). */
export async function getExamResultForEditOrNotFound(actor: Actor, id: string) {
  if (!can(actor, WRITE)) forbidden();
  const row = await getDb().examResult.findFirst({
    where: { AND: [scope.examResult(actor, WRITE), { id }] },
    select: {
      id: true,
      version: true,
      schoolId: true,
      year: true,
      exam: true,
      subjectId: true,
      grade: true,
      participants: true,
      avgScore: true,
      failShare: true,
      qualityShare: true,
      successShare: true,
      school: { select: { code: true, shortName: true } },
      subject: { select: { code: true, name: true } },
    },
  });
  if (!row) notFound();
  const num = (v: { toNumber(): number } | null) => (v === null ? null : v.toNumber());
  return { ...row, avgScore: num(row.avgScore), failShare: num(row.failShare), qualityShare: num(row.qualityShare), successShare: num(row.successShare) };
}
export type ExamResultForEdit = Awaited<ReturnType<typeof getExamResultForEditOrNotFound>>;

/** One school year's contingent to correct, by school code and year, within the `exam_result:write` scope (404 otherwise). */
export async function getContingentForEditOrNotFound(actor: Actor, code: string, year: number) {
  if (!can(actor, WRITE)) forbidden();
  const row = await getDb().schoolContingent.findFirst({
    where: { year, school: { AND: [scope.school(actor, WRITE), { code }] } },
    select: {
      id: true,
      version: true,
      year: true,
      students: true,
      ovzStudents: true,
      lowIncomeStudents: true,
      singleParentStudents: true,
      school: { select: { code: true, shortName: true } },
    },
  });
  if (!row) notFound();
  return row;
}
export type ContingentForEdit = Awaited<ReturnType<typeof getContingentForEditOrNotFound>>;
