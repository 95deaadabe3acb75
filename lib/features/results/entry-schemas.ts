import { z } from "zod";
import { ExamKind } from "@/lib/db/generated/enums";
import { validateContingent } from "@/lib/domain/results/contingent";
import { validateResultEntry } from "@/lib/domain/results/entry";
import { EXAM_KINDS } from "@/lib/domain/results/metrics";
import "@/lib/validation";

/** A number typed in Russian: «3,45» or «3.45»; empty → null; anything else is refused. */
const decimal = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number") return v;
    const text = v.trim().replace(/\s/g, "").replace(",", ".");
    if (!text) return null;
    const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    if (Number.isNaN(n)) ctx.addIssue({ code: "custom", message: "Введите число, например 3,45" });
    return Number.isNaN(n) ? null : Math.round(n * 100) / 100;
  });

const fields = z.object({
  schoolId: z.string({ error: "Выберите школу" }).trim().min(1, "Выберите школу").max(64),
  year: z.coerce.number({ error: "Укажите год" }).int("Укажите год").min(2000, "Год — от 2000 до 2100").max(2100, "Год — от 2000 до 2100"),
  exam: z.enum(ExamKind, { error: "Выберите оценочную процедуру" }),
  subjectId: z.string({ error: "Выберите предмет" }).trim().min(1, "Выберите предмет").max(64),
  /** Empty for ОГЭ and ЕГЭ. */
  grade: z.preprocess((v) => (v === "" || v === null || v === undefined ? 0 : v), z.coerce.number({ error: "Укажите класс" }).int("Укажите класс")),
  participants: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number({ error: "Укажите число участников" }).int("Участников — целое число")),
  avgScore: decimal,
  failShare: decimal,
  qualityShare: decimal,
  successShare: decimal,
});

/**
 * The per-exam rules of `validateResultEntry`, as field errors beside the
 * fields. They run even when another field is wrong (`when`), so the form
 * shows every problem at once; a field's own message comes first.
 */
function checkEntry(value: z.output<typeof fields>, ctx: z.RefinementCtx) {
  if (!(EXAM_KINDS as readonly string[]).includes(value.exam)) return;
  for (const [path, message] of Object.entries(validateResultEntry(value))) ctx.addIssue({ code: "custom", path: [path], message });
}
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

export const createExamResultSchema = fields.superRefine(checkEntry, always);
export const updateExamResultSchema = fields.extend({ id: z.string().min(1).max(64), version: z.number().int().positive() }).superRefine(checkEntry, always);
export const deleteExamResultSchema = z.object({ id: z.string().min(1).max(64), version: z.number().int().positive() });

export type ExamResultInput = z.input<typeof createExamResultSchema>;

/** A count typed in a form: «318», «1 063»; «2,5» is a number the domain rule then refuses as not whole. */
const count = z.preprocess((v) => {
  if (typeof v !== "string") return v;
  const text = v.replace(/\s/g, "").replace(",", ".");
  return text === "" ? undefined : Number(text);
}, z.number({ error: "Укажите число (0, если таких нет)" }));

/**
 * The correction of one school year's contingent (the import «Контингент»
 * loads them): the counts and the version; school and year are the row's.
 * The domain rule puts its messages beside the fields.
 */
export const updateContingentSchema = z
  .object({
    id: z.string().min(1).max(64),
    version: z.number().int().positive(),
    students: count,
    ovzStudents: count,
    lowIncomeStudents: count,
    singleParentStudents: count,
  })
  .superRefine((value, ctx) => {
    for (const [path, message] of Object.entries(validateContingent(value))) {
      // A field that is not a number already has its own message.
      if (Number.isFinite(value[path as keyof typeof value])) ctx.addIssue({ code: "custom", path: [path], message });
    }
  }, always);

export type ContingentInput = z.input<typeof updateContingentSchema>;
