import { z } from "zod";
import {
  LETTERHEAD_MAX_LENGTH,
  LETTERHEAD_REQUIRED_MESSAGES,
  normalizeLetterheadLine,
  phoneProblem,
  type LetterheadField,
} from "@/lib/domain/municipality/letterhead";
import "@/lib/validation";

const tooLong = (field: LetterheadField) => ({ error: `Не длиннее ${LETTERHEAD_MAX_LENGTH[field]} символов` });

/** One line of text, normalised (decision 045); a raw cap first so a huge paste is refused cheaply. */
const line = (field: LetterheadField) =>
  z
    .string({ error: "Введите текст" })
    .max(LETTERHEAD_MAX_LENGTH[field] * 10, tooLong(field))
    .transform(normalizeLetterheadLine)
    .pipe(z.string().max(LETTERHEAD_MAX_LENGTH[field], tooLong(field)));

const required = (field: keyof typeof LETTERHEAD_REQUIRED_MESSAGES) =>
  z
    .string({ error: LETTERHEAD_REQUIRED_MESSAGES[field] })
    .pipe(line(field))
    .pipe(z.string().min(1, { error: LETTERHEAD_REQUIRED_MESSAGES[field] }));

/** Empty (or not sent) → null: the letterhead then leaves the line out. */
const optional = (field: LetterheadField) =>
  z
    .string({ error: "Введите текст" })
    .optional()
    .transform((v) => v ?? "")
    .pipe(line(field))
    .transform((v) => (v ? v : null));

export const updateLetterheadSchema = z.object({
  municipalityId: z.string().min(1).max(64),
  version: z.number().int().positive(),
  name: required("name"),
  region: required("region"),
  centerName: required("centerName"),
  centerAddress: optional("centerAddress"),
  centerPhone: optional("centerPhone").superRefine((value, ctx) => {
    const problem = value ? phoneProblem(value) : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  }),
  directorName: optional("directorName"),
});
export type UpdateLetterheadInput = z.input<typeof updateLetterheadSchema>;
