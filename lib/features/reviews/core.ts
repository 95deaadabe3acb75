/**
 * Saving a review (curator or mutual) inside the caller's transaction:
 * validate against the active criteria of the document's kind, create or
 * update the Review under its optimistic lock, replace its scores, audit.
 */
import "server-only";
import { returnValidationErrors } from "next-safe-action";
import { expectOneRow, type AuditFn } from "@/lib/actions/mutate";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { DocumentKind, ReviewKind } from "@/lib/db/generated/enums";
import { reviewTotals, validateReview } from "@/lib/domain/reviews/scoring";
import { AppError, outOfScope } from "@/lib/errors";
import { toFormatted } from "@/lib/actions/validation-shape";
import { reviewInputSchema } from "./schemas";
import type { z } from "zod";

type ParsedReview = z.output<typeof reviewInputSchema>;

export type ReviewTarget = {
  kind: ReviewKind;
  document: { id: string; kind: DocumentKind; currentRevision: number };
  reviewerCycleSchoolId: string | null;
  mutualPairId: string | null;
};

export async function activeCriterionIds(tx: Tx, kind: DocumentKind): Promise<string[]> {
  const rows = await tx.reviewCriterion.findMany({ where: { documentKind: kind, active: true }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Domain rules that need the catalogue; throws the field errors (nothing written). */
export async function checkReviewInput(tx: Tx, input: ParsedReview, kind: DocumentKind, mode: "draft" | "submit"): Promise<string[]> {
  const criterionIds = await activeCriterionIds(tx, kind);
  const errors = validateReview({ criterionIds, scores: input.scores, verdict: input.verdict, mode });
  if (Object.keys(errors).length) returnValidationErrors(reviewInputSchema, toFormatted(errors) as never);
  return criterionIds;
}

export async function saveReview(
  tx: Tx,
  actor: Actor,
  audit: AuditFn,
  permission: Permission,
  target: ReviewTarget,
  input: ParsedReview,
  mode: "draft" | "submit",
  criterionIds: string[],
) {
  const sameTarget = {
    documentId: target.document.id,
    kind: target.kind,
    revisionNumber: target.document.currentRevision,
    reviewerCycleSchoolId: target.reviewerCycleSchoolId,
    mutualPairId: target.mutualPairId,
  };
  const status = mode === "submit" ? ("submitted" as const) : ("draft" as const);
  const fields = {
    strengths: input.strengths || null,
    recommendations: input.recommendations || null,
    verdict: input.verdict,
    status,
    submittedAt: mode === "submit" ? new Date() : null,
  };

  let reviewId: string;
  let version = 1;
  let before: object | null = null;
  if (input.reviewId) {
    const existing = await tx.review.findFirst({
      where: { AND: [scope.review(actor, permission), { id: input.reviewId }, sameTarget] },
      select: { id: true, status: true, verdict: true, version: true },
    });
    if (!existing) throw outOfScope("Review", input.reviewId);
    if (existing.status === "submitted") throw new AppError("INVALID_TRANSITION", "Экспертиза уже завершена, изменить её нельзя.");
    expectOneRow(
      await tx.review.updateMany({
        where: { id: existing.id, version: input.version, status: "draft" },
        data: { ...fields, reviewerId: actor.userId, version: { increment: 1 } },
      }),
    );
    reviewId = existing.id;
    version = input.version + 1;
    before = { status: existing.status, verdict: existing.verdict };
    await tx.reviewScore.deleteMany({ where: { reviewId } });
  } else {
    // Someone else already started this review: the form is stale.
    if (await tx.review.count({ where: sameTarget })) throw new AppError("CONFLICT");
    const created = await tx.review.create({ data: { ...sameTarget, ...fields, reviewerId: actor.userId }, select: { id: true } });
    reviewId = created.id;
  }

  const allowed = new Set(criterionIds);
  const rows = Object.entries(input.scores)
    .filter(([criterionId, s]) => allowed.has(criterionId) && s.score !== null)
    .map(([criterionId, s]) => ({ reviewId, criterionId, score: s.score as number, comment: s.comment?.trim() || null }));
  if (rows.length) await tx.reviewScore.createMany({ data: rows });

  const totals = reviewTotals(criterionIds, input.scores);
  await audit({
    action: mode === "submit" ? "review.submit" : "review.save_draft",
    entityType: "Review",
    entityId: reviewId,
    before,
    after: { kind: target.kind, status, verdict: input.verdict, total: totals.total, max: totals.max, scored: totals.scored },
  });
  return { reviewId, version };
}
