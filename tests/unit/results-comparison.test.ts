import { describe, expect, it } from "vitest";
import { EXAM_METRICS, earlyWarnings, aggregateSeries, schoolSeries, type MetricValues, type ResultRow } from "@/lib/domain/results";
import {
  difference,
  differencesFor,
  formatDifference,
  formatFixed,
  resolveSeries,
  seriesOptions,
  sortComparisons,
  type SeriesHead,
} from "@/lib/domain/results/comparison";
import { groupWarnings, warningDigest, warningNote } from "@/lib/domain/results/warning-groups";

const head = (exam: SeriesHead["exam"], subjectCode: string, subjectName: string, grade = 0): SeriesHead => ({ key: `${exam}:${subjectCode}:${grade}`, exam, subjectCode, subjectName, grade });
const AVAILABLE = [
  head("vpr", "russian", "Русский язык", 5),
  head("oge", "math", "Математика"),
  head("vpr", "math", "Математика", 6),
  head("ege", "russian", "Русский язык"),
  head("vpr", "math", "Математика", 5),
  head("ege", "math_profile", "Математика (профильная)"),
];

describe("which series the filters mean", () => {
  it("takes the asked exam, subject and class when the data has them", () => {
    expect(resolveSeries(AVAILABLE, { exam: "vpr", subject: "math", grade: 6 })?.key).toBe("vpr:math:6");
    expect(resolveSeries(AVAILABLE, { exam: "oge", subject: "math" })?.key).toBe("oge:math:0");
  });

  it("falls back level by level to the first in reading order (ЕГЭ, ОГЭ, ВПР; subject name; class)", () => {
    expect(resolveSeries(AVAILABLE, {})?.key).toBe("ege:math_profile:0"); // «Математика (профильная)» before «Русский язык»
    expect(resolveSeries(AVAILABLE, { exam: "oge", subject: "russian" })?.key).toBe("oge:math:0");
    expect(resolveSeries(AVAILABLE, { exam: "vpr", subject: "math", grade: 9 })?.key).toBe("vpr:math:5");
    expect(resolveSeries(AVAILABLE, { exam: "vpr" })?.key).toBe("vpr:math:5");
    expect(resolveSeries([], { exam: "ege" })).toBeNull();
  });

  it("offers the exams, the exam's subjects and the subject's classes", () => {
    const options = seriesOptions(AVAILABLE, head("vpr", "math", "Математика", 5));
    expect(options).toEqual({
      exams: ["ege", "oge", "vpr"],
      subjects: [
        { code: "math", name: "Математика" },
        { code: "russian", name: "Русский язык" },
      ],
      grades: [5, 6],
    });
    expect(seriesOptions(AVAILABLE, head("ege", "russian", "Русский язык")).grades).toEqual([]);
  });
});

describe("difference from the municipal average", () => {
  const mark = EXAM_METRICS.oge[0];
  const fail = EXAM_METRICS.oge[1];
  const score = EXAM_METRICS.ege[0];

  it("is the school minus the average at the shown precision, with the verdict in the metric's direction", () => {
    expect(difference(mark, 3.12, 3.79)).toEqual({ delta: -0.67, verdict: "worse" });
    expect(difference(fail, 14.3, 4.04)).toEqual({ delta: 10.3, verdict: "worse" }); // 14,3 − 4,0
    expect(difference(fail, 2.0, 4.0)).toEqual({ delta: -2, verdict: "better" });
    expect(difference(score, 70.04, 70.0)).toEqual({ delta: 0, verdict: "same" });
    expect(difference(score, null, 70)).toBeNull();
    expect(difference(score, 70, null)).toBeNull();
  });

  it("prints a sign, the metric's decimals and percentage points for shares (no-break spaces)", () => {
    expect(formatDifference(mark, { delta: -0.67, verdict: "worse" })).toBe("−0,67");
    expect(formatDifference(mark, { delta: 0.1, verdict: "better" })).toBe("+0,10");
    expect(formatDifference(fail, { delta: 10.3, verdict: "worse" })).toBe("+10,3\u00a0п.\u00a0п.");
    expect(formatDifference(fail, { delta: 8, verdict: "worse" })).toBe("+8,0\u00a0п.\u00a0п.");
    expect(formatDifference(score, { delta: 0, verdict: "same" })).toBe("0,0");
    expect(formatDifference(score, null)).toBe("—");
  });

  it("prints table values with the metric's decimals", () => {
    expect(formatFixed(fail, 44)).toBe("44,0\u00a0%");
    expect(formatFixed(mark, 3.1)).toBe("3,10");
    expect(formatFixed(score, 70)).toBe("70,0");
    expect(formatFixed(score, null)).toBe("—");
  });

  it("compares every metric of the exam", () => {
    const values: MetricValues = { avgScore: 3.5, failShare: 2, qualityShare: 40, successShare: 98 };
    const municipal: MetricValues = { avgScore: 3.6, failShare: 3, qualityShare: 50, successShare: 97 };
    expect(Object.keys(differencesFor("oge", values, municipal))).toEqual(["avgScore", "failShare"]);
    expect(differencesFor("vpr", values, municipal)).toEqual({ qualityShare: { delta: -10, verdict: "worse" }, failShare: { delta: -1, verdict: "better" } });
    expect(differencesFor("ege", values, null)).toEqual({ avgScore: null });
  });
});

