import { describe, expect, it } from "vitest";
import {
  averages,
  completenessMessages,
  DEFAULT_THRESHOLDS,
  deficitsOf,
  effect,
  levelDistribution,
  levelOf,
  nextActivities,
  parseThresholds,
  progressPercent,
  round1,
  summarize,
  uncoveredDeficits,
  type Scores,
} from "@/lib/domain/competency";
import { COMPETENCY_LABELS } from "@/lib/i18n/labels";

const s = (subject: number, methodological: number, digital: number, communicative: number, psychological: number): Scores => ({
  subject,
  methodological,
  digital,
  communicative,
  psychological,
});

// The table of seed 002 (Gymnasium No 48): six teachers, entry and repeat.
const ENTRY = [s(90, 53, 72, 71, 90), s(50, 60, 90, 86, 90), s(90, 73, 64, 76, 97), s(60, 47, 69, 86, 67), s(70, 40, 57, 62, 63), s(54, 64, 74, 81, 83)];
const REPEAT = [s(100, 83, 90, 86, 90), s(100, 78, 95, 95, 100), s(70, 91, 85, 71, 75), s(75, 70, 70, 76, 65), s(80, 77, 87, 57, 83), s(68, 97, 83, 100, 75)];

describe("levels from thresholds", () => {
  it.each([
    [0, "low"],
    [59.99, "low"],
    [60, "medium"],
    [79.99, "medium"],
    [80, "high"],
    [100, "high"],
  ] as const)("%s → %s with the defaults (low < 60, high ≥ 80)", (value, level) => {
    expect(levelOf(value)).toBe(level);
  });

  it("uses thresholds that are settings", () => {
    expect(levelOf(62, { low: 65, high: 85 })).toBe("low");
    expect(levelOf(84, { low: 65, high: 85 })).toBe("medium");
  });

  it("falls back to the defaults on a malformed setting", () => {
    expect(parseThresholds({ low: 50, high: 90 })).toEqual({ low: 50, high: 90 });
    expect(parseThresholds({ low: 90, high: 50 })).toEqual(DEFAULT_THRESHOLDS);
    expect(parseThresholds("x")).toEqual(DEFAULT_THRESHOLDS);
    expect(parseThresholds(null)).toEqual(DEFAULT_THRESHOLDS);
  });
});

describe("deficits", () => {
  it("are the competencies at the low level", () => {
    expect(deficitsOf(ENTRY[0])).toEqual(["methodological"]);
    expect(deficitsOf(ENTRY[4])).toEqual(["methodological", "digital"]);
    expect(deficitsOf(s(100, 100, 100, 100, 100))).toEqual([]);
  });
});

describe("averages (seed 002)", () => {
  it("come out as the seed's table: 69→82, 56→83, 71→85, 77→81, 82→81", () => {
    const entry = averages(ENTRY)!;
    const repeat = averages(REPEAT)!;
    expect(entry).toEqual(s(69, 56.2, 71, 77, 81.7));
    expect(repeat).toEqual(s(82.2, 82.7, 85, 80.8, 81.3));
    const whole = (x: Scores) => Object.values(x).map(Math.round);
    expect(whole(entry)).toEqual([69, 56, 71, 77, 82]);
    expect(whole(repeat)).toEqual([82, 83, 85, 81, 81]);
  });

  it("are null without rows", () => {
    expect(averages([])).toBeNull();
  });

  it("round half away from zero to one decimal", () => {
    expect(round1(56.25)).toBe(56.3);
    expect(round1(-0.35)).toBe(-0.4);
    expect(round1(82.16666)).toBe(82.2);
  });
});

describe("summary", () => {
  const rows = [
    ...ENTRY.map((scores, i) => ({ teacherId: `t${i}`, kind: "entry" as const, scores })),
    ...REPEAT.map((scores, i) => ({ teacherId: `t${i}`, kind: "repeat" as const, scores })),
  ];
  const summary = summarize(rows);

  it("counts teachers, averages and differences", () => {
    expect(summary.teachers).toBe(6);
    expect(summary.delta).toEqual(s(13.2, 26.5, 14, 3.8, -0.3));
  });

  it("distributes levels per competency", () => {
    expect(summary.entryDistribution.methodological).toEqual({ low: 3, medium: 3, high: 0 });
    expect(summary.entryDistribution.subject).toEqual({ low: 2, medium: 2, high: 2 });
    expect(summary.repeatDistribution.methodological).toEqual({ low: 0, medium: 3, high: 3 });
    expect(levelDistribution([]).digital).toEqual({ low: 0, medium: 0, high: 0 });
  });

  it("has no difference without repeat diagnostics", () => {
    expect(summarize(rows.filter((r) => r.kind === "entry")).delta).toBeNull();
  });
});

describe("effect", () => {
  it("is repeat − entry per competency", () => {
    expect(effect(ENTRY[2], REPEAT[2])).toEqual(s(-20, 18, 21, -5, -22));
    expect(effect(ENTRY[2], null)).toBeNull();
  });
});

describe("progress", () => {
  it("is done / all not cancelled activities, in %", () => {
    expect(progressPercent([{ status: "done" }, { status: "planned" }, { status: "in_progress" }])).toBe(33.3);
    expect(progressPercent([{ status: "done" }, { status: "cancelled" }])).toBe(100);
    expect(progressPercent([])).toBe(0);
  });

  it("lists the next activities by planned start", () => {
    const d = (x: string) => new Date(`${x}T00:00:00Z`);
    const list = [
      { id: 1, status: "done" as const, plannedStart: d("2025-01-01") },
      { id: 2, status: "planned" as const, plannedStart: d("2025-05-01") },
      { id: 3, status: "in_progress" as const, plannedStart: d("2025-03-01") },
      { id: 4, status: "planned" as const, plannedStart: null },
      { id: 5, status: "planned" as const, plannedStart: d("2025-04-01") },
    ];
    expect(nextActivities(list).map((a) => a.id)).toEqual([3, 5, 2]);
  });
});

describe("ИОМ completeness", () => {
  it("names every deficit without an activity", () => {
    const uncovered = uncoveredDeficits(["methodological", "digital"], [{ competency: "methodological" }, { competency: "digital", status: "cancelled" }]);
    expect(uncovered).toEqual(["digital"]);
    expect(completenessMessages(uncovered, COMPETENCY_LABELS)).toEqual(["Для дефицита «Цифровая компетенция» нет мероприятия"]);
  });

  it("is complete when every deficit has an activity", () => {
    expect(uncoveredDeficits(["subject"], [{ competency: "subject", status: "planned" }])).toEqual([]);
  });
});
