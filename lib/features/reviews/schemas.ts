import { z } from "zod";
import "@/lib/validation";
import { commentErrors, MAX_SCORE } from "@/lib/domain/reviews/scoring";

const text = (max: number) => z.string().trim().max(max, `Не длиннее ${max} символов`);

export const reviewScoreSchema = z.object({
  score: z.number().int().min(0).max(MAX_SCORE).nullable(),
  comment: text(2000).default(""),
});

/**
 * One review form, shared by the curator's expertise and mutual expertise:
 * the curator's actions need `documentVersion` (the document changes status
 * on submit), the mutual ones `pairId`. `reviewId`/`version` are null/0 for a
 * review that is not saved yet.
 */
export const reviewInputSchema = z
  .object({
    documentId: z.string().min(1),
    reviewId: z.string().min(1).nullable(),
    version: z.number().int().min(0),
    documentVersion: z.number().int().positive().optional(),
    pairId: z.string().min(1).optional(),
    scores: z.record(z.string().min(1), reviewScoreSchema),
    strengths: text(5000).default(""),
    recommendations: text(5000).default(""),
    verdict: z.enum(["confirmed", "needs_revision"]).nullable(),
  })
  .superRefine((value, ctx) => {
    for (const [key, message] of Object.entries(commentErrors(value.scores))) {
      ctx.addIssue({ code: "custom", path: key.split("."), message });
    }
  });
export type ReviewInput = z.input<typeof reviewInputSchema>;

// ── criteria catalogue ──

const documentKind = z.enum(["concept", "medium_term_program", "anti_risk_program"]);
const criterionText = z.string().trim().min(10, "Сформулируйте критерий: не короче 10 символов").max(500, "Не длиннее 500 символов");

export const createCriterionSchema = z.object({ documentKind, text: criterionText });
export const updateCriterionSchema = z.object({ id: z.string().min(1), version: z.number().int().positive(), text: criterionText });
export const moveCriterionSchema = z.object({ id: z.string().min(1), version: z.number().int().positive(), direction: z.enum(["up", "down"]) });
export const setCriterionActiveSchema = z.object({ id: z.string().min(1), version: z.number().int().positive(), active: z.boolean() });
export const deleteCriterionSchema = z.object({ id: z.string().min(1), version: z.number().int().positive() });
