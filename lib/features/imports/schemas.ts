/**
 * The import kinds: their columns (Russian headers as the template
 * writes them, aliases, help for the «Справка» sheet, an example) and one
 * zod row schema each, with Russian messages. Pure: shared by the import,
 * the template and the page.
 */
import { z } from "zod";
import {
  cellText,
  dateCell,
  emailCell,
  enumCell,
  enumListCell,
  labelLookup,
  numberCell,
  optionalDateCell,
  optionalTextCell,
  parseNumber,
  parseYesNo,
  splitList,
  textCell,
  type Cell,
} from "@/lib/domain/imports/cells";
import type { ColumnSpec } from "@/lib/domain/imports/table";
import { COUNT_RANGE_MESSAGE, MAX_STUDENTS, validateContingent } from "@/lib/domain/results/contingent";
import { percentSchema } from "@/lib/features/diagnostics/schemas";
import { eventFields } from "@/lib/features/events/schemas";
import {
  CATEGORY_LABELS,
  CONSULTATION_FORM_LABELS,
  CONSULTATION_MODULE_LABELS,
  DIAGNOSTIC_KIND_LABELS,
  EVENT_AUDIENCE_LABELS,
  EVENT_FORMAT_LABELS,
  EVENT_TYPE_LABELS,
  EXAM_KIND_LABELS,
  ROLE_LABELS,
  SCHOOL_KIND_LABELS,
  TUTOR_FUNCTION_LABELS,
} from "@/lib/i18n/labels";
import "@/lib/validation";
import { truncate } from "@/lib/domain/common/text";

