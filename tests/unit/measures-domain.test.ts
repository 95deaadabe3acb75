import { describe, expect, it } from "vitest";
import {
  countersFrom,
  isOverdue,
  matchesCounter,
  needsAttention,
  overdueCount,
  percentDone,
  totalOf,
  zoneOf,
  type ZoneInput,
} from "@/lib/domain/measures";
import { buildSections, programRequired, toApiSection } from "@/lib/domain/roadmap/sections";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const today = d("2025-11-20");

describe("isOverdue", () => {
  it("is overdue only for open measures whose deadline is before today", () => {
    expect(isOverdue({ status: "planned", deadline: d("2025-11-19") }, today)).toBe(true);
    expect(isOverdue({ status: "in_progress", deadline: d("2025-11-19") }, today)).toBe(true);
    expect(isOverdue({ status: "needs_revision", deadline: d("2025-01-01") }, today)).toBe(true);
    expect(isOverdue({ status: "planned", deadline: d("2025-11-20") }, today)).toBe(false);
    expect(isOverdue({ status: "planned", deadline: null }, today)).toBe(false);
    for (const status of ["done", "confirmed", "not_done"] as const) expect(isOverdue({ status, deadline: d("2025-01-01") }, today)).toBe(false);
  });
});

describe("needsAttention", () => {
  it("covers overdue, returned and done-awaiting-curator measures", () => {
    expect(needsAttention("planned", true)).toBe(true);
    expect(needsAttention("planned", false)).toBe(false);
    expect(needsAttention("in_progress", false)).toBe(false);
    expect(needsAttention("needs_revision", false)).toBe(true);
    expect(needsAttention("done", false)).toBe(true);
    expect(needsAttention("confirmed", false)).toBe(false);
    expect(needsAttention("not_done", false)).toBe(false);
  });
});

describe("countersFrom", () => {
  const groups = [
    { status: "planned" as const, overdue: false, count: 3 },
    { status: "planned" as const, overdue: true, count: 1 },
    { status: "in_progress" as const, overdue: true, count: 2 },
    { status: "done" as const, overdue: false, count: 1 },
    { status: "confirmed" as const, overdue: false, count: 4 },
    { status: "needs_revision" as const, overdue: false, count: 1 },
    { status: "not_done" as const, overdue: false, count: 2 },
  ];
  it("counts done + confirmed as «Выполнено» and attention across statuses", () => {
    const c = countersFrom(groups);
    expect(c).toEqual({ planned: 4, inProgress: 2, done: 5, notDone: 2, needsRevision: 1, attention: 1 + 2 + 1 + 1 });
    expect(totalOf(c)).toBe(14);
    expect(overdueCount(groups)).toBe(3);
  });
  it("gives % done with one decimal and null without measures", () => {
    expect(percentDone(countersFrom(groups))).toBe(35.7);
    expect(percentDone(countersFrom([]))).toBeNull();
    expect(percentDone(countersFrom([{ status: "confirmed", overdue: false, count: 2 }]))).toBe(100);
  });
  it("filters a drill-down consistently with the counters", () => {
    expect(matchesCounter("done", "confirmed", false)).toBe(true);
    expect(matchesCounter("done", "done", false)).toBe(true);
    expect(matchesCounter("inProgress", "in_progress", true)).toBe(true);
    expect(matchesCounter("attention", "in_progress", true)).toBe(true);
    expect(matchesCounter("attention", "in_progress", false)).toBe(false);
    expect(matchesCounter("notDone", "not_done", false)).toBe(true);
  });
});

describe("zoneOf", () => {
  const base: ZoneInput = {
    today,
    diagnosisDeadline: d("2025-02-28"),
    programmesDeadline: d("2025-03-31"),
    riskProfileStatus: "confirmed",
    requiredDocumentsMissing: 0,
    documentsUnconfirmed: 0,
    measures: 10,
    overdue: 0,
    attention: 0,
  };
  it("is green when everything is confirmed and nothing needs attention", () => {
    expect(zoneOf(base)).toEqual({ zone: "green", reasons: [] });
  });
  it("is red when the profile is not confirmed after the diagnosis deadline", () => {
    expect(zoneOf({ ...base, riskProfileStatus: "submitted" }).zone).toBe("red");
    expect(zoneOf({ ...base, riskProfileStatus: null }).zone).toBe("red");
    expect(zoneOf({ ...base, riskProfileStatus: "draft", today: d("2025-02-28") }).zone).toBe("yellow");
  });
  it("is red when a required document is missing after the programmes deadline", () => {
    expect(zoneOf({ ...base, requiredDocumentsMissing: 1 }).zone).toBe("red");
    expect(zoneOf({ ...base, requiredDocumentsMissing: 1, today: d("2025-03-15") }).zone).toBe("yellow");
  });
  it("is red from 20 % overdue measures", () => {
    expect(zoneOf({ ...base, overdue: 2, attention: 2 }).zone).toBe("red");
    expect(zoneOf({ ...base, overdue: 1, attention: 1 }).zone).toBe("yellow");
    expect(zoneOf({ ...base, measures: 0 }).zone).toBe("green");
  });
  it("is yellow for attention, an unconfirmed profile or unconfirmed documents", () => {
    expect(zoneOf({ ...base, attention: 1 }).zone).toBe("yellow");
    expect(zoneOf({ ...base, documentsUnconfirmed: 1 }).zone).toBe("yellow");
    expect(zoneOf({ ...base, riskProfileStatus: "submitted", diagnosisDeadline: null }).zone).toBe("yellow");
  });
  it("explains a red zone", () => {
    expect(zoneOf({ ...base, riskProfileStatus: null, overdue: 5 }).reasons).toHaveLength(2);
  });
});

