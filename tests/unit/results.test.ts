import { describe, expect, it } from "vitest";
import {
  aggregateSeries,
  compareWithMunicipality,
  contingentDynamics,
  earlyWarnings,
  formatMetric,
  isWorse,
  latestYear,
  schoolSeries,
  schoolYearLabel,
  seriesTitle,
  validateContingent,
  weightedAverage,
  type ResultRow,
} from "@/lib/domain/results";

const row = (over: Partial<ResultRow> & Pick<ResultRow, "schoolId" | "year">): ResultRow => ({
  exam: "ege",
  subjectCode: "russian",
  subjectName: "Русский язык",
  grade: 0,
  participants: 10,
  avgScore: null,
  failShare: null,
  qualityShare: null,
  successShare: null,
  ...over,
});

describe("weighted municipal average", () => {
  it("weights by participants and ignores rows without the value or without participants", () => {
    const rows = [
      row({ schoolId: "a", year: 2025, participants: 30, avgScore: 70 }),
      row({ schoolId: "b", year: 2025, participants: 10, avgScore: 50 }),
      row({ schoolId: "c", year: 2025, participants: 0, avgScore: 10 }),
      row({ schoolId: "d", year: 2025, participants: 20, avgScore: null }),
    ];
    // (30·70 + 10·50) / 40 = 65, not the plain mean 60
    expect(weightedAverage(rows, "avgScore")).toBe(65);
    expect(weightedAverage(rows, "failShare")).toBeNull();
    expect(weightedAverage([], "avgScore")).toBeNull();
  });

  it("rounds to two decimals", () => {
    const rows = [row({ schoolId: "a", year: 2025, participants: 3, avgScore: 3.9 }), row({ schoolId: "b", year: 2025, participants: 4, avgScore: 3.2 })];
    expect(weightedAverage(rows, "avgScore")).toBe(3.5); // 24.5 / 7
  });

  it("aggregates per exam, subject, grade and year, counting schools and participants", () => {
    const rows = [
      row({ schoolId: "a", year: 2024, participants: 20, avgScore: 60 }),
      row({ schoolId: "b", year: 2024, participants: 20, avgScore: 70 }),
      row({ schoolId: "a", year: 2025, participants: 25, avgScore: 62 }),
      row({ schoolId: "a", year: 2025, exam: "vpr", subjectCode: "math", subjectName: "Математика", grade: 5, participants: 40, qualityShare: 40, failShare: 10 }),
      row({ schoolId: "a", year: 2025, exam: "vpr", subjectCode: "math", subjectName: "Математика", grade: 6, participants: 40, qualityShare: 30, failShare: 20 }),
    ];
    const series = aggregateSeries(rows);
    expect([...series.keys()].sort()).toEqual(["ege:russian:0", "vpr:math:5", "vpr:math:6"]);
    const ege = series.get("ege:russian:0")!;
    expect(ege.cells.get(2024)).toMatchObject({ participants: 40, schools: 2, values: { avgScore: 65 } });
    expect(ege.cells.get(2025)).toMatchObject({ participants: 25, schools: 1, values: { avgScore: 62 } });
    expect(series.get("vpr:math:5")!.cells.get(2025)!.values).toMatchObject({ qualityShare: 40, failShare: 10, avgScore: null });
  });
});

describe("school against the municipality", () => {
  it("pairs every year of either side, in exam/subject/grade order, for the school's series only", () => {
    const rows = [
      row({ schoolId: "a", year: 2024, participants: 10, avgScore: 60 }),
      row({ schoolId: "b", year: 2024, participants: 30, avgScore: 80 }),
      row({ schoolId: "b", year: 2025, participants: 30, avgScore: 81 }),
      row({ schoolId: "a", year: 2025, exam: "oge", subjectCode: "math", subjectName: "Математика", participants: 10, avgScore: 3.4, failShare: 12 }),
      row({ schoolId: "b", year: 2025, exam: "oge", subjectCode: "math", subjectName: "Математика", participants: 30, avgScore: 3.8, failShare: 4 }),
      row({ schoolId: "b", year: 2025, exam: "oge", subjectCode: "russian", subjectName: "Русский язык", participants: 30, avgScore: 4.1 }),
    ];
    const out = compareWithMunicipality(schoolSeries(rows, "a"), aggregateSeries(rows));
    expect(out.map((c) => c.key)).toEqual(["ege:russian:0", "oge:math:0"]);
    expect(out[0].years.map((y) => [y.year, y.school?.values.avgScore ?? null, y.municipality?.values.avgScore ?? null])).toEqual([
      [2024, 60, 75],
      [2025, null, 81],
    ]);
    expect(out[1].years[0].municipality!.values).toMatchObject({ avgScore: 3.7, failShare: 6 });
  });

  it("knows the latest year", () => {
    expect(latestYear([{ year: 2023 }, { year: 2025 }, { year: 2024 }])).toBe(2025);
    expect(latestYear([])).toBeNull();
  });
});

