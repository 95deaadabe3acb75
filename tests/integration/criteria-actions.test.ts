import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  createCriterionAction,
  deleteCriterionAction,
  moveCriterionAction,
  setCriterionActiveAction,
  updateCriterionAction,
} from "@/lib/features/reviews/criteria-actions";
import { createDocument, removeDocument } from "../support/reviews";
import { signInAs } from "../support/session";

const db = () => getDb();
const text = (s: string) => `Тестовый критерий концепции: ${s}`;

/** Created criteria are deleted at the end of each test so that reviews elsewhere see the seeded catalogue. */
async function withCriteria(n: number, body: (ids: string[]) => Promise<void>) {
  await signInAs("admin@opora.demo");
  const ids: string[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const result = await createCriterionAction({ documentKind: "concept", text: text(`№ ${i + 1} ${Date.now()}`) });
      expect(result.data?.ok).toBe(true);
      ids.push(result.data!.id);
    }
    await body(ids);
  } finally {
    await db().reviewScore.deleteMany({ where: { criterionId: { in: ids } } });
    await db().reviewCriterion.deleteMany({ where: { id: { in: ids } } });
  }
}

const row = (id: string) => db().reviewCriterion.findUniqueOrThrow({ where: { id } });

describe("criteria catalogue", () => {
  it("adds at the end with the next code, edits, deactivates and reorders — each audited", async () => {
    await withCriteria(2, async ([first, second]) => {
      const a = await row(first);
      const b = await row(second);
      expect(a.code).toMatch(/^concept\.\d+$/);
      expect(Number(b.code.split(".")[1])).toBe(Number(a.code.split(".")[1]) + 1);
      expect(b.sortOrder).toBeGreaterThan(a.sortOrder);
      expect(await db().auditLog.count({ where: { action: "criterion.create", entityId: first } })).toBe(1);

      expect((await updateCriterionAction({ id: first, version: 1, text: text("новая редакция") })).data?.ok).toBe(true);
      expect((await row(first)).text).toBe(text("новая редакция"));
      expect((await updateCriterionAction({ id: first, version: 1, text: text("устаревшая форма") })).serverError?.code).toBe("CONFLICT");

      expect((await moveCriterionAction({ id: second, version: 1, direction: "up" })).data?.ok).toBe(true);
      expect((await row(second)).sortOrder).toBe(a.sortOrder);
      expect((await row(first)).sortOrder).toBe(b.sortOrder);
      expect((await moveCriterionAction({ id: first, version: 3, direction: "down" })).serverError?.code).toBe("INVALID_TRANSITION");

      expect((await setCriterionActiveAction({ id: first, version: 3, active: false })).data?.ok).toBe(true);
      expect((await row(first)).active).toBe(false);
      expect(await db().auditLog.count({ where: { action: "criterion.deactivate", entityId: first } })).toBe(1);
    });
  });

  it("deletes an unused criterion, but a used one can only be deactivated", async () => {
    await withCriteria(2, async ([unused, used]) => {
      const doc = await createDocument("edu230105");
      const adminId = await signInAs("admin@opora.demo");
      const review = await db().review.create({ data: { documentId: doc.id, revisionNumber: 1, kind: "curator", reviewerId: adminId } });
      await db().reviewScore.create({ data: { reviewId: review.id, criterionId: used, score: 3 } });
      try {
        expect((await deleteCriterionAction({ id: unused, version: 1 })).data?.ok).toBe(true);
        expect(await db().reviewCriterion.count({ where: { id: unused } })).toBe(0);
        expect(await db().auditLog.count({ where: { action: "criterion.delete", entityId: unused } })).toBe(1);
        const refused = await deleteCriterionAction({ id: used, version: 1 });
        expect(refused.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Критерий уже использован в экспертизах: его можно только отключить." });
        expect(await db().reviewCriterion.count({ where: { id: used } })).toBe(1);
      } finally {
        await removeDocument(doc.id);
      }
    });
  });

  it("is for the administrator only (403 audited), 404 for an unknown id, Russian field errors", async () => {
    for (const email of ["coordinator@opora.demo", "curator@opora.demo", "school@opora.demo"]) {
      await signInAs(email);
      const denials = await db().auditLog.count({ where: { action: "authz_denied" } });
      expect((await createCriterionAction({ documentKind: "concept", text: text("чужой") })).serverError?.code).toBe("FORBIDDEN");
      expect(await db().auditLog.count({ where: { action: "authz_denied" } })).toBe(denials + 1);
    }
    expect(await db().reviewCriterion.count({ where: { text: text("чужой") } })).toBe(0);
    await signInAs("admin@opora.demo");
    expect((await updateCriterionAction({ id: "no-such", version: 1, text: text("нет") })).serverError?.code).toBe("NOT_FOUND");
    const short = await createCriterionAction({ documentKind: "concept", text: "коротко" });
    expect(short.validationErrors?.fieldErrors.text).toEqual(["Сформулируйте критерий: не короче 10 символов"]);
  });
});
