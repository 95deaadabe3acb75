/**
 * Inputs of the analytical report's actions, with Russian messages; the
 * forms import them too. The rules that need the cycle or today (the order's
 * date, deadlines after it) are in lib/domain/report/order.ts.
 */
import { z } from "zod";
import { isParagraphKey } from "@/lib/domain/report/defaults";
import { dateField, isDateInRange, isValidIsoDate, DATE_RANGE_MESSAGE } from "@/lib/features/support/fields";
import "@/lib/validation";

const id = z.string().min(1).max(64);
const version = z.number().int().positive();
const reportRef = { reportId: id, version };

export const TEXT_MAX = 20_000;
import { ORDER_ITEMS_MAX, TASKS_MAX } from "./limits";
export { ORDER_ITEMS_MAX, TASKS_MAX };

export const createReportSchema = z.object({ cycleId: id });

export const updateReportTitleSchema = z.object({
  ...reportRef,
  title: z.string({ error: "Укажите название справки" }).trim().min(1, "Укажите название справки").max(1000, "Название не длиннее 1000 символов"),
});

/** `text: null` puts the generated text back. */
export const updateReportParagraphSchema = z.object({
  ...reportRef,
  key: z.string().max(60).refine(isParagraphKey, "Такого абзаца в справке нет"),
  text: z.string().trim().min(1, "Введите текст абзаца или верните исходный текст").max(TEXT_MAX, `Текст абзаца не длиннее ${TEXT_MAX} символов`).nullable(),
});

export const updateReportTasksSchema = z.object({
  ...reportRef,
  tasks: z
    .array(z.string().trim().min(1, "Введите текст задачи или удалите её").max(2000, "Задача не длиннее 2000 символов"))
    .max(TASKS_MAX, `Не больше ${TASKS_MAX} задач`),
});

/** An optional calendar date: "" → null. */
const optionalDate = z
  .string()
  .trim()
  .optional()
  .nullable()
  .transform((v) => (v ? v : null))
  .superRefine((value, ctx) => {
    if (value === null) return;
    if (!isValidIsoDate(value)) ctx.addIssue({ code: "custom", message: "Укажите срок в формате ДД.ММ.ГГГГ" });
    else if (!isDateInRange(value)) ctx.addIssue({ code: "custom", message: DATE_RANGE_MESSAGE });
  });

const optionalLine = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const orderItemSchema = z.object({
  text: z.string({ error: "Введите текст пункта" }).trim().min(1, "Введите текст пункта").max(4000, "Пункт не длиннее 4000 символов"),
  responsible: optionalLine(300, "Не длиннее 300 символов"),
  deadline: optionalDate,
});

export const saveReportOrderSchema = z.object({
  reportId: id,
  /** The version of the order the form was filled from; null for a new order. */
  orderVersion: version.nullable(),
  number: z.string({ error: "Укажите номер приказа" }).trim().min(1, "Укажите номер приказа").max(30, "Номер приказа не длиннее 30 символов"),
  date: dateField("Укажите дату приказа"),
  signatoryName: z.string({ error: "Укажите, кто подписывает приказ" }).trim().min(1, "Укажите, кто подписывает приказ").max(200, "Не длиннее 200 символов"),
  signatoryPosition: z.string({ error: "Укажите должность подписывающего" }).trim().min(1, "Укажите должность подписывающего").max(300, "Не длиннее 300 символов"),
  preamble: optionalLine(TEXT_MAX, `Не длиннее ${TEXT_MAX} символов`),
  items: z.array(orderItemSchema).min(1, "Добавьте хотя бы один пункт приказа").max(ORDER_ITEMS_MAX, `Не больше ${ORDER_ITEMS_MAX} пунктов`),
});

export type SaveReportOrderInput = z.input<typeof saveReportOrderSchema>;

export const approveReportSchema = z.object({ ...reportRef });
