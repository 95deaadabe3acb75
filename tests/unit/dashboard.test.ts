import { describe, expect, it } from "vitest";
import {
  curatorCoverage,
  daysOverdue,
  documentShares,
  headlineComparisons,
  iomCoverage,
  monthBuckets,
  shareOf,
  stageIndex,
  stageProgress,
  type StageCounts,
} from "@/lib/domain/dashboard";
import { aggregateSeries, compareWithMunicipality, schoolSeries, type ResultRow } from "@/lib/domain/results";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("shareOf", () => {
  it("is a percentage with one decimal, null without a total", () => {
    expect(shareOf(6, 7)).toBe(85.7);
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf(2, 3)).toBe(66.7);
    expect(shareOf(0, 5)).toBe(0);
    expect(shareOf(5, 5)).toBe(100);
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe("stageProgress", () => {
  const counts: StageCounts = {
    schools: 7,
    profilesConfirmed: 6,
    documentsRequired: 20,
    documentsPresented: 15,
    documents: 18,
    documentsConfirmed: 9,
    measures: 40,
    measuresDone: 10,
    report: "none",
  };

  it("measures each stage by its own ratio", () => {
    const stages = stageProgress(counts, "implementation");
    expect(stages.map((s) => s.stage)).toEqual(["diagnosis", "programming", "expertise", "implementation", "reporting"]);
    expect(stages.map((s) => [s.done, s.total, s.percent])).toEqual([
      [6, 7, 85.7],
      [15, 20, 75],
      [9, 18, 50],
      [10, 40, 25],
      [0, 1, 0],
    ]);
  });

  it("marks the current stage and the stages passed", () => {
    const stages = stageProgress(counts, "expertise");
    expect(stages.filter((s) => s.current).map((s) => s.stage)).toEqual(["expertise"]);
    expect(stages.filter((s) => s.passed).map((s) => s.stage)).toEqual(["diagnosis", "programming"]);
    expect(stageProgress(counts, "draft").some((s) => s.current || s.passed)).toBe(false);
    const closed = stageProgress(counts, "closed");
    expect(closed.every((s) => s.passed && !s.current)).toBe(true);
    expect(stageIndex("diagnosis")).toBe(0);
    expect(stageIndex("reporting")).toBe(4);
  });

  it("reads the report as none 0 %, draft 50 %, approved 100 %", () => {
    const at = (report: StageCounts["report"]) => stageProgress({ ...counts, report }, "reporting")[4];
    expect(at("none").percent).toBe(0);
    expect(at("draft").percent).toBe(50);
    expect(at("draft").done).toBe(0);
    expect(at("approved").percent).toBe(100);
    expect(at("approved").done).toBe(1);
  });

  it("has no percentage for a stage with nothing to count", () => {
    const empty = stageProgress({ ...counts, schools: 0, profilesConfirmed: 0, documents: 0, documentsConfirmed: 0, measures: 0, measuresDone: 0, documentsRequired: 0, documentsPresented: 0 }, "diagnosis");
    expect(empty.slice(0, 4).map((s) => s.percent)).toEqual([null, null, null, null]);
  });
});

describe("curatorCoverage", () => {
  it("counts schools with a curator and schools per curator, most first", () => {
    const c = curatorCoverage([
      { curatorId: "b", curatorName: "Новикова" },
      { curatorId: "a", curatorName: "Лобанова" },
      { curatorId: "a", curatorName: "Лобанова" },
      { curatorId: "b", curatorName: "Новикова" },
      { curatorId: "c", curatorName: "Абрамова" },
      { curatorId: "a", curatorName: "Лобанова" },
      { curatorId: null, curatorName: null },
    ]);
    expect(c.schools).toBe(7);
    expect(c.withCurator).toBe(6);
    expect(c.percent).toBe(85.7);
    expect(c.byCurator.map((x) => [x.name, x.schools])).toEqual([
      ["Лобанова", 3],
      ["Новикова", 2],
      ["Абрамова", 1],
    ]);
  });

  it("is empty without schools", () => {
    expect(curatorCoverage([])).toEqual({ schools: 0, withCurator: 0, percent: null, byCurator: [] });
  });
});

describe("iomCoverage", () => {
  it("counts teachers with deficits at entry and, of them, those with an approved ИОМ", () => {
    const c = iomCoverage(
      [
        { teacherId: "t1", schoolId: "s1", deficits: 2 },
        { teacherId: "t2", schoolId: "s1", deficits: 1 },
        { teacherId: "t3", schoolId: "s1", deficits: 0 },
        { teacherId: "t4", schoolId: "s2", deficits: 3 },
      ],
      new Set(["t1", "t3"]),
    );
    expect(c.withDeficits).toBe(3);
    expect(c.withApprovedIom).toBe(1);
    expect(c.percent).toBe(33.3);
    expect(c.bySchool).toEqual([
      { schoolId: "s1", withDeficits: 2, withApprovedIom: 1, percent: 50 },
      { schoolId: "s2", withDeficits: 1, withApprovedIom: 0, percent: 0 },
    ]);
  });

  it("has no share when nobody has deficits", () => {
    expect(iomCoverage([{ teacherId: "t", schoolId: "s", deficits: 0 }], new Set(["t"]))).toEqual({ withDeficits: 0, withApprovedIom: 0, percent: null, bySchool: [] });
  });
});

describe("daysOverdue", () => {
  it("counts whole calendar days from the deadline to today", () => {
    expect(daysOverdue(d("2025-11-19"), d("2025-11-20"))).toBe(1);
    expect(daysOverdue(d("2025-01-01"), d("2025-03-01"))).toBe(59);
    expect(daysOverdue(d("2024-12-31"), d("2025-01-01"))).toBe(1);
    expect(daysOverdue(d("2025-11-20"), new Date("2025-11-20T23:59:00Z"))).toBe(0);
    expect(daysOverdue(d("2025-12-01"), d("2025-11-20"))).toBe(0);
  });
});

describe("monthBuckets", () => {
  it("covers the whole year with zeros and counts dates by month", () => {
    const b = monthBuckets([d("2025-01-15"), d("2025-01-31"), d("2025-09-01")], 2025);
    expect(b).toHaveLength(12);
    expect(b[0]).toMatchObject({ key: "2025-01", label: "янв", count: 2 });
    expect(b[8]).toMatchObject({ key: "2025-09", label: "сен", count: 1 });
    expect(b.reduce((n, x) => n + x.count, 0)).toBe(3);
  });

  it("adds months outside the year, labelled with their year, in calendar order", () => {
    const b = monthBuckets([d("2024-12-20"), d("2026-01-10")], 2025);
    expect(b).toHaveLength(14);
    expect(b[0]).toMatchObject({ key: "2024-12", label: "дек 2024", count: 1 });
    expect(b[13]).toMatchObject({ key: "2026-01", label: "янв 2026", count: 1 });
  });
});

describe("documentShares", () => {
  it("gives confirmed of total overall and for every kind", () => {
    const s = documentShares([
      { kind: "concept", status: "confirmed", count: 5 },
      { kind: "concept", status: "submitted", count: 2 },
      { kind: "anti_risk_program", status: "draft", count: 4 },
      { kind: "anti_risk_program", status: "confirmed", count: 4 },
    ]);
    expect(s).toMatchObject({ total: 15, confirmed: 9, percent: 60 });
    expect(s.byKind).toEqual([
      { kind: "concept", total: 7, confirmed: 5, percent: 71.4 },
      { kind: "medium_term_program", total: 0, confirmed: 0, percent: null },
      { kind: "anti_risk_program", total: 8, confirmed: 4, percent: 50 },
    ]);
  });
});

describe("headlineComparisons", () => {
  const row = (schoolId: string, year: number, exam: ResultRow["exam"], subjectCode: string, grade: number, values: Partial<ResultRow>): ResultRow => ({
    schoolId,
    year,
    exam,
    subjectCode,
    subjectName: subjectCode === "rus" ? "Русский язык" : "Математика",
    grade,
    participants: 20,
    avgScore: null,
    failShare: null,
    qualityShare: null,
    successShare: null,
    ...values,
  });
  const rows: ResultRow[] = [
    row("a", 2024, "oge", "rus", 0, { avgScore: 3.4, failShare: 10 }),
    row("a", 2025, "oge", "rus", 0, { avgScore: 3.5, failShare: 8 }),
    row("b", 2025, "oge", "rus", 0, { avgScore: 3.9, failShare: 2 }),
    row("a", 2024, "vpr", "math", 5, { qualityShare: 40 }),
    row("b", 2024, "vpr", "math", 5, { qualityShare: 30 }),
    row("b", 2025, "ege", "rus", 0, { avgScore: 70 }),
  ];
  const comparisons = compareWithMunicipality(schoolSeries(rows, "a"), aggregateSeries(rows));

  it("takes the headline metric in the latest year the school has it, grouped by exam", () => {
    const groups = headlineComparisons(comparisons, 2025);
    expect(groups.map((g) => [g.exam, g.spec.key])).toEqual([
      ["oge", "avgScore"],
      ["vpr", "qualityShare"],
    ]);
    expect(groups[0].rows[0]).toMatchObject({ title: "ОГЭ, русский язык", label: "Русский язык", year: 2025, school: 3.5, municipality: 3.7, difference: -0.2, worse: true });
    expect(groups[1].rows[0]).toMatchObject({ label: "Математика, 5 кл.", year: 2024, school: 40, municipality: 35, difference: 5, worse: false });
  });

  it("never looks past the cycle's year", () => {
    const groups = headlineComparisons(comparisons, 2024);
    expect(groups[0].rows[0]).toMatchObject({ year: 2024, school: 3.4, municipality: 3.4, difference: 0, worse: false });
    expect(headlineComparisons(comparisons, 2023)).toEqual([]);
  });
});