describe("early warning", () => {
  const muni = (values: Record<number, number>, over: Partial<ResultRow> = {}) =>
    Object.entries(values).map(([year, v]) => row({ schoolId: "m", year: Number(year), participants: 1000, avgScore: v, ...over }));
  const school = (values: Record<number, number | null>, over: Partial<ResultRow> = {}) =>
    Object.entries(values).map(([year, v]) => row({ schoolId: "s", year: Number(year), participants: 20, avgScore: v, ...over }));
  const run = (rows: ResultRow[], asOfYear = 2025) => earlyWarnings({ asOfYear, school: schoolSeries(rows, "s"), municipality: aggregateSeries(rows) });

  it("flags a school below the municipal average in 2 of the last 3 years and spells out the figures", () => {
    const warnings = run([...muni({ 2023: 70, 2024: 70, 2025: 70 }), ...school({ 2023: 60, 2024: 75, 2025: 61 })]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: "below_average", years: [2023, 2025], metric: "avgScore", exam: "ege" });
    // The municipal average includes the school: (1000·70 + 20·60) / 1020 = 69,8
    expect(warnings[0].reason).toBe(
      "ЕГЭ, русский язык: средний балл ниже среднего по муниципалитету в 2023 и 2025 годах (2023: 60,0 при 69,8; 2025: 61,0 при 69,8)",
    );
  });

  it("does not flag a school below the average in only 1 of 3 years, nor years outside the window", () => {
    expect(run([...muni({ 2022: 70, 2023: 70, 2024: 70, 2025: 70 }), ...school({ 2022: 50, 2023: 60, 2024: 75, 2025: 76 })])).toEqual([]);
  });

  it("treats equal values at the shown precision as not below", () => {
    const rows = [...muni({ 2024: 70.04, 2025: 70.04 }), ...school({ 2024: 70.0, 2025: 70.0 })];
    expect(run(rows)).toEqual([]);
  });

  it("flags a result falling two years running, even above the average", () => {
    const warnings = run([...muni({ 2023: 50, 2024: 50, 2025: 50 }), ...school({ 2023: 80, 2024: 75, 2025: 71 })]);
    expect(warnings.map((w) => w.rule)).toEqual(["falling"]);
    expect(warnings[0].reason).toBe("ЕГЭ, русский язык: средний балл снижается 2 года подряд: 80,0 → 75,0 → 71,0 (2023–2025)");
  });

  it("needs all three years for a fall, and a strict fall each year", () => {
    expect(run([...muni({ 2023: 50, 2024: 50, 2025: 50 }), ...school({ 2024: 75, 2025: 71 })])).toEqual([]);
    expect(run([...muni({ 2023: 50, 2024: 50, 2025: 50 }), ...school({ 2023: 80, 2024: 80, 2025: 71 })])).toEqual([]);
  });

  it("reads «lower is better» metrics the other way round (ВПР share of «2»)", () => {
    const vpr = { exam: "vpr" as const, subjectCode: "math", subjectName: "Математика", grade: 5 };
    const rows = [
      ...Object.entries({ 2023: 10, 2024: 10, 2025: 10 }).map(([y, v]) => row({ schoolId: "m", year: Number(y), participants: 1000, failShare: v, qualityShare: 50, ...vpr })),
      ...Object.entries({ 2023: 8, 2024: 14, 2025: 19 }).map(([y, v]) => row({ schoolId: "s", year: Number(y), participants: 20, failShare: v, qualityShare: 55, ...vpr })),
    ];
    const warnings = run(rows);
    expect(warnings.map((w) => [w.metric, w.rule, w.years])).toEqual([
      ["failShare", "below_average", [2024, 2025]],
      ["failShare", "falling", [2023, 2024, 2025]],
    ]);
    expect(warnings[0].reason).toContain("ВПР, математика, 5 класс: доля «2» выше среднего по муниципалитету в 2024 и 2025 годах");
    expect(warnings[1].reason).toContain("доля «2» растёт 2 года подряд: 8,0\u00a0% → 14,0\u00a0% → 19,0\u00a0%");
  });

  it("compares ОГЭ marks with two decimals", () => {
    const oge = { exam: "oge" as const, subjectCode: "math", subjectName: "Математика" };
    const rows = [
      ...Object.entries({ 2024: 3.6, 2025: 3.6 }).map(([y, v]) => row({ schoolId: "m", year: Number(y), participants: 1000, avgScore: v, ...oge })),
      ...Object.entries({ 2024: 3.41, 2025: 3.38 }).map(([y, v]) => row({ schoolId: "s", year: Number(y), participants: 20, avgScore: v, ...oge })),
    ];
    expect(run(rows)[0].reason).toBe("ОГЭ, математика: средняя отметка ниже среднего по муниципалитету в 2024 и 2025 годах (2024: 3,41 при 3,60; 2025: 3,38 при 3,60)");
  });

  it("looks at the window ending with the as-of year", () => {
    const rows = [...muni({ 2022: 70, 2023: 70, 2024: 70, 2025: 70 }), ...school({ 2022: 60, 2023: 61, 2024: 75, 2025: 76 })];
    expect(run(rows, 2025)).toEqual([]);
    expect(run(rows, 2024).map((w) => w.years)).toEqual([[2022, 2023]]);
  });
});

