import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, type Prisma } from "@/lib/db/client";
import type { ExamResultsQuery } from "./schemas";

const READ = "exam_result:read" as const;

export function examResultsWhere(actor: Actor, query: ExamResultsQuery, extra: Prisma.ExamResultWhereInput = {}): Prisma.ExamResultWhereInput {
  return {
    AND: [
      scope.examResult(actor, READ),
      extra,
      query.year ? { year: query.year } : {},
      query.exam ? { exam: query.exam } : {},
      query.subject ? { subject: { code: query.subject } } : {},
      query.grade !== undefined ? { grade: query.grade } : {},
      query.school ? { school: { code: query.school } } : {},
      query.q
        ? { school: { OR: [{ shortName: { contains: query.q, mode: "insensitive" } }, { name: { contains: query.q, mode: "insensitive" } }, { code: { contains: query.q, mode: "insensitive" } }] } }
        : {},
    ],
  };
}

/**
 * Exam results in the actor's scope for the filters, newest year first, then
 * school, exam, subject, grade. The caller has checked `exam_result:read`;
 * `extra` narrows further (the export's municipality).
 */
export async function findExamResultRows(actor: Actor, query: ExamResultsQuery, extra: Prisma.ExamResultWhereInput = {}) {
  return getDb().examResult.findMany({
    where: examResultsWhere(actor, query, extra),
    orderBy: [{ year: "desc" }, { school: { code: "asc" } }, { exam: "asc" }, { subject: { name: "asc" } }, { grade: "asc" }],
    select: {
      id: true,
      year: true,
      exam: true,
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
}
