/**
 * Input of the document editor, shared by the forms and the actions. Forms
 * send strings; numbers accept the Russian decimal comma, dates come from
 * `<input type="date">` (YYYY-MM-DD). Whether a deadline lies inside the
 * cycle is checked by the action (it needs the cycle's dates).
 */
import { z } from "zod";
import { MEASURE_FIELD_NAMES, type MeasureFieldName } from "./measure-fields";
import { parseDecimal, parseIsoDay } from "@/lib/domain/documents/period";
import "@/lib/validation";

const id = z.string().min(1);
const version = z.number().int().positive();

/** Optional free text: trimmed, empty → null. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .transform((v) => (v === "" ? null : v));

const required = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Не длиннее ${max} символов`);

const decimal = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const n = parseDecimal(value);
    if (n === undefined) {
      ctx.addIssue({ code: "custom", message: "Введите число, например 66,5" });
      return z.NEVER;
    }
    if (n !== null && Math.abs(n) >= 1e10) {
      ctx.addIssue({ code: "custom", message: "Слишком большое число" });
      return z.NEVER;
    }
    return n;
  });

const day = z
  .string()
  .max(20)
  .transform((value, ctx) => {
    if (value.trim() === "") return null;
    const date = parseIsoDay(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "Укажите дату в формате ДД.ММ.ГГГГ" });
      return z.NEVER;
    }
    return date;
  });

const year = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 2000 || n > 2100) {
      ctx.addIssue({ code: "custom", message: "Укажите год, например 2025" });
      return z.NEVER;
    }
    return n;
  });

export const DOCUMENT_KINDS = ["concept", "medium_term_program", "anti_risk_program"] as const;

export const createDocumentSchema = z
  .object({
    cycleSchoolId: id,
    kind: z.enum(DOCUMENT_KINDS, { message: "Выберите вид документа" }),
    riskFactorId: z.string().optional(),
  })
  .refine((v) => v.kind !== "anti_risk_program" || !!v.riskFactorId, { path: ["riskFactorId"], message: "Выберите фактор риска" });

export const documentHeaderFields = {
  title: required(300, "Укажите название документа"),
  periodFrom: year,
  periodTo: year,
  mission: text(5000),
  goal: text(5000),
  desiredState: text(10000),
  analysis: text(20000),
};

export const updateHeaderSchema = z
  .object({ documentId: id, version, ...documentHeaderFields })
  .refine((v) => v.periodFrom === null || v.periodTo === null || v.periodFrom <= v.periodTo, {
    path: ["periodTo"],
    message: "Год окончания не может быть раньше года начала",
  });

export const taskFields = {
  title: required(1000, "Сформулируйте задачу"),
  cause: text(2000),
};

export const addTaskSchema = z.object({ documentId: id, version, ...taskFields });
export const updateTaskSchema = z.object({ documentId: id, version, taskId: id, ...taskFields });
export const deleteTaskSchema = z.object({ documentId: id, version, taskId: id });
export const moveTaskSchema = z.object({ documentId: id, version, taskId: id, direction: z.enum(["up", "down"]) });

export const measureFields = {
  title: required(1000, "Укажите название мероприятия"),
  deadline: day,
  responsible: text(500),
  participants: text(1000),
  expectedResult: text(2000),
  indicatorName: text(1000),
  indicatorUnit: text(50),
  baseline: decimal,
  target: decimal,
  reportForm: text(1000),
} satisfies Record<MeasureFieldName, z.ZodType>;

export { MEASURE_FIELD_NAMES };

export const addMeasureSchema = z.object({ documentId: id, version, taskId: id, ...measureFields });
export const updateMeasureSchema = z.object({ documentId: id, version, measureId: id, ...measureFields });
export const deleteMeasureSchema = z.object({ documentId: id, version, measureId: id });

export const submitDocumentSchema = z.object({ documentId: id, version });

export const revisionCompareSchema = z.object({
  a: z.coerce.number().int().positive().optional().catch(undefined),
  b: z.coerce.number().int().positive().optional().catch(undefined),
});
