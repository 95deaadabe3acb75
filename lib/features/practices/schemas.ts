import { z } from "zod";
import { PRACTICE_STATUSES } from "@/lib/domain/workflow/tables";
import "@/lib/validation";

import { PRACTICE_LEVELS } from "./levels";
export { PRACTICE_LEVELS };

const practiceFields = {
  title: z.string().trim().min(5, "Название не короче 5 символов").max(300, "Название не длиннее 300 символов"),
  authors: z.string().trim().min(3, "Укажите авторов: ФИО и должности").max(500, "Не длиннее 500 символов"),
  organization: z.string().trim().min(3, "Укажите организацию").max(300, "Не длиннее 300 символов"),
  level: z.enum(PRACTICE_LEVELS, "Выберите уровень практики"),
  theme: z.string().trim().min(3, "Укажите тему").max(500, "Не длиннее 500 символов"),
  description: z.string().trim().min(20, "Опишите практику: не меньше 20 символов").max(10_000, "Не длиннее 10 000 символов"),
  fileIds: z.array(z.string().min(1)).max(10, "Не больше 10 файлов").default([]),
};

export const submitPracticeSchema = z.object(practiceFields);
export type SubmitPracticeInput = z.input<typeof submitPracticeSchema>;

export const updatePracticeSchema = z.object({
  practiceId: z.string().min(1),
  version: z.number().int().positive(),
  ...practiceFields,
});

export const PRACTICE_EVENTS = ["recommend_conference", "recommend_atlas", "decline"] as const;

export const moderatePracticeSchema = z.object({
  practiceId: z.string().min(1),
  version: z.number().int().positive(),
  event: z.enum(PRACTICE_EVENTS),
});

export const PRACTICE_SORTS = ["new", "old", "title"] as const;

export const practiceListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  level: z.enum(PRACTICE_LEVELS).optional().catch(undefined),
  status: z.enum(PRACTICE_STATUSES).optional().catch(undefined),
  theme: z.string().trim().max(100).optional().catch(undefined),
  organization: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(PRACTICE_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type PracticeListQuery = z.infer<typeof practiceListQuerySchema>;
