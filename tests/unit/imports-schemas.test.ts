import { describe, expect, it } from "vitest";
import type { Cell } from "@/lib/domain/imports/cells";
import { matchHeader, validateRows } from "@/lib/domain/imports/table";
import { KIND_SPECS } from "@/lib/features/imports/kinds";
import { IMPORT_KINDS, type ImportKind } from "@/lib/features/imports/schemas";

/** Validates one data row given as { header: cell } against a kind. */
function check(kind: ImportKind, row: Record<string, Cell>) {
  const spec = KIND_SPECS[kind];
  const headers = Object.keys(row);
  const { index, errors } = matchHeader(headers, spec.columns);
  expect(errors.filter((e) => !e.message.startsWith("Нет обязательного"))).toEqual([]);
  const result = validateRows([{ row: 2, cells: headers.map((h) => row[h]!) }], spec.columns, index, spec.schema);
  return { data: result.valid[0]?.data as Record<string, unknown> | undefined, errors: result.errors };
}

const example = (kind: ImportKind) => Object.fromEntries(KIND_SPECS[kind].columns.map((c) => [c.header, c.example]));

describe("import templates' example rows", () => {
  it.each(IMPORT_KINDS)("the %s example row is valid", (kind) => {
    expect(check(kind, example(kind)).errors).toEqual([]);
  });
});

