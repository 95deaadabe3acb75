import { z } from "zod";
import { QUESTION_KINDS } from "@/lib/domain/surveys/results";
import "@/lib/validation";

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Укажите дату в формате ДД.ММ.ГГГГ")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "Такой даты нет");

const optionalDate = z.union([z.literal(""), isoDate]).optional();

export const questionSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS, "Выберите тип вопроса"),
    text: z.string().trim().min(1, "Введите текст вопроса").max(500, "Не длиннее 500 символов"),
    options: z.array(z.string().trim().max(200, "Вариант не длиннее 200 символов")).max(20, "Не больше 20 вариантов").default([]),
    reportLabel: z.string().trim().max(200, "Не длиннее 200 символов").optional(),
  })
  .transform((q) => ({ ...q, options: q.kind === "single_choice" ? q.options.filter((o) => o.length > 0) : [] }))
  .refine((q) => q.kind !== "single_choice" || q.options.length >= 2, { message: "Укажите не меньше двух вариантов ответа", path: ["options"] });

/** The survey form: create (no id) or edit a draft / an open survey without responses. */
export const saveSurveySchema = z
  .object({
    surveyId: z.string().min(1).optional(),
    version: z.number().int().positive().optional(),
    title: z.string().trim().min(3, "Название не короче 3 символов").max(200, "Название не длиннее 200 символов"),
    audience: z.enum(["school_leaders", "teachers"], "Выберите, кому адресована анкета"),
    opensOn: optionalDate,
    closesOn: optionalDate,
    questions: z.array(questionSchema).min(1, "Добавьте хотя бы один вопрос").max(50, "Не больше 50 вопросов"),
  })
  .refine((s) => !s.opensOn || !s.closesOn || s.opensOn <= s.closesOn, {
    message: "Дата закрытия не может быть раньше даты открытия",
    path: ["closesOn"],
  });
export type SaveSurveyInput = z.input<typeof saveSurveySchema>;

export const surveyTransitionSchema = z.object({
  surveyId: z.string().min(1),
  version: z.number().int().positive(),
  event: z.enum(["publish", "close"]),
});

export const submitResponseSchema = z.object({
  surveyId: z.string().min(1),
  /** question id → "yes"/"no", "1".."5", option index, or text. */
  answers: z.record(z.string(), z.string().max(4000)),
});

export const surveyListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(["draft", "open", "closed"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type SurveyListQuery = z.infer<typeof surveyListQuerySchema>;
