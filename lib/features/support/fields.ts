/**
 * Form fields shared by the events register and the consultations log:
 * calendar dates as "YYYY-MM-DD", optional ids, list filters. Pure zod.
 */
import { z } from "zod";
import "@/lib/validation";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Dates the forms accept: a typo like 0202 or 20255 is refused, not stored. */
export const DATE_RANGE_MESSAGE = "Дата должна быть между 01.01.2000 и 31.12.2100";
export const isDateInRange = (iso: string) => iso >= "2000-01-01" && iso <= "2100-12-31";

/** A required calendar date in the form "YYYY-MM-DD". */
export const dateField = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .superRefine((value, ctx) => {
      if (!value) ctx.addIssue({ code: "custom", message: required });
      else if (!isValidIsoDate(value)) ctx.addIssue({ code: "custom", message: "Укажите дату в формате ДД.ММ.ГГГГ" });
      else if (!isDateInRange(value)) ctx.addIssue({ code: "custom", message: DATE_RANGE_MESSAGE });
    });

/** An optional id from a select: "" → null. */
export const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));

/** Optional free text: "" → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const idVersion = {
  id: z.string().min(1).max(64),
  version: z.number().int().positive(),
};

/** A list filter date: invalid → ignored. */
export const filterDate = z
  .string()
  .optional()
  .transform((v) => (v && isValidIsoDate(v) ? v : undefined))
  .catch(undefined);

export const filterString = z.string().trim().max(100).optional().transform((v) => (v ? v : undefined)).catch(undefined);
export const filterPage = z.coerce.number().int().min(1).max(10_000).optional().catch(undefined);

export const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const toIso = (date: Date) => date.toISOString().slice(0, 10);
