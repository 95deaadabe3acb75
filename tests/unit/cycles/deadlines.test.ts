import { describe, expect, it } from "vitest";
import {
  coveragePercent,
  daysUntil,
  DEADLINE_FIELDS,
  defaultCycleTitle,
  isDeadlineSoon,
  validateDeadlineOrder,
  validateDeadlineYears,
  validateOrderDateYear,
} from "@/lib/domain/cycles/deadlines";
import { isSchoolStepDone } from "@/lib/features/notifications/deadlines";
import { diffChanges, displayValue } from "@/lib/features/history/diff";
import { actionLabel } from "@/lib/features/history/labels";

const ORDERED = {
  diagnosisDeadline: "2025-02-28",
  programmesDeadline: "2025-03-31",
  expertiseDeadline: "2025-04-30",
  mutualExchangeDeadline: "2025-10-07",
  mutualMeetingDeadline: "2025-10-21",
  mutualUploadDeadline: "2025-11-01",
  implementationEnd: "2025-12-15",
  reportDeadline: "2025-12-27",
};

describe("validateDeadlineOrder", () => {
  it("accepts the deadlines of the 2025 roadmap, equal neighbours and gaps", () => {
    expect(validateDeadlineOrder(ORDERED)).toEqual({});
    expect(validateDeadlineOrder({ ...ORDERED, programmesDeadline: ORDERED.diagnosisDeadline })).toEqual({});
    expect(validateDeadlineOrder({ diagnosisDeadline: "2025-02-28", reportDeadline: "2025-12-27" })).toEqual({});
    expect(validateDeadlineOrder({})).toEqual({});
  });

  it("flags a deadline before the previous one, naming it", () => {
    expect(validateDeadlineOrder({ ...ORDERED, expertiseDeadline: "2025-03-01" })).toEqual({
      expertiseDeadline: "Срок не может быть раньше срока разработки программ (31.03.2025)",
    });
  });

  it("compares across empty deadlines with the last filled one", () => {
    expect(validateDeadlineOrder({ diagnosisDeadline: "2025-05-01", implementationEnd: "2025-04-01" })).toEqual({
      implementationEnd: "Срок не может быть раньше срока диагностики (01.05.2025)",
    });
  });

  it("does not cascade one wrong deadline into the following ones", () => {
    const errors = validateDeadlineOrder({ ...ORDERED, mutualExchangeDeadline: "2025-01-01" });
    expect(Object.keys(errors)).toEqual(["mutualExchangeDeadline"]);
  });

  it("knows all eight deadlines in order", () => {
    expect(DEADLINE_FIELDS).toHaveLength(8);
    expect(DEADLINE_FIELDS[0]).toBe("diagnosisDeadline");
    expect(DEADLINE_FIELDS[7]).toBe("reportDeadline");
  });
});

describe("validateDeadlineYears", () => {
  it("allows the cycle year and the next one only", () => {
    expect(validateDeadlineYears(2025, { diagnosisDeadline: "2025-01-01", reportDeadline: "2026-01-15" })).toEqual({});
    expect(validateDeadlineYears(2025, { diagnosisDeadline: "2024-12-31" })).toEqual({ diagnosisDeadline: "Срок должен быть в 2025 или 2026 году" });
    expect(validateDeadlineYears(2025, { reportDeadline: "2027-01-01" })).toEqual({ reportDeadline: "Срок должен быть в 2025 или 2026 году" });
  });
});

describe("validateOrderDateYear", () => {
  it("allows the cycle year and the year before it", () => {
    expect(validateOrderDateYear(2026, "2025-12-20")).toBeNull();
    expect(validateOrderDateYear(2026, "2026-01-12")).toBeNull();
    expect(validateOrderDateYear(2026, undefined)).toBeNull();
    expect(validateOrderDateYear(2026, "2031-01-12")).toBe("Дата приказа должна быть в 2025 или 2026 году");
  });
});

describe("coveragePercent", () => {
  it("is schools with a curator over schools in the lists, one decimal", () => {
    expect(coveragePercent(6, 7)).toBe(85.7);
    expect(coveragePercent(7, 7)).toBe(100);
    expect(coveragePercent(0, 7)).toBe(0);
    expect(coveragePercent(1, 3)).toBe(33.3);
  });
  it("is null for empty lists and never above 100", () => {
    expect(coveragePercent(0, 0)).toBeNull();
    expect(coveragePercent(9, 7)).toBe(100);
  });
});

