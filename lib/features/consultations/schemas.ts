import { z } from "zod";
import { ConsultationForm, ConsultationModule, TutorFunction } from "@/lib/db/generated/enums";
import { dateField, filterDate, filterPage, filterString, idVersion, optionalId, optionalText } from "@/lib/features/support/fields";
import "@/lib/validation";

export const consultationFields = z.object({
  teacherId: z.string({ error: "Выберите педагога" }).trim().min(1, "Выберите педагога").max(64),
  date: dateField("Укажите дату консультации"),
  subjectId: z.string({ error: "Выберите предмет" }).trim().min(1, "Выберите предмет").max(64),
  module: z.enum(ConsultationModule, { error: "Выберите тематический модуль" }),
  form: z.enum(ConsultationForm, { error: "Выберите форму консультации" }),
  functions: z
    .array(z.enum(TutorFunction, { error: "Неизвестная функция тьютора" }), { error: "Отметьте хотя бы одну функцию тьютора" })
    .min(1, "Отметьте хотя бы одну функцию тьютора")
    .max(6),
  projectId: optionalId,
  notes: optionalText(4000),
  nextSteps: optionalText(2000),
});

export const createConsultationSchema = consultationFields;
export const updateConsultationSchema = consultationFields.extend(idVersion);

export type ConsultationInput = z.input<typeof consultationFields>;

export const consultationListQuerySchema = z.object({
  q: filterString,
  from: filterDate,
  to: filterDate,
  teacher: filterString,
  subject: filterString,
  school: filterString,
  module: z.enum(ConsultationModule).optional().catch(undefined),
  form: z.enum(ConsultationForm).optional().catch(undefined),
  page: filterPage,
});
export type ConsultationListQuery = z.infer<typeof consultationListQuerySchema>;
