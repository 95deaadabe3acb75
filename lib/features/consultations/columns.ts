/**
 * The consultations log's columns: one list for the table on /consultations
 * and the .xlsx export, so the headers are the same Russian words in both.
 */
import type { ConsultationForm, ConsultationModule, TutorFunction } from "@/lib/db/generated/enums";
import type { ExportColumn } from "@/lib/features/exports/types";
import { CONSULTATION_FORM_LABELS, CONSULTATION_MODULE_LABELS } from "@/lib/i18n/labels";
import { tutorFunctionsText } from "./labels";

export type ConsultationRowLike = {
  date: Date;
  module: ConsultationModule;
  form: ConsultationForm;
  functions: TutorFunction[];
  teacher: { name: string };
  tutor: { name: string };
  school: { shortName: string };
  subject: { name: string };
};

export const CONSULTATION_COLUMNS = [
  { key: "date", header: "Дата", width: 12, value: (c) => c.date },
  { key: "teacher", header: "Педагог", width: 30, value: (c) => c.teacher.name },
  { key: "school", header: "Школа", width: 28, value: (c) => c.school.shortName },
  { key: "subject", header: "Предмет", width: 20, value: (c) => c.subject.name },
  { key: "module", header: "Модуль", width: 34, value: (c) => CONSULTATION_MODULE_LABELS[c.module] },
  { key: "form", header: "Форма", width: 18, value: (c) => CONSULTATION_FORM_LABELS[c.form] },
  { key: "functions", header: "Функции тьютора", width: 40, value: (c) => tutorFunctionsText(c.functions) },
  { key: "tutor", header: "Тьютор", width: 30, value: (c) => c.tutor.name },
] as const satisfies readonly ExportColumn<ConsultationRowLike>[];

export type ConsultationColumnKey = (typeof CONSULTATION_COLUMNS)[number]["key"];
