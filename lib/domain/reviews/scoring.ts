/**
 * Expertise scoring: each criterion of the document's kind is scored
 * 0 «Нет», 1 «Скорее нет», 2 «Скорее да», 3 «Да»; a score below 3 needs a
 * comment (it tells the school what to fix). A draft may be partial; a
 * submitted review scores every active criterion and carries a verdict.
 * Pure: no I/O.
 */

export const SCORES = [0, 1, 2, 3] as const;
export type Score = (typeof SCORES)[number];
export const MAX_SCORE = 3;

export const SCORE_LABELS: Record<Score, string> = { 0: "Нет", 1: "Скорее нет", 2: "Скорее да", 3: "Да" };

export const REVIEW_MESSAGES = {
  commentRequired: "Укажите комментарий: при оценке ниже «Да» он обязателен",
  scoreRequired: "Поставьте оценку по этому критерию",
  verdictRequired: "Выберите итог экспертизы",
  unknownCriterion: "Критерий не относится к этому документу",
} as const;

export type ScoreInput = { score: number | null; comment?: string | null };
export type ReviewScoresInput = Record<string, ScoreInput>;

/** Field errors keyed `scores.<criterionId>.score|comment` and `verdict`. */
export type ReviewFieldErrors = Record<string, string>;

export function isScore(value: unknown): value is Score {
  return typeof value === "number" && (SCORES as readonly number[]).includes(value);
}

export function needsComment(score: number | null): boolean {
  return score !== null && score < MAX_SCORE;
}

export const scoreField = (criterionId: string, field: "score" | "comment") => `scores.${criterionId}.${field}`;

/** The comment rule alone (applies to drafts too). */
export function commentErrors(scores: ReviewScoresInput): ReviewFieldErrors {
  const errors: ReviewFieldErrors = {};
  for (const [criterionId, s] of Object.entries(scores)) {
    if (needsComment(s.score) && !(s.comment ?? "").trim()) errors[scoreField(criterionId, "comment")] = REVIEW_MESSAGES.commentRequired;
  }
  return errors;
}

/**
 * Every rule for a review against the criteria of its document kind.
 * `mode: "draft"`: partial scoring allowed; `"submit"`: all criteria scored and a verdict.
 */
export function validateReview(input: {
  criterionIds: readonly string[];
  scores: ReviewScoresInput;
  verdict: string | null | undefined;
  mode: "draft" | "submit";
}): ReviewFieldErrors {
  const allowed = new Set(input.criterionIds);
  const errors = commentErrors(input.scores);
  for (const criterionId of Object.keys(input.scores)) {
    if (!allowed.has(criterionId)) errors[scoreField(criterionId, "score")] = REVIEW_MESSAGES.unknownCriterion;
  }
  if (input.mode === "submit") {
    for (const criterionId of input.criterionIds) {
      if (!isScore(input.scores[criterionId]?.score)) errors[scoreField(criterionId, "score")] = REVIEW_MESSAGES.scoreRequired;
    }
    if (!input.verdict) errors.verdict = REVIEW_MESSAGES.verdictRequired;
  }
  return errors;
}

export type ReviewTotals = { scored: number; criteria: number; total: number; max: number; percent: number | null };

/** Sum of the scores over the criteria; percent of the maximum (null when nothing to score). */
export function reviewTotals(criterionIds: readonly string[], scores: Record<string, { score: number | null } | undefined>): ReviewTotals {
  let total = 0;
  let scored = 0;
  for (const id of criterionIds) {
    const s = scores[id]?.score;
    if (isScore(s)) {
      total += s;
      scored += 1;
    }
  }
  const max = criterionIds.length * MAX_SCORE;
  return { scored, criteria: criterionIds.length, total, max, percent: max === 0 ? null : Math.round((total / max) * 1000) / 10 };
}