describe("sorting the schools", () => {
  const row = (shortName: string, participants: number, avgScore: number | null, failShare: number | null = null) => ({
    shortName,
    participants,
    values: { avgScore, failShare, qualityShare: null, successShare: null },
  });
  const rows = [row("СОШ № 10", 30, 3.5, 8), row("СОШ № 2", 50, 3.9, 2), row("СОШ № 3", 20, null, null), row("ООШ № 21", 28, 3.1, 14)];
  const names = (list: { shortName: string }[]) => list.map((r) => r.shortName);

  it("by name with numbers in order, by participants, by the headline metric in its direction (no value last)", () => {
    const mark = EXAM_METRICS.oge[0];
    expect(names(sortComparisons(rows, "name", mark))).toEqual(["ООШ № 21", "СОШ № 2", "СОШ № 3", "СОШ № 10"]);
    expect(names(sortComparisons(rows, "participants", mark))).toEqual(["СОШ № 2", "СОШ № 10", "ООШ № 21", "СОШ № 3"]);
    expect(names(sortComparisons(rows, "worst", mark))).toEqual(["ООШ № 21", "СОШ № 10", "СОШ № 2", "СОШ № 3"]);
    expect(names(sortComparisons(rows, "best", mark))).toEqual(["СОШ № 2", "СОШ № 10", "ООШ № 21", "СОШ № 3"]);
    const fail = { key: "failShare" as const, better: "lower" as const };
    expect(names(sortComparisons(rows, "worst", fail))).toEqual(["ООШ № 21", "СОШ № 10", "СОШ № 2", "СОШ № 3"]);
    expect(rows[0].shortName).toBe("СОШ № 10"); // the input is left as is
  });
});

describe("warnings as people read them", () => {
  const r = (schoolId: string, year: number, avgScore: number, failShare: number, participants: number): ResultRow => ({
    schoolId,
    year,
    exam: "oge",
    subjectCode: "math",
    subjectName: "Математика",
    grade: 0,
    participants,
    avgScore,
    failShare,
    qualityShare: null,
    successShare: null,
  });
  const rows = [
    r("m", 2023, 3.8, 4, 1000),
    r("m", 2024, 3.8, 4, 1000),
    r("m", 2025, 3.8, 4, 1000),
    r("s", 2023, 3.31, 10.7, 28),
    r("s", 2024, 3.24, 12.5, 28),
    r("s", 2025, 3.12, 14.3, 28),
    { ...r("s", 2025, 4.5, 0, 30), exam: "ege" as const, subjectCode: "russian", subjectName: "Русский язык", failShare: null },
  ];
  const warnings = earlyWarnings({ asOfYear: 2025, school: schoolSeries(rows, "s"), municipality: aggregateSeries(rows) });

  it("groups by exam and subject, without repeating the series title", () => {
    const groups = groupWarnings(warnings);
    expect(groups.map((g) => g.title)).toEqual(["ОГЭ, математика"]);
    expect(groups[0].items.map((i) => [i.metric, i.rule])).toEqual([
      ["avgScore", "below_average"],
      ["avgScore", "falling"],
      ["failShare", "below_average"],
      ["failShare", "falling"],
    ]);
    expect(groups[0].items[1].text).toBe("Средняя отметка снижается 2 года подряд: 3,31 → 3,24 → 3,12 (2023–2025)");
    expect(groupWarnings([])).toEqual([]);
  });

  it("writes the note for the cycle's lists: one short line per subject, whole subjects left out past the limit", () => {
    expect(warningNote(2025, warnings)).toBe(
      "Раннее предупреждение по результатам 2025 года. ОГЭ, математика: хуже среднего — средняя отметка (2023–2025), доля «2» (2023–2025); " +
        "ухудшение 2 года подряд — средняя отметка (2023–2025), доля «2» (2023–2025).",
    );
    const many = [
      ...warnings,
      ...warnings.map((w) => ({ ...w, exam: "vpr" as const, grade: 5, reason: w.reason.replace("ОГЭ, математика", "ВПР, математика, 5 класс") })),
    ];
    const full = warningNote(2025, many);
    expect(full).toContain("ВПР, математика, 5 класс: хуже среднего");
    const short = warningNote(2025, many, 320);
    expect(short.length).toBeLessThanOrEqual(320);
    expect(short).toContain("ОГЭ, математика: хуже среднего");
    expect(short).not.toContain("ВПР, математика");
    expect(short.endsWith("И ещё 1 предмет — на странице «Результаты обучения».")).toBe(true);
  });
});

describe("the warning digest", () => {
  it("lists the metrics per rule with their years, ranges for three years running", () => {
    const group = {
      key: "oge:math:0",
      exam: "oge" as const,
      title: "ОГЭ, математика",
      items: [
        { rule: "below_average" as const, metric: "avgScore" as const, years: [2023, 2024, 2025], text: "" },
        { rule: "falling" as const, metric: "avgScore" as const, years: [2023, 2024, 2025], text: "" },
        { rule: "below_average" as const, metric: "failShare" as const, years: [2023, 2025], text: "" },
      ],
    };
    expect(warningDigest(group)).toEqual({
      below_average: ["средняя отметка (2023–2025)", "доля «2» (2023, 2025)"],
      falling: ["средняя отметка (2023–2025)"],
    });
  });
});
