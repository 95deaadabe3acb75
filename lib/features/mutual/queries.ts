import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { criteriaFor, documentViewSelect, reviewSelect } from "@/lib/features/reviews/queries";
import { getCycleSchoolOrNotFound } from "@/lib/features/schools/cycle-school";

const pairListSelect = {
  id: true,
  status: true,
  version: true,
  exchangeDeadline: true,
  meetingDeadline: true,
  uploadDeadline: true,
  exchangedAt: true,
  meetingAt: true,
  uploadedAt: true,
  finalFile: { select: { id: true, originalName: true } },
  schoolA: { select: { id: true, school: { select: { code: true, shortName: true } } } },
  schoolB: { select: { id: true, school: { select: { code: true, shortName: true } } } },
  _count: { select: { reviews: true } },
} as const;

/** The coordinator's page: the cycle's schools and its pairs. */
export async function getCycleMutual(actor: Actor, cycleId: string) {
  if (!can(actor, "cycle:manage")) forbidden();
  const db = getDb();
  const cycle = await db.cycle.findFirst({
    where: { AND: [scope.cycle(actor, "cycle:manage"), { id: cycleId }] },
    select: { id: true, title: true, year: true, mutualExchangeDeadline: true, mutualMeetingDeadline: true, mutualUploadDeadline: true },
  });
  if (!cycle) notFound();
  const [schools, pairs] = await Promise.all([
    db.cycleSchool.findMany({ where: { cycleId: cycle.id }, orderBy: { school: { code: "asc" } }, select: { id: true, school: { select: { code: true, shortName: true } } } }),
    db.mutualPair.findMany({ where: { cycleId: cycle.id }, orderBy: { createdAt: "asc" }, select: pairListSelect }),
  ]);
  return { cycle, schools, pairs };
}

/**
 * A school's mutual expertise: its pair in the cycle, the partner's package
 * (read-only), this school's reviews of it, and the partner's reviews of this
 * school. Visible to both schools, their curators and the coordinator.
 */
export async function getSchoolMutual(actor: Actor, code: string, cycleId?: string) {
  const cycleSchool = await getCycleSchoolOrNotFound(actor, code, "document:read", cycleId);
  const db = getDb();
  const pair = await db.mutualPair.findFirst({
    where: { AND: [scope.mutualPair(actor, "document:read"), { cycleId: cycleSchool.cycleId, OR: [{ schoolAId: cycleSchool.id }, { schoolBId: cycleSchool.id }] }] },
    select: pairListSelect,
  });
  if (!pair) return { cycleSchool, pair: null } as const;
  const partner = pair.schoolA.id === cycleSchool.id ? pair.schoolB : pair.schoolA;
  const canWrite = can(actor, "mutual_review:write") && actor.roles.some((g) => g.role === "school_admin" && g.schoolId === cycleSchool.schoolId);
  const [riskProfile, documents, reviews, ownDocuments] = await Promise.all([
    db.riskProfile.findUnique({
      where: { cycleSchoolId: partner.id },
      select: { status: true, factors: { orderBy: { factor: { sortOrder: "asc" } }, select: { significance: true, factor: { select: { code: true, title: true } } } } },
    }),
    db.programDocument.findMany({
      where: { cycleSchoolId: partner.id, status: { not: "draft" } },
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      select: documentViewSelect,
    }),
    db.review.findMany({
      where: { mutualPairId: pair.id, kind: "mutual" },
      select: { ...reviewSelect, documentId: true, reviewerCycleSchoolId: true, document: { select: { title: true, kind: true } } },
    }),
    db.programDocument.findMany({ where: { cycleSchoolId: cycleSchool.id }, select: { id: true } }),
  ]);
  const kinds = [...new Set(documents.map((d) => d.kind))];
  const criteria = Object.fromEntries(
    await Promise.all(kinds.map(async (k) => [k, await criteriaFor(k, reviews.flatMap((r) => r.scores.map((s) => s.criterionId)))] as const)),
  );
  // Drafts stay with the school that writes them.
  const ownReviews = reviews.filter((r) => r.reviewerCycleSchoolId === cycleSchool.id && (canWrite || r.status === "submitted"));
  // The partner's reviews of this school: only completed ones.
  const ownDocIds = new Set(ownDocuments.map((d) => d.id));
  const receivedReviews = reviews.filter((r) => r.reviewerCycleSchoolId === partner.id && r.status === "submitted" && ownDocIds.has(r.documentId));
  const allCriteria = await db.reviewCriterion.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, code: true, text: true, active: true, documentKind: true } });
  return { cycleSchool, pair, partner, canWrite, riskProfile, documents, criteria, ownReviews, receivedReviews, allCriteria } as const;
}
