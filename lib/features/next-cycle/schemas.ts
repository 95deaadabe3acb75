import { z } from "zod";
import "@/lib/validation";

/** «Создать дорожную карту на {год + 1}» from the cycle whose report is approved. */
export const createNextCycleSchema = z.object({
  cycleId: z.string().min(1),
  /** Keep the active curator pairings in the new cycle. */
  includePairings: z.boolean(),
});
export type CreateNextCycleInput = z.input<typeof createNextCycleSchema>;
