import { z } from "zod";
import { COMPETENCIES } from "@/lib/domain/competency";
import { isoDateSchema } from "@/lib/features/diagnostics/schemas";
import "@/lib/validation";

const KINDS = ["course", "master_class", "methodical_session", "internship", "mentoring", "lesson_visits", "self_education", "professional_community"] as const;
const STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalText = (max: number) => z.preprocess(emptyToUndefined, z.string().trim().max(max).optional());
const optionalHours = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
  z.number({ message: "Укажите число часов" }).int("Укажите целое число часов").min(1, "Не меньше 1 часа").max(2000, "Не больше 2000 часов").optional(),
);
const optionalDate = z.preprocess(emptyToUndefined, isoDateSchema.optional());

export const createIomSchema = z.object({ teacherId: z.string().min(1, "Выберите педагога") });

const version = z.number().int().positive();

export const saveActivitySchema = z
  .object({
    iomId: z.string().min(1),
    iomVersion: version,
    /** Absent: a new activity. */
    activityId: z.string().min(1).optional(),
    activityVersion: version.optional(),
    competency: z.enum(COMPETENCIES, { message: "Выберите компетенцию" }),
    kind: z.enum(KINDS, { message: "Выберите вид мероприятия" }),
    title: z.string({ message: "Укажите название" }).trim().min(3, "Укажите название мероприятия").max(500),
    format: z.preprocess(emptyToUndefined, z.enum(["in_person", "remote"]).optional()),
    hours: optionalHours,
    provider: optionalText(300),
    plannedStart: isoDateSchema,
    plannedEnd: isoDateSchema,
  })
  .superRefine((v, ctx) => {
    if (v.plannedEnd < v.plannedStart) ctx.addIssue({ code: "custom", path: ["plannedEnd"], message: "Дата окончания не может быть раньше даты начала" });
    if (v.kind === "course") {
      if (v.hours === undefined) ctx.addIssue({ code: "custom", path: ["hours"], message: "Для курсов укажите количество часов" });
      if (!v.provider) ctx.addIssue({ code: "custom", path: ["provider"], message: "Для курсов укажите организацию, которая их проводит" });
    }
  });
export type SaveActivityInput = z.input<typeof saveActivitySchema>;

export const deleteActivitySchema = z.object({ iomId: z.string().min(1), iomVersion: version, activityId: z.string().min(1) });

export const iomStepSchema = z.object({ iomId: z.string().min(1), version });

export const approveIomSchema = z
  .object({
    iomId: z.string().min(1),
    version,
    orderNo: optionalText(50),
    orderDate: optionalDate,
  })
  .superRefine((v, ctx) => {
    // An order is signed before the route is approved in the system: a date ahead of tomorrow is a typo.
    // zod runs this even when a field failed (then orderDate may still be the raw string).
    if (v.orderDate instanceof Date && v.orderDate.getTime() > Date.now() + 86_400_000) ctx.addIssue({ code: "custom", path: ["orderDate"], message: "Дата приказа не может быть в будущем" });
    if (v.orderDate && !v.orderNo) ctx.addIssue({ code: "custom", path: ["orderNo"], message: "Укажите номер приказа" });
  });

export const returnIomSchema = z.object({
  iomId: z.string().min(1),
  version,
  comment: z.string({ message: "Укажите, что нужно доработать" }).trim().min(3, "Укажите, что нужно доработать").max(2000),
});

export const logProgressSchema = z
  .object({
    activityId: z.string().min(1),
    version,
    status: z.enum(STATUSES, { message: "Выберите состояние" }),
    completedOn: optionalDate,
    actualHours: optionalHours,
    reflection: optionalText(4000),
    link: z.preprocess(emptyToUndefined, z.url({ message: "Укажите ссылку, начинающуюся с http:// или https://", protocol: /^https?$/ }).max(1000).optional()),
    fileIds: z.array(z.string().min(1)).max(5, "Не больше 5 файлов").default([]),
  })
  .superRefine((v, ctx) => {
    if (v.status === "done" && !v.completedOn) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Укажите дату выполнения" });
  });
export type LogProgressInput = z.input<typeof logProgressSchema>;

export const iomListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["draft", "submitted", "approved", "returned"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type IomListQuery = z.infer<typeof iomListQuerySchema>;
