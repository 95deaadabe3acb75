import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveCuratorReviewDraftAction, submitCuratorReviewAction } from "@/lib/features/reviews/actions";
import { REVIEW_MESSAGES } from "@/lib/domain/reviews/scoring";
import { activeCriteria, createDocument, fullScores } from "../support/reviews";
import { signInAs } from "../support/session";

const db = () => getDb();
const auditCount = (where: { action?: string; entityId?: string }) => db().auditLog.count({ where });

function input(doc: { id: string; version: number }, over: Record<string, unknown> = {}) {
  return {
    documentId: doc.id,
    reviewId: null as string | null,
    version: 0,
    documentVersion: doc.version,
    scores: {} as Record<string, { score: number | null; comment?: string }>,
    strengths: "",
    recommendations: "",
    verdict: null as "confirmed" | "needs_revision" | null,
    ...over,
  };
}

describe("curator expertise", () => {
  it("saves a partial draft, then returns the document with the comments, auditing both and notifying the school", async () => {
    const doc = await createDocument("edu230102");
    const [c1, c2] = await activeCriteria();
    await signInAs("curator@opora.demo");
    const draft = await saveCuratorReviewDraftAction(input(doc, { scores: { [c1.id]: { score: 1, comment: "Меры не связаны с задачей 2" } } }));
    expect(draft.data).toMatchObject({ ok: true, version: 1 });
    const reviewId = draft.data!.reviewId;
    expect(await auditCount({ action: "review.save_draft", entityId: reviewId })).toBe(1);
    expect((await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("submitted");

    const scores = await fullScores(3);
    scores[c2.id] = { score: 2, comment: "Показатель 2 не измерим" };
    const result = await submitCuratorReviewAction(
      input(doc, { reviewId, version: 1, scores, verdict: "needs_revision", strengths: "Чёткая цель", recommendations: "Уточнить показатели" }),
    );
    expect(result.data).toMatchObject({ ok: true, reviewId });
    const after = await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect(after.status).toBe("returned");
    expect(after.version).toBe(doc.version + 1);
    const review = await db().review.findUniqueOrThrow({ where: { id: reviewId }, include: { scores: true } });
    expect(review).toMatchObject({ kind: "curator", status: "submitted", verdict: "needs_revision", revisionNumber: 1, strengths: "Чёткая цель" });
    expect(review.scores.find((s) => s.criterionId === c2.id)).toMatchObject({ score: 2, comment: "Показатель 2 не измерим" });
    expect(await auditCount({ action: "review.submit", entityId: reviewId })).toBe(1);
    const docAudit = await db().auditLog.findFirstOrThrow({ where: { action: "document.return", entityId: doc.id } });
    expect(docAudit.before).toEqual({ status: "submitted" });
    expect(docAudit.after).toMatchObject({ status: "returned" });
    const school2 = await db().user.findUniqueOrThrow({ where: { email: "school2@opora.demo" } });
    const note = await db().notification.findFirstOrThrow({ where: { userId: school2.id, entityId: doc.id } });
    expect(note.kind).toBe("returned");
    expect(note.title).toBe(`Документ «${doc.title}» (Антирисковая программа) возвращён на доработку`);
    expect(note.link).toBe(`/schools/edu230102/documents/${doc.id}`);

    // A completed review cannot be changed.
    const again = await saveCuratorReviewDraftAction(input(doc, { reviewId, version: review.version, scores }));
    expect(again.serverError?.code).toBe("INVALID_TRANSITION");
  });

  it("confirms a document in one step: review and document audited, confirmedAt set, school notified", async () => {
    const doc = await createDocument("edu230105");
    // A default title names its kind already; the notification does not repeat it.
    await db().programDocument.update({ where: { id: doc.id }, data: { title: "Антирисковая программа «Проверка» на 2025 год" } });
    await signInAs("curator@opora.demo");
    const result = await submitCuratorReviewAction(input(doc, { scores: await fullScores(3), verdict: "confirmed" }));
    expect(result.data?.ok).toBe(true);
    const after = await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect(after.status).toBe("confirmed");
    expect(after.confirmedAt).not.toBeNull();
    expect(await auditCount({ action: "review.submit", entityId: result.data!.reviewId })).toBe(1);
    expect(await auditCount({ action: "document.confirm", entityId: doc.id })).toBe(1);
    expect(await db().notification.count({ where: { entityId: doc.id, kind: "confirmed" } })).toBeGreaterThan(0);
    const note = await db().notification.findFirstOrThrow({ where: { entityId: doc.id, kind: "confirmed" } });
    expect(note.title).toBe("Куратор подтвердил документ «Антирисковая программа «Проверка» на 2025 год»");
  });

  it("refuses other roles with 403 and audits the denial; nothing written", async () => {
    const doc = await createDocument("edu230102");
    for (const email of ["school2@opora.demo", "coordinator@opora.demo", "teacher@opora.demo", "tutor@opora.demo"]) {
      await signInAs(email);
      const denials = await auditCount({ action: "authz_denied" });
      const result = await submitCuratorReviewAction(input(doc, { scores: await fullScores(3), verdict: "confirmed" }));
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await auditCount({ action: "authz_denied" }), email).toBe(denials + 1);
    }
    expect(await db().review.count({ where: { documentId: doc.id } })).toBe(0);
    expect((await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("submitted");
  });

  it("answers 404 to the curator of another school, writing nothing", async () => {
    const doc = await createDocument("edu230102");
    await signInAs("curator2@opora.demo");
    const result = await submitCuratorReviewAction(input(doc, { scores: await fullScores(3), verdict: "confirmed" }));
    expect(result.serverError?.code).toBe("NOT_FOUND");
    const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied" }, orderBy: { id: "desc" } });
    expect(denial.meta).toMatchObject({ action: "review.submit", code: "NOT_FOUND" });
    expect(await db().review.count({ where: { documentId: doc.id } })).toBe(0);
    expect((await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("submitted");
  });

  it("requires a comment below «Да», next to the criterion; nothing written", async () => {
    const doc = await createDocument("edu230102");
    const [c1] = await activeCriteria();
    await signInAs("curator@opora.demo");
    const before = await db().auditLog.count();
    const scores = await fullScores(3);
    scores[c1.id] = { score: 1, comment: "  " };
    for (const action of [saveCuratorReviewDraftAction, submitCuratorReviewAction]) {
      const result = await action(input(doc, { scores, verdict: "needs_revision" }));
      expect(result.validationErrors?.fieldErrors).toEqual({ [`scores.${c1.id}.comment`]: [REVIEW_MESSAGES.commentRequired] });
    }
    expect(await db().review.count({ where: { documentId: doc.id } })).toBe(0);
    expect(await db().auditLog.count()).toBe(before);
  });

  it("on submit requires every criterion scored and a verdict", async () => {
    const doc = await createDocument("edu230102");
    const criteria = await activeCriteria();
    await signInAs("curator@opora.demo");
    const scores = await fullScores(3);
    delete scores[criteria[criteria.length - 1].id];
    const result = await submitCuratorReviewAction(input(doc, { scores, verdict: null }));
    expect(result.validationErrors?.fieldErrors).toEqual({
      [`scores.${criteria[criteria.length - 1].id}.score`]: [REVIEW_MESSAGES.scoreRequired],
      verdict: [REVIEW_MESSAGES.verdictRequired],
    });
    const bad = await submitCuratorReviewAction(input(doc, { scores: { x: { score: 5, comment: "" } }, verdict: "maybe" as never }));
    expect(Object.keys(bad.validationErrors?.fieldErrors ?? {})).toEqual(expect.arrayContaining(["scores.x.score", "verdict"]));
    expect(await db().review.count({ where: { documentId: doc.id } })).toBe(0);
  });

  it("refuses to review a draft document (INVALID_TRANSITION)", async () => {
    const doc = await createDocument("edu230102", "draft");
    await signInAs("curator@opora.demo");
    const result = await submitCuratorReviewAction(input(doc, { scores: await fullScores(3), verdict: "confirmed" }));
    expect(result.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Экспертиза возможна только для документа, отправленного на экспертизу." });
    expect(await db().review.count({ where: { documentId: doc.id } })).toBe(0);
    expect((await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("draft");
  });

  it("reports a conflict for a stale review version or a stale document version, writing nothing", async () => {
    const doc = await createDocument("edu230102");
    await signInAs("curator@opora.demo");
    const first = await saveCuratorReviewDraftAction(input(doc, { scores: await fullScores(3) }));
    const reviewId = first.data!.reviewId;
    expect((await saveCuratorReviewDraftAction(input(doc, { reviewId, version: 1, scores: await fullScores(3) }))).data?.version).toBe(2);
    const stale = await saveCuratorReviewDraftAction(input(doc, { reviewId, version: 1, scores: {} }));
    expect(stale.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    // Someone else's new review for the same revision: the "new review" form is stale too.
    expect((await saveCuratorReviewDraftAction(input(doc, { scores: {} }))).serverError?.code).toBe("CONFLICT");

    await db().programDocument.update({ where: { id: doc.id }, data: { version: { increment: 1 } } });
    const staleDoc = await submitCuratorReviewAction(input(doc, { reviewId, version: 2, scores: await fullScores(3), verdict: "confirmed" }));
    expect(staleDoc.serverError?.code).toBe("CONFLICT");
    const review = await db().review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review.status).toBe("draft");
    expect(review.version).toBe(2);
    expect(await auditCount({ action: "review.submit", entityId: reviewId })).toBe(0);
  });
});
