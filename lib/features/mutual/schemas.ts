import { z } from "zod";
import "@/lib/validation";

export const createPairSchema = z.object({
  cycleId: z.string().min(1),
  schoolAId: z.string().min(1, "Выберите первую школу"),
  schoolBId: z.string().min(1, "Выберите вторую школу"),
});

export const deletePairSchema = z.object({ pairId: z.string().min(1), version: z.number().int().positive() });

export const markStepSchema = z.object({
  pairId: z.string().min(1),
  version: z.number().int().positive(),
  step: z.enum(["exchange", "meet"]),
});

export const uploadProtocolSchema = z.object({
  pairId: z.string().min(1),
  version: z.number().int().positive(),
  fileId: z.string().min(1, "Загрузите файл итогового протокола"),
});
