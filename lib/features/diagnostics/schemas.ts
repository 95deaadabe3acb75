import { z } from "zod";
import { DATE_RANGE_MESSAGE, isDateInRange, isValidIsoDate } from "@/lib/features/support/fields";
import "@/lib/validation";

const PERCENT_MESSAGE = "Укажите значение от 0 до 100 %";

/** A percentage 0–100 from a number or a form string («95,5» accepted), to two decimals. */
export const percentSchema = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.trim().replace(",", "."))) : v),
  z
    .number({ message: PERCENT_MESSAGE })
    .min(0, PERCENT_MESSAGE)
    .max(100, PERCENT_MESSAGE)
    .transform((v) => Math.round(v * 100) / 100),
);

/** A calendar date «YYYY-MM-DD» → UTC midnight. */
export const isoDateSchema = z
  .string({ message: "Укажите дату" })
  .superRefine((s, ctx) => {
    if (!isValidIsoDate(s)) ctx.addIssue({ code: "custom", message: "Укажите дату" });
    else if (!isDateInRange(s)) ctx.addIssue({ code: "custom", message: DATE_RANGE_MESSAGE });
  })
  .transform((s) => new Date(`${s}T00:00:00Z`));

export const saveDiagnosticSchema = z.object({
  teacherId: z.string().min(1, "Выберите педагога"),
  cycleId: z.string().min(1),
  kind: z.enum(["entry", "repeat"], { message: "Выберите вид диагностики" }),
  date: isoDateSchema,
  subject: percentSchema,
  methodological: percentSchema,
  digital: percentSchema,
  communicative: percentSchema,
  psychological: percentSchema,
  /** The version loaded with an existing diagnostic; absent when recording a new one. */
  version: z.number().int().positive().optional(),
});
export type SaveDiagnosticInput = z.input<typeof saveDiagnosticSchema>;

import { DIAGNOSTIC_FIELDS } from "./fields";
export { DIAGNOSTIC_FIELDS };

export const diagnosticsQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  school: z.string().trim().max(40).optional().catch(undefined),
  deficits: z.enum(["1"]).optional().catch(undefined),
  cycle: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type DiagnosticsQuery = z.infer<typeof diagnosticsQuerySchema>;
