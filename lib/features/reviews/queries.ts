import "server-only";
import { notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { getCycleSchoolOrNotFound } from "@/lib/features/schools/cycle-school";

export const documentViewSelect = {
  id: true,
  kind: true,
  title: true,
  status: true,
  version: true,
  currentRevision: true,
  periodFrom: true,
  periodTo: true,
  mission: true,
  goal: true,
  desiredState: true,
  analysis: true,
  submittedAt: true,
  confirmedAt: true,
  riskFactor: { select: { code: true, title: true } },
  tasks: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      title: true,
      cause: true,
      measures: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, title: true, deadline: true, responsible: true, participants: true, expectedResult: true, indicatorName: true, indicatorUnit: true, baseline: true, target: true, reportForm: true },
      },
    },
  },
} as const;

export const reviewSelect = {
  id: true,
  kind: true,
  status: true,
  version: true,
  verdict: true,
  strengths: true,
  recommendations: true,
  revisionNumber: true,
  submittedAt: true,
  updatedAt: true,
  reviewer: { select: { name: true, position: true } },
  reviewerSchool: { select: { school: { select: { shortName: true } } } },
  scores: { select: { criterionId: true, score: true, comment: true } },
} as const;

export async function criteriaFor(kind: DocumentKind, includeIds: readonly string[] = []) {
  return getDb().reviewCriterion.findMany({
    where: { documentKind: kind, OR: [{ active: true }, { id: { in: [...includeIds] } }] },
    orderBy: { sortOrder: "asc" },
    select: { id: true, code: true, text: true, active: true },
  });
}

/**
 * The curator's expertise page of one document: the document (read-only),
 * the criteria and the reviews. A curator of the school edits the current
 * revision's review while the document is under review; everyone else with
 * `document:read` sees only completed reviews.
 */
export async function getReviewPage(actor: Actor, code: string, documentId: string, cycleId?: string) {
  const cycleSchool = await getCycleSchoolOrNotFound(actor, code, "document:read", cycleId);
  const db = getDb();
  const document = await db.programDocument.findFirst({
    where: { AND: [scope.document(actor, "document:read"), { id: documentId, cycleSchoolId: cycleSchool.id }] },
    select: documentViewSelect,
  });
  if (!document) notFound();
  const isReviewer =
    can(actor, "document:review") && (await db.programDocument.count({ where: { AND: [scope.document(actor, "document:review"), { id: document.id }] } })) > 0;
  const reviews = await db.review.findMany({
    where: { documentId: document.id, kind: "curator", ...(isReviewer ? {} : { status: "submitted" }) },
    orderBy: [{ revisionNumber: "desc" }, { createdAt: "desc" }],
    select: reviewSelect,
  });
  const current = reviews.find((r) => r.revisionNumber === document.currentRevision) ?? null;
  const canEdit = isReviewer && document.status === "submitted" && (!current || current.status === "draft");
  const usedIds = reviews.flatMap((r) => r.scores.map((s) => s.criterionId));
  const criteria = await criteriaFor(document.kind, usedIds);
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: cycleSchool.school.municipalityId }, select: { name: true, centerName: true } });
  return { cycleSchool, document, reviews, current, canEdit, isReviewer, criteria, municipality };
}

/** The whole catalogue for /admin/criteria, with how often each criterion was used. */
export async function listCriteria() {
  return getDb().reviewCriterion.findMany({
    orderBy: [{ documentKind: "asc" }, { sortOrder: "asc" }],
    select: { id: true, documentKind: true, code: true, text: true, active: true, version: true, sortOrder: true, _count: { select: { scores: true } } },
  });
}
