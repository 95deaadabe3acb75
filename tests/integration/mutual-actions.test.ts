import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  createMutualPairAction,
  deleteMutualPairAction,
  markMutualStepAction,
  saveMutualReviewDraftAction,
  submitMutualReviewAction,
  uploadMutualProtocolAction,
} from "@/lib/features/mutual/actions";
import { REVIEW_MESSAGES } from "@/lib/domain/reviews/scoring";
import { activeCriteria, createDocument, cycleSchoolOf, fullScores } from "../support/reviews";
import { signInAs } from "../support/session";

const db = () => getDb();
const created: string[] = [];
afterEach(async () => {
  // Free the schools for other tests: each may be in one pair per cycle.
  await db().mutualPair.deleteMany({ where: { id: { in: created.splice(0) } } });
});

/** A pair of edu230102 (school2@, curator@) and edu230103 (school3@, curator2@). */
async function newPair() {
  const [a, b] = await Promise.all([cycleSchoolOf("edu230102"), cycleSchoolOf("edu230103")]);
  await signInAs("coordinator@opora.demo");
  const result = await createMutualPairAction({ cycleId: a.cycleId, schoolAId: a.id, schoolBId: b.id });
  expect(result.data?.ok, JSON.stringify(result)).toBe(true);
  created.push(result.data!.pairId);
  return { pair: await db().mutualPair.findUniqueOrThrow({ where: { id: result.data!.pairId } }), a, b };
}

async function fileOf(email: string) {
  const user = await db().user.findUniqueOrThrow({ where: { email } });
  return db().storedFile.create({
    data: { storageKey: `test-${Date.now()}-${Math.random()}`, originalName: "протокол.pdf", mimeType: "application/pdf", size: 10, sha256: "x", uploadedById: user.id },
  });
}

describe("pairing schools (coordinator)", () => {
  it("pairs two schools with the cycle's deadlines, audits and notifies both schools", async () => {
    const { pair, a } = await newPair();
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: a.cycleId } });
    expect(pair.status).toBe("paired");
    expect(pair.exchangeDeadline).toEqual(cycle.mutualExchangeDeadline);
    expect(pair.uploadDeadline).toEqual(cycle.mutualUploadDeadline);
    expect(await db().auditLog.count({ where: { action: "mutual.pair", entityId: pair.id } })).toBe(1);
    const school3 = await db().user.findUniqueOrThrow({ where: { email: "school3@opora.demo" } });
    expect(await db().notification.count({ where: { userId: school3.id, entityId: pair.id } })).toBe(1);
  });

  it("keeps a school in at most one pair per cycle and refuses a school twice", async () => {
    const { a, b } = await newPair();
    const c = await cycleSchoolOf("edu230104");
    const again = await createMutualPairAction({ cycleId: a.cycleId, schoolAId: c.id, schoolBId: b.id });
    expect(again.validationErrors?.fieldErrors.schoolBId).toEqual(["Школа уже участвует в другой паре этого цикла"]);
    const same = await createMutualPairAction({ cycleId: a.cycleId, schoolAId: c.id, schoolBId: c.id });
    expect(same.validationErrors?.fieldErrors.schoolBId).toEqual(["Выберите две разные школы"]);
    const empty = await createMutualPairAction({ cycleId: a.cycleId, schoolAId: "", schoolBId: "" });
    expect(empty.validationErrors?.fieldErrors).toMatchObject({ schoolAId: ["Выберите первую школу"], schoolBId: ["Выберите вторую школу"] });
    expect(await db().mutualPair.count({ where: { OR: [{ schoolAId: c.id }, { schoolBId: c.id }] } })).toBe(0);
  });

  it("refuses other roles (403, audited) and unknown cycles (404)", async () => {
    const [a, b] = await Promise.all([cycleSchoolOf("edu230104"), cycleSchoolOf("edu230105")]);
    for (const email of ["school4@opora.demo", "curator@opora.demo"]) {
      await signInAs(email);
      const denials = await db().auditLog.count({ where: { action: "authz_denied" } });
      expect((await createMutualPairAction({ cycleId: a.cycleId, schoolAId: a.id, schoolBId: b.id })).serverError?.code, email).toBe("FORBIDDEN");
      expect(await db().auditLog.count({ where: { action: "authz_denied" } })).toBe(denials + 1);
    }
    await signInAs("coordinator@opora.demo");
    expect((await createMutualPairAction({ cycleId: "no-such-cycle", schoolAId: a.id, schoolBId: b.id })).serverError?.code).toBe("NOT_FOUND");
    expect(await db().mutualPair.count({ where: { schoolAId: a.id } })).toBe(0);
  });

  it("unpairs with the loaded version; a stale one is a conflict", async () => {
    const { pair } = await newPair();
    expect((await deleteMutualPairAction({ pairId: pair.id, version: pair.version + 1 })).serverError?.code).toBe("CONFLICT");
    expect((await deleteMutualPairAction({ pairId: pair.id, version: pair.version })).data?.ok).toBe(true);
    expect(await db().mutualPair.count({ where: { id: pair.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "mutual.unpair", entityId: pair.id } })).toBe(1);
  });
});

