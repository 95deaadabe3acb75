import { describe, expect, it } from "vitest";
import { groupByDay, monthGrid, monthRange, monthTitle, parseMonth, shiftMonth, formatMonthParam } from "@/lib/domain/support/calendar";
import { countBy, countByMany, inPeriod, summariseConsultations, summariseEvents } from "@/lib/domain/support/counts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("period and counts", () => {
  it("treats both ends of a period as inclusive and open ends as unbounded", () => {
    expect(inPeriod(d("2025-02-01"), { from: d("2025-02-01"), to: d("2025-02-28") })).toBe(true);
    expect(inPeriod(d("2025-02-28"), { from: d("2025-02-01"), to: d("2025-02-28") })).toBe(true);
    expect(inPeriod(d("2025-03-01"), { from: d("2025-02-01"), to: d("2025-02-28") })).toBe(false);
    expect(inPeriod(d("2025-01-31"), { from: d("2025-02-01") })).toBe(false);
    expect(inPeriod(d("1999-01-31"), {})).toBe(true);
  });

  it("counts by key within the period, sums participants, sorts by count then by the given order", () => {
    const rows = [
      { date: d("2025-02-12"), type: "seminar", participants: 18 },
      { date: d("2025-03-26"), type: "seminar", participants: 27 },
      { date: d("2025-02-26"), type: "webinar", participants: 21 },
      { date: d("2025-05-21"), type: "webinar", participants: 34 },
      { date: d("2025-04-01"), type: "training", participants: 10 },
      { date: d("2026-01-10"), type: "seminar", participants: 99 },
    ];
    const result = countBy(rows, (r) => r.type, { from: d("2025-01-01"), to: d("2025-12-31") }, ["webinar", "seminar", "training"]);
    expect(result).toEqual([
      { key: "webinar", count: 2, participants: 55 },
      { key: "seminar", count: 2, participants: 45 },
      { key: "training", count: 1, participants: 10 },
    ]);
  });

  it("keeps a null key as its own group and counts multi-valued keys once per row", () => {
    const rows = [
      { date: d("2025-02-12"), projectId: null, schools: ["a", "b", "a"] },
      { date: d("2025-02-13"), projectId: "p1", schools: ["b"] },
      { date: d("2025-02-14"), projectId: null, schools: [] },
    ];
    expect(countBy(rows, (r) => r.projectId)).toEqual([
      { key: null, count: 2, participants: 0 },
      { key: "p1", count: 1, participants: 0 },
    ]);
    expect(countByMany(rows, (r) => r.schools)).toEqual([
      { key: "b", count: 2, participants: 0 },
      { key: "a", count: 1, participants: 0 },
    ]);
  });

  it("summarises events by type, module and project and the totals agree", () => {
    const events = [
      { date: d("2025-02-12"), type: "seminar", moduleId: "m1", projectId: null, participants: 18 },
      { date: d("2025-03-26"), type: "seminar", moduleId: "m2", projectId: "p1", participants: 27 },
      { date: d("2025-09-24"), type: "webinar", moduleId: "m2", projectId: "p1", participants: 31 },
      { date: d("2024-12-01"), type: "webinar", moduleId: "m2", projectId: "p2", participants: 5 },
    ];
    const s = summariseEvents(events, { from: d("2025-01-01"), to: d("2025-12-31") });
    expect(s.total).toBe(3);
    expect(s.participants).toBe(76);
    expect(s.byType.map((r) => [r.key, r.count])).toEqual([["seminar", 2], ["webinar", 1]]);
    expect(s.byModule.map((r) => [r.key, r.count])).toEqual([["m2", 2], ["m1", 1]]);
    expect(s.byProject.map((r) => [r.key, r.count])).toEqual([["p1", 2], [null, 1]]);
    for (const group of [s.byType, s.byModule, s.byProject]) expect(group.reduce((n, r) => n + r.count, 0)).toBe(s.total);
  });

  it("summarises consultations by subject, module and school", () => {
    const rows = [
      { date: d("2025-02-18"), subjectId: "russian", module: "methodical_competence", schoolId: "s1" },
      { date: d("2025-02-20"), subjectId: "math", module: "subject_competence", schoolId: "s1" },
      { date: d("2025-03-12"), subjectId: "math", module: "assessment", schoolId: "s2" },
    ];
    const s = summariseConsultations(rows, { to: d("2025-02-28") });
    expect(s.total).toBe(2);
    expect(s.bySubject).toEqual([
      { key: "math", count: 1, participants: 0 },
      { key: "russian", count: 1, participants: 0 },
    ]);
    expect(s.bySchool).toEqual([{ key: "s1", count: 2, participants: 0 }]);
    expect(summariseConsultations(rows).byModule).toHaveLength(3);
  });
});

describe("calendar month grid", () => {
  it("starts weeks on Monday: September 2025 begins on a Monday", () => {
    const grid = monthGrid({ year: 2025, month: 9 });
    expect(grid[0][0]).toEqual({ iso: "2025-09-01", day: 1, inMonth: true, weekday: 0 });
    expect(grid).toHaveLength(5);
    expect(grid[4][6]).toEqual({ iso: "2025-10-05", day: 5, inMonth: false, weekday: 6 });
  });

  it("fills the first week with the previous month: February 2025 begins on a Saturday", () => {
    const grid = monthGrid({ year: 2025, month: 2 });
    expect(grid[0].map((c) => c.iso)).toEqual(["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02"]);
    expect(grid[0].filter((c) => c.inMonth)).toHaveLength(2);
    expect(grid.flat().filter((c) => c.inMonth)).toHaveLength(28);
    expect(grid.every((week) => week.length === 7)).toBe(true);
  });

  it("handles leap years and six-week months", () => {
    expect(monthGrid({ year: 2024, month: 2 }).flat().filter((c) => c.inMonth)).toHaveLength(29);
    // March 2025 starts on Saturday and has 31 days → 6 rows.
    expect(monthGrid({ year: 2025, month: 3 })).toHaveLength(6);
  });

  it("parses, shifts and names months", () => {
    expect(parseMonth("2025-09")).toEqual({ year: 2025, month: 9 });
    expect(parseMonth("2025-13")).toBeNull();
    expect(parseMonth("сентябрь")).toBeNull();
    expect(shiftMonth({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(shiftMonth({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
    expect(formatMonthParam({ year: 2025, month: 3 })).toBe("2025-03");
    expect(monthTitle({ year: 2025, month: 9 })).toBe("Сентябрь 2025");
    expect(monthRange({ year: 2025, month: 2 })).toEqual({ from: d("2025-02-01"), to: d("2025-02-28") });
  });

  it("groups items by day", () => {
    const map = groupByDay([{ date: d("2025-02-12"), n: 1 }, { date: d("2025-02-12"), n: 2 }, { date: d("2025-02-13"), n: 3 }]);
    expect(map.get("2025-02-12")?.map((x) => x.n)).toEqual([1, 2]);
    expect(map.get("2025-02-13")?.map((x) => x.n)).toEqual([3]);
  });
});