export const IMPORT_KINDS = ["schools", "users", "pairings", "risk-indicators", "diagnostics", "exam-results", "events", "consultations", "contingent"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/** `required`: rows are written into the cycle; `optional`: the cycle only names the municipality (and school lists). */
export type CycleNeed = "required" | "optional" | "none";

const names = (labels: Record<string, string>) => Object.values(labels).join(", ");
/** The cell's text in a message, cut so a stray paragraph does not swamp the error table. */
const quoted = (text: string) => `«${truncate(text, 61, "…")}»`;

// ───────────────────────────── lookups ─────────────────────────────

export const schoolKindOf = labelLookup(SCHOOL_KIND_LABELS, {
  "средняя общеобразовательная школа": "sosh",
  "основная общеобразовательная школа": "oosh",
  иная: "other",
  другое: "other",
});
export const categoryOf = labelLookup(CATEGORY_LABELS, {
  "школа в зоне риска": "risk_zone",
  "школа в зоне риска низких результатов": "risk_zone",
  "участник проекта 500+": "p500",
  "500 +": "p500",
});
export const roleOf = labelLookup(ROLE_LABELS, {
  координатор: "coordinator",
  "административная команда": "school_admin",
  "администрация школы": "school_admin",
  учитель: "teacher",
  тьютор: "tutor",
});
export const diagnosticKindOf = labelLookup(DIAGNOSTIC_KIND_LABELS);
export const eventTypeOf = labelLookup(EVENT_TYPE_LABELS, {
  семинар: "seminar",
  "школа управленческого мастерства": "management_school",
  вкс: "videoconference",
});
export const eventFormatOf = labelLookup(EVENT_FORMAT_LABELS, { очный: "in_person", очная: "in_person", дистанционный: "remote", дистанционная: "remote", онлайн: "remote" });
export const eventAudienceOf = labelLookup(EVENT_AUDIENCE_LABELS, { учителя: "teachers", "административные команды школ": "admin_teams", смешанная: "mixed" });
export const examKindOf = labelLookup(EXAM_KIND_LABELS);
export const consultationModuleOf = labelLookup(CONSULTATION_MODULE_LABELS, { "методическая компетентность": "methodical_competence" });
export const consultationFormOf = labelLookup(CONSULTATION_FORM_LABELS);
export const tutorFunctionOf = labelLookup(TUTOR_FUNCTION_LABELS);

// ───────────────────────────── shared cells ─────────────────────────────

const schoolCode = z.custom<Cell | undefined>(() => true).transform((cell, ctx) => {
  const text = cellText(cell);
  if (!text) ctx.addIssue({ code: "custom", message: "Укажите код школы" });
  else if (!/^[\p{L}\p{N}_.-]{1,40}$/u.test(text)) ctx.addIssue({ code: "custom", message: "Код школы — буквы, цифры, «-», «_» или «.», до 40 символов" });
  return text;
});

/** A percentage 0–100 through the diagnostics form's own schema. */
const percentCell = z.custom<Cell | undefined>(() => true).transform((cell) => (typeof cell === "number" ? cell : cellText(cell))).pipe(percentSchema as unknown as z.ZodType<number, string | number>);

const shareCell = numberCell({ min: 0, max: 100, range: "Доля — от 0 до 100 %" });

/** A calendar year in the range the app accepts for dates. */
const yearCell = numberCell({ min: 2000, max: 2100, integer: true, range: "Год — от 2000 до 2100", required: "Укажите год" });

// ───────────────────────────── kinds ─────────────────────────────

export const schoolRow = z.object({
  code: schoolCode,
  name: textCell("Укажите полное наименование", 500),
  shortName: textCell("Укажите краткое наименование", 200),
  kind: enumCell(schoolKindOf, "Укажите вид школы", (t) => `Неизвестный вид школы ${quoted(t)}: допустимы ${names(SCHOOL_KIND_LABELS)}`),
  categories: enumListCell(categoryOf, (t) => `Неизвестная категория ${quoted(t)}: допустимы ${names(CATEGORY_LABELS)}`),
  address: optionalTextCell(500),
  directorName: optionalTextCell(200),
});

export const userRow = z
  .object({
    name: textCell("Укажите ФИО", 200),
    email: emailCell(),
    role: enumCell(roleOf, "Укажите роль", (t) => `Неизвестная роль ${quoted(t)}: допустимы ${names(ROLE_LABELS)}`),
    schoolCode: optionalTextCell(40),
    position: optionalTextCell(300),
    phone: optionalTextCell(50),
  })
  .superRefine((row, ctx) => {
    const schoolRole = row.role === "school_admin" || row.role === "teacher";
    if (schoolRole && !row.schoolCode) ctx.addIssue({ code: "custom", path: ["schoolCode"], message: `Для роли ${quoted(ROLE_LABELS[row.role])} укажите код школы` });
    if (row.role && !schoolRole && row.schoolCode) ctx.addIssue({ code: "custom", path: ["schoolCode"], message: `Для роли ${quoted(ROLE_LABELS[row.role])} код школы не указывается` });
  });

export const pairingRow = z.object({
  schoolCode,
  curatorEmail: emailCell("Укажите адрес электронной почты куратора"),
  pairedOn: optionalDateCell(),
  schoolYear: z
    .custom<Cell | undefined>(() => true)
    .transform((cell, ctx) => {
      const text = cellText(cell);
      if (text && !/^\d{4}[-–/]\d{4}$/.test(text)) ctx.addIssue({ code: "custom", message: "Учебный год — в виде 2025-2026" });
      return text ? text.replace(/[–/]/, "-") : null;
    }),
  agreementNumber: optionalTextCell(100),
  agreementDate: optionalDateCell(),
});

export const riskValueRow = z.object({
  schoolCode,
  indicatorCode: textCell("Укажите код показателя", 20),
  value: z.custom<Cell | undefined>(() => true).transform((cell, ctx) => {
    const yesNo = typeof cell === "number" ? undefined : parseYesNo(cell);
    const value = yesNo === 0 || yesNo === 1 ? yesNo : parseNumber(cell);
    if (value === null) ctx.addIssue({ code: "custom", message: "Укажите значение показателя" });
    else if (Number.isNaN(value)) ctx.addIssue({ code: "custom", message: "Значение — число или «да»/«нет»" });
    return value ?? Number.NaN;
  }),
});

export const diagnosticRow = z.object({
  name: textCell("Укажите ФИО педагога", 200),
  email: emailCell(),
  schoolCode,
  kind: enumCell(diagnosticKindOf, "Укажите вид диагностики", (t) => `Неизвестный вид диагностики ${quoted(t)}: допустимы «входная», «повторная»`),
  date: dateCell("Укажите дату диагностики"),
  subject: percentCell,
  methodological: percentCell,
  digital: percentCell,
  communicative: percentCell,
  psychological: percentCell,
});

export const examResultRow = z
  .object({
    schoolCode,
    year: yearCell,
    exam: enumCell(examKindOf, "Укажите вид оценочной процедуры", (t) => `Неизвестная процедура ${quoted(t)}: допустимы ЕГЭ, ОГЭ, ВПР`),
    subject: textCell("Укажите предмет", 100),
    grade: numberCell({ min: 1, max: 11, integer: true, range: "Класс — от 1 до 11" }),
    participants: numberCell({ min: 0, max: 100_000, integer: true, range: "Участников — от 0 до 100 000", required: "Укажите число участников" }),
    avgScore: numberCell({ min: 0, max: 100, range: "Средний балл — от 0 до 100" }),
    failShare: shareCell,
    qualityShare: shareCell,
    successShare: shareCell,
  })
  .superRefine((row, ctx) => {
    if (row.exam === "vpr" && row.grade === null) ctx.addIssue({ code: "custom", path: ["grade"], message: "Для ВПР укажите класс" });
  });

/** Event fields are checked again by the events register's own schema (the same messages as its form). */
export const eventRow = z
  .object({
    id: optionalTextCell(64),
    date: dateCell("Укажите дату мероприятия"),
    type: enumCell(eventTypeOf, "Укажите вид мероприятия", (t) => `Неизвестный вид мероприятия ${quoted(t)}: допустимы ${names(EVENT_TYPE_LABELS)}, «семинар»`),
    topic: textCell("Укажите тему", 500),
    format: enumCell(eventFormatOf, "Укажите формат", (t) => `Неизвестный формат ${quoted(t)}: допустимы ${names(EVENT_FORMAT_LABELS)}`),
    audience: enumCell(eventAudienceOf, "Укажите аудиторию", (t) => `Неизвестная аудитория ${quoted(t)}: допустимы ${names(EVENT_AUDIENCE_LABELS)}`),
    participants: numberCell({ min: 0, max: 100_000, integer: true, range: "Число участников — от 0 до 100 000" }),
    module: optionalTextCell(300),
    project: optionalTextCell(300),
    schoolCodes: z.custom<Cell | undefined>(() => true).transform((cell) => [...new Set(splitList(cellText(cell)))]),
    notes: optionalTextCell(2000),
  })
  .superRefine((row, ctx) => {
    const checked = eventFields.safeParse({ ...row, participants: row.participants ?? 0, moduleId: null, projectId: null, schoolIds: [] });
    if (checked.success) return;
    for (const issue of checked.error.issues) {
      const key = String(issue.path[0]);
      // Only fields the file has; a cell that already failed keeps its first message (see validateRows).
      if (key in row) ctx.addIssue({ code: "custom", path: [key], message: issue.message });
    }
  });

export const consultationRow = z.object({
  date: dateCell("Укажите дату консультации"),
  tutorEmail: emailCell("Укажите адрес электронной почты тьютора"),
  teacherEmail: emailCell("Укажите адрес электронной почты педагога"),
  subject: textCell("Укажите предмет", 100),
  module: enumCell(consultationModuleOf, "Укажите тематический модуль", (t) => `Неизвестный модуль ${quoted(t)}: допустимы ${names(CONSULTATION_MODULE_LABELS)}`),
  form: enumCell(consultationFormOf, "Укажите форму консультации", (t) => `Неизвестная форма ${quoted(t)}: допустимы ${names(CONSULTATION_FORM_LABELS)}`),
  functions: enumListCell(tutorFunctionOf, (t) => `Неизвестная функция тьютора ${quoted(t)}: допустимы ${names(TUTOR_FUNCTION_LABELS)}`, "Укажите хотя бы одну функцию тьютора"),
  project: optionalTextCell(300),
  notes: optionalTextCell(4000),
  nextSteps: optionalTextCell(2000),
});

const countCell = (required: string) => numberCell({ min: 0, max: MAX_STUDENTS, integer: true, range: COUNT_RANGE_MESSAGE, required });

/** A school year's contingent: the groups are checked against the number of students by the domain rule. */
export const contingentRow = z
  .object({
    schoolCode,
    year: yearCell,
    students: countCell("Укажите число обучающихся"),
    ovzStudents: countCell("Укажите число обучающихся с ОВЗ (0, если их нет)"),
    lowIncomeStudents: countCell("Укажите число обучающихся из малоимущих семей (0, если их нет)"),
    singleParentStudents: countCell("Укажите число обучающихся из неполных семей (0, если их нет)"),
  })
  .superRefine((row, ctx) => {
    for (const [key, message] of Object.entries(validateContingent(row))) ctx.addIssue({ code: "custom", path: [key], message });
  });

export type SchoolRow = z.output<typeof schoolRow>;
export type UserRow = z.output<typeof userRow>;
export type PairingRow = z.output<typeof pairingRow>;
export type RiskValueRow = z.output<typeof riskValueRow>;
export type DiagnosticRow = z.output<typeof diagnosticRow>;
export type ExamResultRow = z.output<typeof examResultRow>;
export type EventRow = z.output<typeof eventRow>;
export type ConsultationRow = z.output<typeof consultationRow>;
export type ContingentRow = z.output<typeof contingentRow>;
