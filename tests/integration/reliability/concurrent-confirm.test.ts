/**
 * 50 curators' clicks on «Подтвердить» for one submitted document at once:
 * exactly one confirmation wins (one review, one `document.confirm` audit
 * row), every other call is refused with the Russian conflict or state
 * message and writes nothing.
 */
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { submitCuratorReviewAction } from "@/lib/features/reviews/actions";
import { createDocument, fullScores, removeDocument } from "../../support/reviews";
import { signInAs } from "../../support/session";

const db = () => getDb();
const created: string[] = [];
afterAll(async () => {
  for (const id of created) await removeDocument(id);
});

describe("concurrent confirmation of one document", () => {
  it("50 simultaneous confirmations: one succeeds, one audit row, the rest get a Russian refusal", async () => {
    const doc = await createDocument("edu230102");
    created.push(doc.id);
    await signInAs("curator@opora.demo");
    const scores = await fullScores(3);
    const input = {
      documentId: doc.id,
      reviewId: null,
      version: 0,
      documentVersion: doc.version,
      scores,
      strengths: "",
      recommendations: "",
      verdict: "confirmed" as const,
    };

    const results = await Promise.all(Array.from({ length: 50 }, () => submitCuratorReviewAction(input)));

    const outcomes: Record<string, number> = {};
    for (const r of results) {
      const key = JSON.stringify(r.serverError ?? r.validationErrors ?? "ok");
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    const ok = results.filter((r) => r.data?.ok);
    const refused = results.filter((r) => !r.data?.ok);
    expect(ok, JSON.stringify(outcomes)).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const r of refused) {
      // Never the generic «Не удалось выполнить действие…» of an unexpected error.
      expect(["CONFLICT", "INVALID_TRANSITION"]).toContain(r.serverError?.code);
      expect(r.serverError?.message).toMatch(/^(Данные изменены другим пользователем|Экспертиза возможна только)/);
    }

    const after = await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect(after.status).toBe("confirmed");
    expect(after.version).toBe(doc.version + 1);
    expect(await db().auditLog.count({ where: { action: "document.confirm", entityId: doc.id } })).toBe(1);
    const reviews = await db().review.findMany({ where: { documentId: doc.id }, include: { _count: { select: { scores: true } } } });
    expect(reviews).toHaveLength(1);
    expect(reviews[0].id).toBe(ok[0].data!.reviewId);
    expect(reviews[0]._count.scores).toBe(Object.keys(scores).length);
    expect(await db().auditLog.count({ where: { action: "review.submit", entityId: reviews[0].id } })).toBe(1);
    expect(await db().notification.count({ where: { entityId: doc.id, kind: "confirmed" } })).toBeGreaterThan(0);
  });
});
