import { z } from "zod";
import { CYCLE_EVENTS, DEADLINE_FIELDS, validateDeadlineOrder, validateDeadlineYears, validateOrderDateYear, type DeadlineField } from "@/lib/domain/cycles/deadlines";
import { cycleTasksProblem, splitTaskLines } from "@/lib/domain/cycles/tasks";
import "@/lib/validation";

import { SCHOOL_CATEGORIES } from "./categories";
export { SCHOOL_CATEGORIES };

/** A date from `<input type="date">` (`YYYY-MM-DD`), or empty. */
const optionalDate = z
  .union([z.literal(""), z.iso.date({ error: "Укажите дату в формате ДД.ММ.ГГГГ" })])
  .optional()
  .transform((v) => (v ? v : undefined));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Не длиннее ${max} символов` })
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * «Задачи дорожной карты»: the textarea's text, one task per line. Not sent
 * (e.g. by older clients) → undefined: the stored tasks stay as they are.
 */
const tasksField = z
  .string()
  .max(100_000, { error: "Слишком длинный текст задач" })
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return undefined;
    const tasks = splitTaskLines(text);
    const problem = cycleTasksProblem(tasks);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return tasks;
  });

const deadlineShape = Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, optionalDate])) as Record<DeadlineField, typeof optionalDate>;

const cycleFields = z.object({
  year: z.coerce
    .number({ error: "Укажите год" })
    .int({ error: "Укажите год" })
    .min(2020, { error: "Год не раньше 2020" })
    .max(2100, { error: "Год не позже 2100" }),
  title: z.string().trim().min(10, { error: "Название не короче 10 символов" }).max(500, { error: "Не длиннее 500 символов" }),
  orderNumber: optionalText(50),
  orderDate: optionalDate,
  tasks: tasksField,
  ...deadlineShape,
});

type CycleFields = z.infer<typeof cycleFields>;

function checkDeadlines(value: CycleFields, ctx: z.RefinementCtx) {
  const errors = { ...validateDeadlineYears(value.year, value), ...validateDeadlineOrder(value) };
  for (const [field, message] of Object.entries(errors)) ctx.addIssue({ code: "custom", path: [field], message });
  const orderDate = validateOrderDateYear(value.year, value.orderDate);
  if (orderDate) ctx.addIssue({ code: "custom", path: ["orderDate"], message: orderDate });
}

export const createCycleSchema = cycleFields.extend({ municipalityId: optionalText(64) }).superRefine(checkDeadlines);
export type CreateCycleInput = z.input<typeof createCycleSchema>;

export const updateCycleSchema = cycleFields
  .omit({ year: true })
  .extend({ cycleId: z.string().min(1), version: z.coerce.number().int().positive(), year: z.coerce.number().int() })
  .superRefine(checkDeadlines);
export type UpdateCycleInput = z.input<typeof updateCycleSchema>;

export const cycleTransitionSchema = z.object({
  cycleId: z.string().min(1),
  event: z.enum(CYCLE_EVENTS),
  version: z.number().int().positive(),
});

const categories = z.array(z.enum(SCHOOL_CATEGORIES)).min(1, { error: "Отметьте хотя бы одну категорию" });

export const addCycleSchoolSchema = z.object({
  cycleId: z.string().min(1),
  schoolId: z.string().min(1, { error: "Выберите школу" }),
  categories: categories.transform((c) => [...new Set(c)]),
});

export const updateCategoriesSchema = z.object({
  cycleSchoolId: z.string().min(1),
  categories: categories.transform((c) => [...new Set(c)]),
  version: z.number().int().positive(),
});

export const removeCycleSchoolSchema = z.object({
  cycleSchoolId: z.string().min(1),
  version: z.number().int().positive(),
});

export const assignCuratorSchema = z.object({
  cycleSchoolId: z.string().min(1),
  curatorId: z.string().min(1, { error: "Выберите куратора" }),
  pairedOn: z.iso.date({ error: "Укажите дату закрепления" }),
  schoolYear: z
    .union([z.literal(""), z.string().trim().regex(/^\d{4}-\d{4}$/, { error: "Учебный год в виде 2025-2026" })])
    .optional()
    .transform((v) => (v ? v : undefined)),
  agreementNumber: optionalText(50),
  agreementDate: optionalDate,
  /** The active pairing the form showed (none: empty); a different one now → conflict. */
  currentPairingId: optionalText(64),
  currentPairingVersion: z.number().int().positive().optional(),
});
export type AssignCuratorInput = z.input<typeof assignCuratorSchema>;

export const endPairingSchema = z.object({
  pairingId: z.string().min(1),
  version: z.number().int().positive(),
});

export const cycleSchoolListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.enum(SCHOOL_CATEGORIES).optional().catch(undefined),
  curator: z.enum(["with", "without"]).optional().catch(undefined),
});
export type CycleSchoolListQuery = z.infer<typeof cycleSchoolListQuerySchema>;

export const cycleListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