describe("metric helpers", () => {
  it("formats in the ru locale", () => {
    expect(formatMetric({ digits: 1, percent: false }, 68.25)).toBe("68,3");
    expect(formatMetric({ digits: 1, percent: false }, 68)).toBe("68,0");
    expect(formatMetric({ digits: 2, percent: false }, 4)).toBe("4,00");
    expect(formatMetric({ digits: 1, percent: true }, 12.5)).toBe("12,5\u00a0%");
    expect(formatMetric({ digits: 1, percent: true }, null)).toBe("—");
  });

  it("compares in the metric's direction", () => {
    expect(isWorse({ better: "higher", digits: 1 }, 60, 61)).toBe(true);
    expect(isWorse({ better: "lower", digits: 1 }, 60, 61)).toBe(false);
    expect(isWorse({ better: "lower", digits: 1 }, 12.34, 12.3)).toBe(false);
  });

  it("titles a series", () => {
    expect(seriesTitle({ exam: "vpr", subjectName: "Русский язык", grade: 6 })).toBe("ВПР, русский язык, 6 класс");
    expect(seriesTitle({ exam: "ege", subjectName: "Математика (профильная)", grade: 0 })).toBe("ЕГЭ, математика (профильная)");
  });
});

describe("contingent", () => {
  it("orders by year and computes shares in %", () => {
    const out = contingentDynamics([
      { year: 2024, students: 318, ovzStudents: 102, lowIncomeStudents: 139, singleParentStudents: 93 },
      { year: 2023, students: 304, ovzStudents: 94, lowIncomeStudents: 131, singleParentStudents: 88 },
      { year: 2025, students: 0, ovzStudents: 0, lowIncomeStudents: 0, singleParentStudents: 0 },
    ]);
    expect(out.map((y) => [y.schoolYear, y.students, y.ovzShare, y.lowIncomeShare])).toEqual([
      ["2023/24", 304, 30.9, 43.1],
      ["2024/25", 318, 32.1, 43.7],
      ["2025/26", 0, null, null],
    ]);
    expect(schoolYearLabel(2099)).toBe("2099/00");
  });
});

describe("contingent rules", () => {
  const counts = { students: 318, ovzStudents: 102, lowIncomeStudents: 139, singleParentStudents: 93 };

  it("accepts whole counts from 0 with every group up to the number of students (groups may overlap)", () => {
    expect(validateContingent(counts)).toEqual({});
    expect(validateContingent({ students: 0, ovzStudents: 0, lowIncomeStudents: 0, singleParentStudents: 0 })).toEqual({});
    expect(validateContingent({ students: 100, ovzStudents: 100, lowIncomeStudents: 100, singleParentStudents: 100 })).toEqual({});
    expect(validateContingent({ ...counts, students: 100_000 })).toEqual({});
  });

  it("refuses a group larger than the number of students, field by field", () => {
    expect(validateContingent({ ...counts, ovzStudents: 319, singleParentStudents: 400 })).toEqual({
      ovzStudents: "Обучающихся с ОВЗ не может быть больше, чем всего обучающихся (318)",
      singleParentStudents: "Обучающихся из неполных семей не может быть больше, чем всего обучающихся (318)",
    });
    expect(validateContingent({ ...counts, students: 0, lowIncomeStudents: 1, ovzStudents: 0, singleParentStudents: 0 })).toEqual({
      lowIncomeStudents: "Обучающихся из малоимущих семей не может быть больше, чем всего обучающихся (0)",
    });
  });

  it("refuses negative, fractional and absurd counts; a bad total is not compared with", () => {
    expect(validateContingent({ ...counts, students: -1, ovzStudents: 2.5, lowIncomeStudents: 100_001, singleParentStudents: Number.NaN })).toEqual({
      students: "Целое число от 0 до 100 000",
      ovzStudents: "Целое число от 0 до 100 000",
      lowIncomeStudents: "Целое число от 0 до 100 000",
      singleParentStudents: "Целое число от 0 до 100 000",
    });
    expect(validateContingent({ ...counts, students: 10.5 })).toEqual({ students: "Целое число от 0 до 100 000" });
  });
});
