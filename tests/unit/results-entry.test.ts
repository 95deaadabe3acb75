import { describe, expect, it } from "vitest";
import { validateResultEntry, type ResultEntry } from "@/lib/domain/results/entry";
import { createExamResultSchema } from "@/lib/features/results/entry-schemas";

const entry = (over: Partial<ResultEntry>): ResultEntry => ({ exam: "oge", grade: 0, participants: 20, avgScore: 3.5, failShare: 5, qualityShare: null, successShare: null, ...over });

describe("one exam result, exam by exam", () => {
  it("accepts a complete result of each exam", () => {
    expect(validateResultEntry(entry({}))).toEqual({});
    expect(validateResultEntry(entry({ exam: "ege", avgScore: 68.4, failShare: null }))).toEqual({});
    expect(validateResultEntry(entry({ exam: "vpr", grade: 5, avgScore: null, failShare: 12, qualityShare: 44 }))).toEqual({});
  });

  it("requires the exam's compared metrics", () => {
    expect(validateResultEntry(entry({ avgScore: null, failShare: null }))).toEqual({ avgScore: "Укажите средний балл", failShare: "Укажите долю «2»" });
    expect(validateResultEntry(entry({ exam: "ege", avgScore: null, failShare: null }))).toEqual({ avgScore: "Укажите средний балл" });
    expect(validateResultEntry(entry({ exam: "vpr", grade: 6, avgScore: null, failShare: null }))).toEqual({ qualityShare: "Укажите качество знаний", failShare: "Укажите долю «2»" });
  });

  it("reads the average in the exam's scale: marks 2–5, ЕГЭ scores 0–100", () => {
    expect(validateResultEntry(entry({ avgScore: 45 })).avgScore).toBe("Средняя отметка — от 2 до 5");
    expect(validateResultEntry(entry({ exam: "vpr", grade: 5, avgScore: 1.5, qualityShare: 40 })).avgScore).toBe("Средняя отметка — от 2 до 5");
    expect(validateResultEntry(entry({ exam: "ege", avgScore: 101 })).avgScore).toBe("Средний балл ЕГЭ — от 0 до 100");
    expect(validateResultEntry(entry({ exam: "ege", avgScore: 4.2 }))).toEqual({});
  });

  it("puts ВПР in a class and ОГЭ/ЕГЭ in none", () => {
    expect(validateResultEntry(entry({ exam: "vpr", grade: 0, qualityShare: 40 })).grade).toBe("Для ВПР укажите класс: 4, 5, 6, 7, 8, 10, 11");
    expect(validateResultEntry(entry({ exam: "vpr", grade: 9, qualityShare: 40 })).grade).toBeDefined();
    expect(validateResultEntry(entry({ grade: 9 })).grade).toBe("ОГЭ и ЕГЭ вносятся без класса");
  });

  it("checks participants, shares and that «2» and «4–5» together are at most 100 %", () => {
    expect(validateResultEntry(entry({ participants: 0 })).participants).toBe("Участников — целое число не меньше 1");
    expect(validateResultEntry(entry({ failShare: 120 })).failShare).toBe("Доля — от 0 до 100 %");
    expect(validateResultEntry(entry({ exam: "vpr", grade: 5, failShare: 30, qualityShare: 75.5 })).qualityShare).toBe("Доля «2» и качество знаний вместе не больше 100 % (сейчас 105,5 %)");
    expect(validateResultEntry(entry({ exam: "vpr", grade: 5, failShare: 30, qualityShare: 70 }))).toEqual({});
  });
});

describe("the entry form's schema", () => {
  const form = { schoolId: "s", year: "2025", exam: "oge", subjectId: "m", grade: "", participants: "28", avgScore: "3,12", failShare: "14,3", qualityShare: "", successShare: "" };

  it("reads Russian decimals and empty fields", () => {
    const parsed = createExamResultSchema.parse(form);
    expect(parsed).toMatchObject({ year: 2025, grade: 0, participants: 28, avgScore: 3.12, failShare: 14.3, qualityShare: null, successShare: null });
  });

  it("puts the exam's rules and typos beside the fields", () => {
    const result = createExamResultSchema.safeParse({ ...form, avgScore: "три", failShare: "", participants: "" });
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors;
    expect(errors.avgScore?.[0]).toBe("Введите число, например 3,45");
    expect(errors.participants?.[0]).toBe("Укажите число участников");
    // The exam's rules are there at once, not after the typos are fixed.
    expect(errors.failShare).toEqual(["Укажите долю «2»"]);
  });

  it("reports the exam's rules even without a school, and ignores them for an unknown exam", () => {
    const noSchool = createExamResultSchema.safeParse({ ...form, schoolId: "", exam: "vpr", grade: "", failShare: "" });
    const errors = noSchool.error!.flatten().fieldErrors;
    expect(errors.schoolId).toEqual(["Выберите школу"]);
    expect(errors.grade?.[0]).toMatch(/^Для ВПР укажите класс/);
    expect(errors.qualityShare).toEqual(["Укажите качество знаний"]);
    const unknown = createExamResultSchema.safeParse({ ...form, exam: "olympiad" });
    expect(Object.keys(unknown.error!.flatten().fieldErrors)).toEqual(["exam"]);
  });
});