describe("row schemas", () => {
  it("schools", () => {
    expect(check("schools", { ...example("schools"), Вид: "лицей", Категории: "школа в зоне риска, 500+" }).data).toMatchObject({ kind: "lyceum", categories: ["risk_zone", "p500"] });
    expect(check("schools", { ...example("schools"), Код: "edu 1", Наименование: "" }).errors).toEqual([
      { row: 2, column: "Код", message: "Код школы — буквы, цифры, «-», «_» или «.», до 40 символов" },
      { row: 2, column: "Наименование", message: "Укажите полное наименование" },
    ]);
  });

  it("users", () => {
    expect(check("users", { ...example("users"), Email: " Petrova@School99.RU " }).data).toMatchObject({ email: "petrova@school99.ru", role: "teacher" });
    expect(check("users", { ...example("users"), Email: "не почта", Роль: "Директор" }).errors).toEqual([
      { row: 2, column: "Email", message: "Неверный адрес электронной почты" },
      { row: 2, column: "Роль", message: expect.stringMatching(/^Неизвестная роль «Директор»: допустимы Администратор, /) },
    ]);
    expect(check("users", { ...example("users"), Роль: "тьютор" }).errors).toEqual([
      { row: 2, column: "Код школы", message: "Для роли «Муниципальный тьютор» код школы не указывается" },
    ]);
  });

  it("pairings", () => {
    expect(check("pairings", { ...example("pairings"), "Учебный год": "2025/2026", "Дата закрепления": "" }).data).toMatchObject({ schoolYear: "2025-2026", pairedOn: null });
    expect(check("pairings", { ...example("pairings"), "Учебный год": "25-26", "Дата договора": "32.01.2025" }).errors).toEqual([
      { row: 2, column: "Учебный год", message: "Учебный год — в виде 2025-2026" },
      { row: 2, column: "Дата договора", message: "Укажите дату в формате ДД.ММ.ГГГГ" },
    ]);
  });

  it("risk-indicators", () => {
    expect(check("risk-indicators", { ...example("risk-indicators"), Значение: "нет" }).data).toMatchObject({ value: 0 });
    expect(check("risk-indicators", { ...example("risk-indicators"), Значение: "12,25" }).data).toMatchObject({ value: 12.25 });
    expect(check("risk-indicators", { ...example("risk-indicators"), Значение: "" }).errors).toEqual([{ row: 2, column: "Значение", message: "Укажите значение показателя" }]);
  });

  it("diagnostics", () => {
    const good = check("diagnostics", { ...example("diagnostics"), "Вид диагностики": "ПОВТОРНАЯ", Предметная: "95,555" });
    expect(good.data).toMatchObject({ kind: "repeat", date: "2025-01-15", subject: 95.56, methodological: 64 });
    expect(check("diagnostics", { ...example("diagnostics"), Дата: "2025.01.15", Цифровая: "-1", Коммуникативная: "" }).errors).toEqual([
      { row: 2, column: "Дата", message: "Укажите дату в формате ДД.ММ.ГГГГ" },
      { row: 2, column: "Цифровая", message: "Укажите значение от 0 до 100 %" },
      { row: 2, column: "Коммуникативная", message: "Укажите значение от 0 до 100 %" },
    ]);
  });

  it("exam-results", () => {
    expect(check("exam-results", { ...example("exam-results"), Процедура: "егэ", "Средний балл": "71,4" }).data).toMatchObject({ exam: "ege", avgScore: 71.4, grade: null });
    expect(check("exam-results", { ...example("exam-results"), Участников: "12,5", "Качество знаний, %": "150" }).errors).toEqual([
      { row: 2, column: "Участников", message: "Введите целое число" },
      { row: 2, column: "Качество знаний, %", message: "Доля — от 0 до 100 %" },
    ]);
  });

  it("events: Russian type names, «семинар» as a seminar", () => {
    for (const [text, type] of [
      ["семинар", "seminar"],
      ["Практико-ориентированный СЕМИНАР", "seminar"],
      ["мастер-класс", "master_class"],
      ["Заседание Школы управленческого мастерства", "management_school"],
    ] as const) {
      expect(check("events", { ...example("events"), "Вид мероприятия": text }).data, text).toMatchObject({ type });
    }
    expect(check("events", { ...example("events"), Участников: "", "Коды школ": "edu1; edu2, edu1" }).data).toMatchObject({ participants: null, schoolCodes: ["edu1", "edu2"] });
    expect(check("events", { ...example("events"), Тема: "", Формат: "заочно" }).errors).toEqual([
      { row: 2, column: "Тема", message: "Укажите тему" },
      { row: 2, column: "Формат", message: "Неизвестный формат «заочно»: допустимы Очно, Дистанционно" },
    ]);
    // A long stray value is cut in the message so the list of allowed values stays readable.
    expect(check("events", { ...example("events"), Формат: "x".repeat(600) }).errors).toEqual([
      { row: 2, column: "Формат", message: `Неизвестный формат «${"x".repeat(60)}…»: допустимы Очно, Дистанционно` },
    ]);
  });

  it("consultations", () => {
    expect(check("consultations", example("consultations")).data).toMatchObject({ module: "subject_competence", form: "individual", functions: ["consulting", "diagnostic"] });
    expect(check("consultations", { ...example("consultations"), "Функции тьютора": "Консультационная, волшебная" }).errors).toEqual([
      { row: 2, column: "Функции тьютора", message: expect.stringMatching(/^Неизвестная функция тьютора «волшебная»: допустимы Моделирующая/) },
    ]);
  });

  it("contingent: counts, the year's range and no group above the number of students", () => {
    // Aliases of the headers, a number with a thousands space, a group of 0.
    const aliased = { "Код ОО": "edu230101", Год: "2025", "Численность обучающихся": "1 063", "Обучающихся с ОВЗ": 0, "Из малообеспеченных семей": 139, "Из неполных семей": 93 };
    expect(check("contingent", aliased).data).toMatchObject({
      schoolCode: "edu230101",
      year: 2025,
      students: 1063,
      ovzStudents: 0,
      lowIncomeStudents: 139,
    });
    expect(check("contingent", { ...example("contingent"), Год: 1999, Обучающихся: "12,5", "С ОВЗ": "-3", "Из неполных семей": "" }).errors).toEqual([
      { row: 2, column: "Год", message: "Год — от 2000 до 2100" },
      { row: 2, column: "Обучающихся", message: "Введите целое число" },
      { row: 2, column: "С ОВЗ", message: "Целое число от 0 до 100 000" },
      { row: 2, column: "Из неполных семей", message: "Укажите число обучающихся из неполных семей (0, если их нет)" },
    ]);
    expect(check("contingent", { ...example("contingent"), Год: 2100, Обучающихся: 100, "С ОВЗ": 101, "Из малоимущих семей": 100 }).errors).toEqual([
      { row: 2, column: "С ОВЗ", message: "Обучающихся с ОВЗ не может быть больше, чем всего обучающихся (100)" },
    ]);
    expect(check("contingent", { ...example("contingent"), "Код школы": "", Год: "" }).errors).toEqual([
      { row: 2, column: "Код школы", message: "Укажите код школы" },
      { row: 2, column: "Год", message: "Укажите год" },
    ]);
  });
});
