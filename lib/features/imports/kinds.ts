/**
 * What each import kind is: its Russian title and description (the page),
 * whether it needs a cycle, its columns and row schema. Pure.
 */
import type { z } from "zod";
import type { ColumnSpec } from "@/lib/domain/imports/table";
import {
  CATEGORY_LABELS,
  CONSULTATION_FORM_LABELS,
  CONSULTATION_MODULE_LABELS,
  EVENT_AUDIENCE_LABELS,
  EVENT_FORMAT_LABELS,
  EVENT_TYPE_LABELS,
  ROLE_LABELS,
  SCHOOL_KIND_LABELS,
  TUTOR_FUNCTION_LABELS,
} from "@/lib/i18n/labels";
import {
  consultationRow,
  contingentRow,
  diagnosticRow,
  eventRow,
  examResultRow,
  pairingRow,
  riskValueRow,
  schoolRow,
  userRow,
  type CycleNeed,
  type ImportKind,
} from "./schemas";

export type KindSpec = {
  kind: ImportKind;
  title: string;
  description: string;
  cycle: CycleNeed;
  /** Natural key, as the page explains re-imports. */
  key: string;
  columns: readonly ColumnSpec[];
  schema: z.ZodType<unknown>;
};

const list = (labels: Record<string, string>) => Object.values(labels).map((l) => `«${l}»`).join(", ");
const col = (key: string, header: string, required: boolean, help: string, example: string | number, aliases?: string[]): ColumnSpec => ({
  key,
  header,
  required,
  help,
  example,
  aliases,
});
const DATE = "Дата в формате ДД.ММ.ГГГГ (или ячейка Excel с датой).";
const PERCENT = "Число от 0 до 100, можно с десятичной запятой.";
const SCHOOL = col("schoolCode", "Код школы", true, "Код школы в региональном реестре, например edu230101.", "edu230101", ["Код ОО"]);
const group = (who: string) => `Обучающиеся ${who} — целое число, не больше числа обучающихся (0, если таких нет).`;
const EMAIL_ALIASES = ["E-mail", "Электронная почта", "Эл. почта"];