describe("days until a deadline", () => {
  const now = new Date("2026-11-23T22:30:00Z");
  it("counts calendar days in UTC", () => {
    expect(daysUntil(new Date("2026-11-23T00:00:00Z"), now)).toBe(0);
    expect(daysUntil(new Date("2026-11-26T00:00:00Z"), now)).toBe(3);
    expect(daysUntil(new Date("2026-11-22T00:00:00Z"), now)).toBe(-1);
  });
  it("is «soon» from today up to three days ahead", () => {
    expect(isDeadlineSoon(new Date("2026-11-23T00:00:00Z"), now)).toBe(true);
    expect(isDeadlineSoon(new Date("2026-11-26T00:00:00Z"), now)).toBe(true);
    expect(isDeadlineSoon(new Date("2026-11-27T00:00:00Z"), now)).toBe(false);
    expect(isDeadlineSoon(new Date("2026-11-22T00:00:00Z"), now)).toBe(false);
  });
});

describe("defaultCycleTitle", () => {
  it("follows the wording of the roadmap order", () => {
    expect(defaultCycleTitle("город Армавир", 2026)).toBe(
      "Дорожная карта повышения качества образования в школах с низкими результатами обучения муниципального образования город Армавир на 2026 год",
    );
  });
});

describe("isSchoolStepDone", () => {
  const base = { riskProfile: null, documents: [], mutualAsA: [], mutualAsB: [] };
  it("diagnosis is done once the risk profile is submitted or confirmed", () => {
    expect(isSchoolStepDone("diagnosisDeadline", base)).toBe(false);
    expect(isSchoolStepDone("diagnosisDeadline", { ...base, riskProfile: { status: "returned" } })).toBe(false);
    expect(isSchoolStepDone("diagnosisDeadline", { ...base, riskProfile: { status: "submitted" } })).toBe(true);
  });
  it("programmes need documents, none in draft; expertise needs all confirmed", () => {
    expect(isSchoolStepDone("programmesDeadline", base)).toBe(false);
    expect(isSchoolStepDone("programmesDeadline", { ...base, documents: [{ status: "submitted" }, { status: "draft" }] })).toBe(false);
    expect(isSchoolStepDone("programmesDeadline", { ...base, documents: [{ status: "submitted" }, { status: "confirmed" }] })).toBe(true);
    expect(isSchoolStepDone("expertiseDeadline", { ...base, documents: [{ status: "submitted" }, { status: "confirmed" }] })).toBe(false);
    expect(isSchoolStepDone("expertiseDeadline", { ...base, documents: [{ status: "confirmed" }] })).toBe(true);
  });
  it("mutual steps look at the pair's dates; implementation at open measures", () => {
    const pair = { exchangedAt: new Date(), meetingAt: null, uploadedAt: null };
    expect(isSchoolStepDone("mutualExchangeDeadline", { ...base, mutualAsB: [pair] })).toBe(true);
    expect(isSchoolStepDone("mutualMeetingDeadline", { ...base, mutualAsB: [pair] })).toBe(false);
    expect(isSchoolStepDone("implementationEnd", { ...base, measuresOpen: 2 })).toBe(false);
    expect(isSchoolStepDone("implementationEnd", { ...base, measuresOpen: 0 })).toBe(true);
  });
});

describe("history diff", () => {
  it("lists only changed keys with display values", () => {
    expect(diffChanges({ status: "draft", title: "А" }, { status: "submitted", title: "А" })).toEqual([{ key: "status", before: "draft", after: "submitted" }]);
    expect(diffChanges(null, { categories: ["shnor", "p500"], active: true })).toEqual([
      { key: "categories", before: "—", after: "shnor, p500" },
      { key: "active", before: "—", after: "да" },
    ]);
    expect(diffChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
  it("shows calendar dates as dd.mm.yyyy", () => {
    expect(displayValue("2025-12-27T00:00:00.000Z")).toBe("27.12.2025");
    expect(displayValue(1.5)).toBe("1,5");
  });
  it("labels actions in Russian with a fallback to the raw name", () => {
    expect(actionLabel("document.submit")).toBe("Документ отправлен на экспертизу");
    expect(actionLabel("cycle.close")).toBe("Цикл закрыт");
    expect(actionLabel("something.new")).toBe("something.new");
  });
});