describe("the schools' steps", () => {
  it("exchange → meeting → protocol, each audited; out of order is refused", async () => {
    const { pair } = await newPair();
    await signInAs("school2@opora.demo");
    expect((await markMutualStepAction({ pairId: pair.id, version: 1, step: "meet" })).serverError?.code).toBe("INVALID_TRANSITION");
    expect((await markMutualStepAction({ pairId: pair.id, version: 1, step: "exchange" })).data?.ok).toBe(true);
    expect((await markMutualStepAction({ pairId: pair.id, version: 1, step: "meet" })).serverError?.code).toBe("CONFLICT");
    await signInAs("school3@opora.demo");
    expect((await markMutualStepAction({ pairId: pair.id, version: 2, step: "meet" })).data?.ok).toBe(true);
    const file = await fileOf("school3@opora.demo");
    expect((await uploadMutualProtocolAction({ pairId: pair.id, version: 3, fileId: file.id })).data?.ok).toBe(true);
    const after = await db().mutualPair.findUniqueOrThrow({ where: { id: pair.id } });
    expect(after).toMatchObject({ status: "completed", finalFileId: file.id, version: 4 });
    expect(after.exchangedAt && after.meetingAt && after.uploadedAt).toBeTruthy();
    expect(await db().auditLog.count({ where: { entityId: pair.id, action: { in: ["mutual.exchange", "mutual.meet", "mutual.upload"] } } })).toBe(3);
    expect((await deleteMutualPairAction({ pairId: pair.id, version: 4 })).serverError?.code).toBe("FORBIDDEN");
  });

  it("another school's admin gets 404; a curator may not write (403); a foreign file is refused", async () => {
    const { pair } = await newPair();
    await signInAs("school4@opora.demo");
    expect((await markMutualStepAction({ pairId: pair.id, version: 1, step: "exchange" })).serverError?.code).toBe("NOT_FOUND");
    await signInAs("curator@opora.demo");
    expect((await markMutualStepAction({ pairId: pair.id, version: 1, step: "exchange" })).serverError?.code).toBe("FORBIDDEN");
    await db().mutualPair.update({ where: { id: pair.id }, data: { status: "met", version: 3 } });
    const foreign = await fileOf("school2@opora.demo");
    await signInAs("school3@opora.demo");
    const result = await uploadMutualProtocolAction({ pairId: pair.id, version: 3, fileId: foreign.id });
    expect(result.serverError?.message).toBe("Файл не найден или уже прикреплён. Загрузите его заново.");
    expect((await db().mutualPair.findUniqueOrThrow({ where: { id: pair.id } })).status).toBe("met");
  });
});

describe("mutual reviews", () => {
  it("a school reviews the partner's document after the exchange; the document's status does not change", async () => {
    const { pair } = await newPair();
    const doc = await createDocument("edu230103");
    const input = { documentId: doc.id, pairId: pair.id, reviewId: null, version: 0, scores: await fullScores(3), strengths: "", recommendations: "", verdict: "confirmed" as const };
    await signInAs("school2@opora.demo");
    expect((await submitMutualReviewAction(input)).serverError?.code).toBe("INVALID_TRANSITION");
    await db().mutualPair.update({ where: { id: pair.id }, data: { status: "exchanged" } });

    const [c1] = await activeCriteria();
    const bad = await saveMutualReviewDraftAction({ ...input, scores: { [c1.id]: { score: 1, comment: "" } } });
    expect(bad.validationErrors?.fieldErrors).toEqual({ [`scores.${c1.id}.comment`]: [REVIEW_MESSAGES.commentRequired] });
    expect(await db().review.count({ where: { mutualPairId: pair.id } })).toBe(0);

    const result = await submitMutualReviewAction(input);
    expect(result.data?.ok).toBe(true);
    const review = await db().review.findUniqueOrThrow({ where: { id: result.data!.reviewId } });
    const own = await cycleSchoolOf("edu230102");
    expect(review).toMatchObject({ kind: "mutual", status: "submitted", reviewerCycleSchoolId: own.id, mutualPairId: pair.id });
    expect((await db().programDocument.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("submitted");
    expect(await db().auditLog.count({ where: { action: "review.submit", entityId: review.id } })).toBe(1);

    // The school's own document is not in the partner's package: 404.
    const ownDoc = await createDocument("edu230102");
    expect((await saveMutualReviewDraftAction({ ...input, documentId: ownDoc.id })).serverError?.code).toBe("NOT_FOUND");
    // The coordinator can no longer unpair.
    await signInAs("coordinator@opora.demo");
    expect((await deleteMutualPairAction({ pairId: pair.id, version: 1 })).serverError?.code).toBe("INVALID_TRANSITION");
    await db().review.deleteMany({ where: { mutualPairId: pair.id } });
  });
});