describe("buildSections", () => {
  const input = {
    today,
    riskProfile: { status: "confirmed" as const },
    assessments: [
      { factorCode: 3, factorTitle: "Высокая доля обучающихся с рисками учебной неуспешности", significance: "high" as const, programRequired: false },
      { factorCode: 5, factorTitle: "Низкое качество преодоления языковых и культурных барьеров", significance: "medium" as const, programRequired: true },
      { factorCode: 7, factorTitle: "Пониженный уровень школьного благополучия", significance: "medium" as const, programRequired: false },
      { factorCode: 1, factorTitle: "Недостаточная предметная и методическая компетентность педагогических работников", significance: "low" as const, programRequired: false },
    ],
    documents: [
      { id: "c", kind: "concept" as const, status: "confirmed" as const, riskFactorCode: null, riskFactorTitle: null },
      { id: "m", kind: "medium_term_program" as const, status: "submitted" as const, riskFactorCode: null, riskFactorTitle: null },
      { id: "a3", kind: "anti_risk_program" as const, status: "confirmed" as const, riskFactorCode: 3, riskFactorTitle: "x" },
      { id: "a1", kind: "anti_risk_program" as const, status: "draft" as const, riskFactorCode: 1, riskFactorTitle: "Компетентность" },
    ],
    measures: [
      { documentId: "m", status: "confirmed" as const, deadline: d("2025-03-01") },
      { documentId: "m", status: "planned" as const, deadline: d("2025-01-01") },
      { documentId: "a3", status: "done" as const, deadline: d("2025-12-01") },
      { documentId: "a3", status: "needs_revision" as const, deadline: d("2025-12-01") },
      { documentId: "a3", status: "not_done" as const, deadline: d("2025-05-01") },
    ],
  };
  const sections = buildSections(input);

  it("starts with diagnosis and development, then the factors worked on in code order", () => {
    expect(sections.map((s) => s.key)).toEqual(["diagnosis", "development", "factor-1", "factor-3", "factor-5"]);
    expect(sections[0]).toMatchObject({ title: "Стартовая диагностика", status: "confirmed", required: true });
  });
  it("gives the development section the weakest status of concept and programme and their measures", () => {
    expect(sections[1]).toMatchObject({ title: "Программа развития", status: "submitted" });
    expect(sections[1]!.counters).toEqual({ planned: 1, inProgress: 0, done: 1, notDone: 0, needsRevision: 0, attention: 1 });
  });
  it("marks required factors, their significance and counters; a missing programme is not started", () => {
    const f3 = sections.find((s) => s.key === "factor-3")!;
    expect(f3).toMatchObject({ required: true, significance: "high", status: "confirmed", riskFactorCode: 3 });
    expect(f3.counters).toEqual({ planned: 0, inProgress: 0, done: 1, notDone: 1, needsRevision: 1, attention: 2 });
    expect(sections.find((s) => s.key === "factor-5")).toMatchObject({ required: true, status: "not_started" });
    expect(sections.find((s) => s.key === "factor-1")).toMatchObject({ required: false, status: "draft", significance: "low" });
    expect(sections.some((s) => s.key === "factor-7")).toBe(false);
  });
  it("without a profile or documents everything is not started", () => {
    const empty = buildSections({ today, riskProfile: null, assessments: [], documents: [], measures: [] });
    expect(empty.map((s) => s.status)).toEqual(["not_started", "not_started"]);
  });
  it("has the API shape", () => {
    expect(Object.keys(toApiSection(sections[2]!)).sort()).toEqual(["counters", "key", "required", "riskFactorCode", "significance", "status", "title"]);
    expect(programRequired({ significance: "medium", programRequired: false })).toBe(false);
  });
});