export const KIND_SPECS: Record<ImportKind, KindSpec> = {
  schools: {
    kind: "schools",
    title: "Школы",
    description: "Справочник школ муниципалитета; при выбранном цикле — и их категории в цикле (школа включается в списки цикла).",
    cycle: "optional",
    key: "код школы",
    schema: schoolRow,
    columns: [
      col("code", "Код", true, "Код школы в региональном реестре (буквы, цифры); по нему школа обновляется при повторной загрузке.", "edu230199", ["Код школы", "Код ОО"]),
      col("name", "Наименование", true, "Полное наименование.", "Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 99"),
      col("shortName", "Краткое наименование", true, "Краткое наименование.", "МБОУ-СОШ № 99"),
      col("kind", "Вид", true, `Одно из: ${list(SCHOOL_KIND_LABELS)}.`, "СОШ"),
      col("categories", "Категории", false, `Через запятую: ${list(CATEGORY_LABELS)}. Нужен выбранный цикл; пусто — участие в цикле не меняется.`, "ШНОР, 500+"),
      col("address", "Адрес", false, "Почтовый адрес.", "352900, г. Армавир, ул. Ленина, д. 1"),
      col("directorName", "Директор", false, "ФИО директора.", "Иванова Мария Петровна"),
    ],
  },
  users: {
    kind: "users",
    title: "Пользователи",
    description: "Учётные записи с ролями. Новые пользователи создаются без пароля: пароль задаёт администратор. Координатор назначает только роли своего муниципалитета: куратор, административная команда, педагог, тьютор.",
    cycle: "optional",
    key: "адрес электронной почты",
    schema: userRow,
    columns: [
      col("name", "ФИО", true, "Фамилия, имя, отчество.", "Петрова Анна Сергеевна"),
      col("email", "Email", true, "Адрес электронной почты — по нему пользователь обновляется при повторной загрузке.", "petrova@school99.ru", EMAIL_ALIASES),
      col("role", "Роль", true, `Одна из: ${list(ROLE_LABELS)} (кроме «Администратор»).`, "Педагог"),
      col("schoolCode", "Код школы", false, "Обязателен для ролей «Административная команда школы» и «Педагог».", "edu230101", ["Код ОО"]),
      col("position", "Должность", false, "Должность.", "учитель математики"),
      col("phone", "Телефон", false, "Телефон.", "+7 900 000-00-00"),
    ],
  },
  pairings: {
    kind: "pairings",
    title: "Закрепление кураторов",
    description: "Пары «куратор — школа» в цикле. Школа должна быть в списках цикла; прежнее закрепление школы завершается.",
    cycle: "required",
    key: "цикл и школа",
    schema: pairingRow,
    columns: [
      SCHOOL,
      col("curatorEmail", "Email куратора", true, "Адрес электронной почты пользователя с ролью «Куратор» в муниципалитете.", "curator@opora.demo", ["E-mail куратора", "Куратор"]),
      col("pairedOn", "Дата закрепления", false, `${DATE} Пусто — сегодня.`, "01.09.2025"),
      col("schoolYear", "Учебный год", false, "В виде 2025-2026.", "2025-2026"),
      col("agreementNumber", "Номер договора", false, "Номер сетевого договора.", "СД-12"),
      col("agreementDate", "Дата договора", false, DATE, "01.09.2025"),
    ],
  },
  "risk-indicators": {
    kind: "risk-indicators",
    title: "Стартовая диагностика (показатели риска)",
    description: "Значения показателей рисковых профилей школ цикла. Профиль должен быть в черновике или возвращён на доработку; отметки «*» вычисляются по каталогу.",
    cycle: "required",
    key: "школа цикла и код показателя",
    schema: riskValueRow,
    columns: [
      // The example is a demo school whose profile is still a draft, so the template loads as it is.
      { ...SCHOOL, example: "edu230107" },
      col("indicatorCode", "Код показателя", true, "Код из каталога факторов риска, например 1.3 (ячейку лучше сделать текстовой).", "1.1"),
      col("value", "Значение", true, "Балл или % — число от 0 до 100 (до двух знаков после запятой); для показателей «да / нет» — «да» или «нет».", "45,5"),
    ],
  },
  diagnostics: {
    kind: "diagnostics",
    title: "Диагностика компетенций педагогов",
    description: "Входная и повторная диагностика пяти компетенций. Педагог, которого нет в системе, создаётся как педагог указанной школы (без пароля).",
    cycle: "required",
    key: "педагог, цикл и вид диагностики",
    schema: diagnosticRow,
    columns: [
      col("name", "ФИО", true, "ФИО педагога.", "Сидорова Елена Викторовна"),
      col("email", "Email", true, "Адрес электронной почты педагога.", "sidorova@school21.ru", EMAIL_ALIASES),
      SCHOOL,
      col("kind", "Вид диагностики", true, "«входная» или «повторная».", "входная"),
      col("date", "Дата", true, DATE, "15.01.2025"),
      col("subject", "Предметная", true, PERCENT, "72,5"),
      col("methodological", "Методическая", true, PERCENT, 64),
      col("digital", "Цифровая", true, PERCENT, 58),
      col("communicative", "Коммуникативная", true, PERCENT, 80),
      col("psychological", "Психолого-педагогическая", true, PERCENT, 70),
    ],
  },
  "exam-results": {
    kind: "exam-results",
    title: "Результаты ЕГЭ, ОГЭ, ВПР",
    description: "Результаты оценочных процедур школ муниципалитета по предметам и годам.",
    cycle: "none",
    key: "школа, год, процедура, предмет и класс",
    schema: examResultRow,
    columns: [
      SCHOOL,
      col("year", "Год", true, "Год проведения.", 2025),
      col("exam", "Процедура", true, "«ЕГЭ», «ОГЭ» или «ВПР».", "ОГЭ", ["Экзамен", "Вид"]),
      col("subject", "Предмет", true, "Название предмета из справочника, например «Математика».", "Математика"),
      col("grade", "Класс", false, "Для ВПР — класс (4–11); для ЕГЭ и ОГЭ не заполняется.", ""),
      col("participants", "Участников", true, "Число участников.", 42),
      col("avgScore", "Средний балл", false, "ЕГЭ — по 100-балльной шкале; ОГЭ — средняя отметка.", "3,6"),
      col("failShare", "Доля неудовлетворительных, %", false, PERCENT, "7,1", ["Доля «2», %"]),
      col("qualityShare", "Качество знаний, %", false, PERCENT, "45,2"),
      col("successShare", "Успеваемость, %", false, PERCENT, "92,9"),
    ],
  },
  events: {
    kind: "events",
    title: "Мероприятия МНЦ",
    description: "Реестр мероприятий муниципального наставнического центра. Повторная загрузка обновляет мероприятие с той же датой, видом и темой (или с тем же «ID»).",
    cycle: "optional",
    key: "дата, вид и тема (или ID)",
    schema: eventRow,
    columns: [
      col("date", "Дата", true, DATE, "15.10.2025"),
      col("type", "Вид мероприятия", true, `Одно из: ${list(EVENT_TYPE_LABELS)}; «семинар» — то же, что практико-ориентированный семинар.`, "Вебинар"),
      col("topic", "Тема", true, "Тема мероприятия (до 500 символов).", "Формирующее оценивание на уроке"),
      col("format", "Формат", true, `${list(EVENT_FORMAT_LABELS)}.`, "Дистанционно"),
      col("audience", "Аудитория", true, `${list(EVENT_AUDIENCE_LABELS)}.`, "Педагоги"),
      col("participants", "Участников", false, "Число участников (целое, пусто — 0).", 35),
      col("module", "Модуль", false, "Модуль плана МНЦ — название из каталога муниципалитета.", ""),
      col("project", "Проект", false, "Муниципальный проект — название из каталога, например «Методический абонемент».", ""),
      col("schoolCodes", "Коды школ", false, "Коды школ-участниц через запятую.", "edu230101, edu230102"),
      col("notes", "Примечание", false, "Свободный текст.", ""),
      col("id", "ID", false, "Идентификатор мероприятия из системы — чтобы изменить дату, вид или тему уже загруженного мероприятия.", ""),
    ],
  },
  consultations: {
    kind: "consultations",
    title: "Консультации МТКП",
    description: "Журнал консультаций тьюторов. Повторная загрузка обновляет консультацию того же тьютора с тем же педагогом, датой и предметом.",
    cycle: "optional",
    key: "тьютор, педагог, дата и предмет",
    schema: consultationRow,
    columns: [
      col("date", "Дата", true, DATE, "20.10.2025"),
      col("tutorEmail", "Email тьютора", true, "Адрес пользователя с ролью «Муниципальный тьютор» в муниципалитете.", "tutor@opora.demo"),
      col("teacherEmail", "Email педагога", true, "Адрес пользователя с ролью «Педагог» школы муниципалитета.", "teacher@opora.demo"),
      col("subject", "Предмет", true, "Название предмета из справочника.", "Математика"),
      col("module", "Модуль", true, `${list(CONSULTATION_MODULE_LABELS)}.`, "Предметная компетентность", ["Тематический модуль"]),
      col("form", "Форма", true, `${list(CONSULTATION_FORM_LABELS)}.`, "Индивидуальная"),
      col("functions", "Функции тьютора", true, `Через запятую: ${list(TUTOR_FUNCTION_LABELS)}.`, "Консультационная, Диагностическая", ["Функции"]),
      col("project", "Проект", false, "Муниципальный проект — название из каталога.", ""),
      col("notes", "Содержание", false, "Заметки о консультации.", "Разбор заданий ОГЭ"),
      col("nextSteps", "Договорённости", false, "Следующие шаги.", "Посетить урок"),
    ],
  },
  contingent: {
    kind: "contingent",
    title: "Контингент",
    description: "Численность обучающихся школ по учебным годам: всего, с ОВЗ, из малоимущих и из неполных семей. Показывается на вкладке «Результаты» школы.",
    cycle: "none",
    key: "школа и год",
    schema: contingentRow,
    columns: [
      SCHOOL,
      col("year", "Год", true, "Год начала учебного года: 2025 — это 2025/26 учебный год.", 2025),
      col("students", "Обучающихся", true, "Численность обучающихся — целое число.", 318, ["Численность обучающихся", "Всего обучающихся"]),
      col("ovzStudents", "С ОВЗ", true, group("с ограниченными возможностями здоровья"), 102, ["Обучающихся с ОВЗ"]),
      col("lowIncomeStudents", "Из малоимущих семей", true, group("из малоимущих семей"), 139, ["Из малообеспеченных семей"]),
      col("singleParentStudents", "Из неполных семей", true, group("из неполных семей"), 93),
    ],
  },
};
