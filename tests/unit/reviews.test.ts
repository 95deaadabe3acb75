import { describe, expect, it } from "vitest";
import { mutualMachine, mutualSteps, MUTUAL_STATUSES, overdueCount, pairingProblem, stepState } from "@/lib/domain/reviews/mutual";
import { commentErrors, needsComment, REVIEW_MESSAGES, reviewTotals, SCORE_LABELS, validateReview } from "@/lib/domain/reviews/scoring";
import { availableEvents, forbiddenPairs, transition } from "@/lib/domain/workflow";
import { flattenByPath, toFormatted } from "@/lib/actions/validation-shape";
import { reviewInputSchema } from "@/lib/features/reviews/schemas";

describe("score labels and the comment rule", () => {
  it("labels 0–3 in Russian", () => {
    expect(SCORE_LABELS).toEqual({ 0: "Нет", 1: "Скорее нет", 2: "Скорее да", 3: "Да" });
  });
  it("requires a comment below 3 only", () => {
    expect([0, 1, 2, 3, null].map((s) => needsComment(s))).toEqual([true, true, true, false, false]);
    expect(commentErrors({ a: { score: 1, comment: " " }, b: { score: 3, comment: "" }, c: { score: 2, comment: "есть" }, d: { score: null } })).toEqual({
      "scores.a.comment": REVIEW_MESSAGES.commentRequired,
    });
  });
});

describe("validateReview", () => {
  const ids = ["a", "b"];
  it("accepts a partial draft", () => {
    expect(validateReview({ criterionIds: ids, scores: { a: { score: 3 } }, verdict: null, mode: "draft" })).toEqual({});
  });
  it("on submit wants every criterion and a verdict", () => {
    expect(validateReview({ criterionIds: ids, scores: { a: { score: 3 }, b: { score: null } }, verdict: null, mode: "submit" })).toEqual({
      "scores.b.score": REVIEW_MESSAGES.scoreRequired,
      verdict: REVIEW_MESSAGES.verdictRequired,
    });
    expect(validateReview({ criterionIds: ids, scores: { a: { score: 3 }, b: { score: 0, comment: "нет мер" } }, verdict: "needs_revision", mode: "submit" })).toEqual({});
  });
  it("rejects criteria of another kind and missing comments in both modes", () => {
    for (const mode of ["draft", "submit"] as const) {
      const errors = validateReview({ criterionIds: ids, scores: { a: { score: 2 }, b: { score: 3 }, z: { score: 3 } }, verdict: "confirmed", mode });
      expect(errors).toEqual({ "scores.a.comment": REVIEW_MESSAGES.commentRequired, "scores.z.score": REVIEW_MESSAGES.unknownCriterion });
    }
  });
});

describe("reviewTotals", () => {
  it("sums scores and gives the percent of the maximum", () => {
    expect(reviewTotals(["a", "b", "c"], { a: { score: 3 }, b: { score: 1 }, c: { score: null } })).toEqual({ scored: 2, criteria: 3, total: 4, max: 9, percent: 44.4 });
    expect(reviewTotals([], {})).toEqual({ scored: 0, criteria: 0, total: 0, max: 0, percent: null });
    expect(reviewTotals(["a"], { a: { score: 7 } }).total).toBe(0);
  });
});

describe("review input schema", () => {
  it("reports a missing comment at the criterion's dotted path", () => {
    const parsed = reviewInputSchema.safeParse({ documentId: "d", reviewId: null, version: 0, scores: { c1: { score: 1, comment: "" } }, verdict: null });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path).toEqual(["scores", "c1", "comment"]);
  });
  it("flattens nested errors to dotted keys and back", () => {
    const formatted = toFormatted({ "scores.c1.comment": "x", verdict: "y" });
    expect(flattenByPath(formatted)).toEqual({ formErrors: [], fieldErrors: { "scores.c1.comment": ["x"], verdict: ["y"] } });
  });
});

describe("mutual expertise", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it("a step is overdue only after its deadline day, unless done", () => {
    expect(stepState(d("2025-10-07"), null, new Date("2025-10-07T20:00:00Z"))).toBe("pending");
    expect(stepState(d("2025-10-07"), null, d("2025-10-08"))).toBe("overdue");
    expect(stepState(d("2025-10-07"), d("2025-10-20"), d("2025-11-08"))).toBe("done");
    expect(stepState(null, null, d("2030-01-01"))).toBe("pending");
  });
  it("lists the three steps with their state", () => {
    const pair = {
      exchangeDeadline: d("2025-10-07"),
      meetingDeadline: d("2025-10-21"),
      uploadDeadline: d("2025-11-01"),
      exchangedAt: d("2025-10-05"),
      meetingAt: null,
      uploadedAt: null,
    };
    expect(mutualSteps(pair, d("2025-10-25")).map((s) => [s.step, s.state])).toEqual([
      ["exchange", "done"],
      ["meet", "overdue"],
      ["upload", "pending"],
    ]);
    expect(overdueCount(pair, d("2025-11-02"))).toBe(2);
  });
  it("moves one step at a time", () => {
    expect(transition(mutualMachine, "paired", "exchange")).toEqual({ ok: true, to: "exchanged" });
    expect(transition(mutualMachine, "exchanged", "meet")).toEqual({ ok: true, to: "met" });
    expect(transition(mutualMachine, "met", "upload")).toEqual({ ok: true, to: "completed" });
    expect(availableEvents(mutualMachine, "completed")).toEqual([]);
    for (const { from, event } of forbiddenPairs(mutualMachine, MUTUAL_STATUSES)) {
      expect(transition(mutualMachine, from, event).ok, `${from} ${event}`).toBe(false);
    }
  });
  it("pairs two different, free schools", () => {
    expect(pairingProblem("a", "a", new Set())).toBe("Выберите две разные школы");
    expect(pairingProblem("a", "b", new Set(["b"]))).toBe("Школа уже участвует в другой паре этого цикла");
    expect(pairingProblem("a", "b", new Set(["c"]))).toBeNull();
  });
});
