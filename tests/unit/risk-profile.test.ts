import { describe, expect, it } from "vitest";
import { isIndicatorFlagged } from "@/lib/domain/risk/flag";
import {
  assessFactors,
  flagText,
  indicatorValueError,
  missingIndicators,
  missingMessage,
  thresholdText,
  type CatalogueFactor,
} from "@/lib/domain/risk/indicator-value";
import {
  DEFAULT_SIGNIFICANCE_RULE,
  describeSignificanceRule,
  isProgramRequired,
  parseSignificanceRule,
  SIGNIFICANCE_CONSEQUENCES,
  suggestSignificance,
} from "@/lib/domain/risk/significance";
import { riskProfileMachine, transition, forbiddenPairs, RISK_PROFILE_STATUSES } from "@/lib/domain/workflow";
import { saveRiskProfileSchema, overrideSignificanceSchema, returnRiskProfileSchema, shapeRiskValueErrors } from "@/lib/features/risk-profile/schemas";

const factor = (id: string, code: number, indicators: CatalogueFactor["indicators"]): CatalogueFactor => ({ id, code, title: `Фактор ${code}`, indicators });

const equipment = factor("f1", 1, [
  { id: "i11", code: "1.1", title: "Учебные материалы", unit: "score", direction: "below", threshold: 50 },
  { id: "i12", code: "1.2", title: "Цифровое оборудование", unit: "score", direction: "below", threshold: 50 },
  { id: "i14", code: "1.4", title: "Дефициты оснащения", unit: "boolean", direction: "above", threshold: 0 },
  { id: "i15", code: "1.5", title: "Состояние кабинетов", unit: "score", direction: "below", threshold: 60 },
]);
const disabled = factor("f4", 4, [
  { id: "i41", code: "4.1", title: "Доля обучающихся с ОВЗ", unit: "percent", direction: "above", threshold: 15 },
  { id: "i42", code: "4.2", title: "Доля неуверенных учителей", unit: "percent", direction: "above", threshold: 30 },
]);
const empty = factor("f0", 14, []);

describe("significance rule edge cases", () => {
  it("is high at exactly half, medium just below half", () => {
    expect(suggestSignificance([true, true, false, false])).toBe("high");
    expect(suggestSignificance([true, false, false, false])).toBe("medium");
    expect(suggestSignificance([true, true, false, false, false])).toBe("medium"); // 2/5 < 0.5
  });

  it("is low for a factor without indicators", () => {
    expect(suggestSignificance([])).toBe("low");
    expect(assessFactors([empty], {}, DEFAULT_SIGNIFICANCE_RULE)[0]).toMatchObject({ suggested: "low", flaggedCount: 0 });
  });

  it("treats a boolean risk answer as a flag like any other", () => {
    // «да» to «Дефициты оснащения» alone → 1 of 4 → medium
    const [a] = assessFactors([equipment], { i11: 70, i12: 70, i14: 1, i15: 70 }, DEFAULT_SIGNIFICANCE_RULE);
    expect(a!.flags).toEqual({ i11: false, i12: false, i14: true, i15: false });
    expect(a!.suggested).toBe("medium");
    // «нет» is no risk; with two low scores, half → high
    const [b] = assessFactors([equipment], { i11: 46, i12: 27, i14: 0, i15: 70 }, DEFAULT_SIGNIFICANCE_RULE);
    expect(b!.suggested).toBe("high");
  });

  it("never flags a missing value", () => {
    const [a] = assessFactors([disabled], { i41: null }, DEFAULT_SIGNIFICANCE_RULE);
    expect(a).toMatchObject({ flaggedCount: 0, suggested: "low" });
    expect(isIndicatorFlagged(Number.NaN, "below", 50)).toBe(false);
  });

  it("seed 003, factor 4: 32 % ОВЗ above 15 → one of two → high", () => {
    const [a] = assessFactors([disabled], { i41: 32, i42: 10 }, DEFAULT_SIGNIFICANCE_RULE);
    expect(a!.suggested).toBe("high");
  });

  it("reads the rule from a setting and falls back field by field", () => {
    expect(parseSignificanceRule(undefined)).toEqual(DEFAULT_SIGNIFICANCE_RULE);
    expect(parseSignificanceRule({ highShare: 0.75, mediumCount: 2 })).toEqual({ highShare: 0.75, mediumCount: 2 });
    expect(parseSignificanceRule({ highShare: 0, mediumCount: 1.5 })).toEqual(DEFAULT_SIGNIFICANCE_RULE);
    expect(parseSignificanceRule({ highShare: "много" })).toEqual(DEFAULT_SIGNIFICANCE_RULE);
    expect(parseSignificanceRule([1, 2])).toEqual(DEFAULT_SIGNIFICANCE_RULE);
  });

  it("describes the rule in Russian from its data", () => {
    expect(describeSignificanceRule(DEFAULT_SIGNIFICANCE_RULE).high).toContain("не менее половины");
    expect(describeSignificanceRule(DEFAULT_SIGNIFICANCE_RULE).medium).toContain("хотя бы один показатель");
    expect(describeSignificanceRule({ highShare: 0.75, mediumCount: 2 }).high).toContain("не менее 75 %");
    expect(describeSignificanceRule({ highShare: 0.75, mediumCount: 2 }).medium).toContain("не менее 2 показателей");
    expect(SIGNIFICANCE_CONSEQUENCES).toEqual({
      high: "требуется принятие мер",
      medium: "требуется дополнительная оценка куратором",
      low: "возможна дополнительная оценка куратором",
    });
  });

  it("requires a programme for high always, medium when marked, low never", () => {
    expect(isProgramRequired("high", false)).toBe(true);
    expect(isProgramRequired("medium", true)).toBe(true);
    expect(isProgramRequired("medium", false)).toBe(false);
    expect(isProgramRequired("low", true)).toBe(false);
  });
});

describe("indicator value ranges", () => {
  it.each([
    ["score", 0, null],
    ["score", 100, null],
    ["score", 46.5, null],
    ["score", 100.01, "Балл — от 0 до 100"],
    ["score", -1, "Балл — от 0 до 100"],
    ["percent", 120, "Доля — от 0 до 100 %"],
    ["percent", 12.345, "Не больше двух знаков после запятой"],
    ["boolean", 1, null],
    ["boolean", 0, null],
    ["boolean", 2, "Выберите «да» или «нет»"],
    ["boolean", 0.5, "Выберите «да» или «нет»"],
    ["score", Number.NaN, "Введите число"],
  ] as const)("%s %s → %s", (unit, value, error) => {
    expect(indicatorValueError(unit, value)).toBe(error);
  });

  it("explains thresholds and flags in words", () => {
    expect(thresholdText({ unit: "score", direction: "below", threshold: 50 })).toBe("порог: не ниже 50");
    expect(thresholdText({ unit: "percent", direction: "above", threshold: 15 })).toBe("порог: не выше 15 %");
    expect(thresholdText({ unit: "boolean", direction: "above", threshold: 0 })).toBe("риск при ответе «да»");
    expect(thresholdText({ unit: "boolean", direction: "below", threshold: 1 })).toBe("риск при ответе «нет»");
    expect(flagText({ unit: "score", direction: "below" })).toBe("ниже порога");
    expect(flagText({ unit: "percent", direction: "above" })).toBe("выше порога");
  });
});

describe("missing indicators", () => {
  it("lists unfilled indicators in catalogue order, in Russian", () => {
    const missing = missingIndicators([equipment, disabled], { i11: 40, i12: null, i14: 0, i15: 70, i41: 32 });
    expect(missing.map((m) => m.code)).toEqual(["1.2", "4.2"]);
    expect(missingMessage(missing)).toBe(
      "Не заполнены показатели: 1.2 «Цифровое оборудование», 4.2 «Доля неуверенных учителей». Заполните все показатели, чтобы отправить профиль на проверку.",
    );
    expect(missingMessage(missing.slice(0, 1))).toMatch(/^Не заполнен показатель: 1\.2/);
    const many = Array.from({ length: 40 }, (_, i) => ({ code: `${i + 1}.1`, title: `Показатель ${i + 1}` }));
    expect(missingMessage(many)).toBe(
      "Не заполнено показателей: 40 — 1.1 «Показатель 1», 2.1 «Показатель 2», 3.1 «Показатель 3», 4.1 «Показатель 4», 5.1 «Показатель 5» и ещё 35. Заполните все показатели, чтобы отправить профиль на проверку.",
    );
    expect(missingIndicators([equipment], { i11: 0, i12: 0, i14: 0, i15: 0 })).toEqual([]);
  });
});

describe("risk profile schemas", () => {
  it("rejects a value above 100 and shapes the error per indicator", () => {
    const parsed = saveRiskProfileSchema.safeParse({ cycleSchoolId: "cs", version: null, values: { i41: 120, i42: 10 } });
    expect(parsed.success).toBe(false);
    const formatted = { _errors: [], values: { _errors: [], i41: { _errors: ["Значение — от 0 до 100"] } } };
    const shaped = shapeRiskValueErrors(formatted);
    expect(shaped.valueErrors).toEqual({ i41: ["Значение — от 0 до 100"] });
    expect(shaped.fieldErrors.values).toEqual(["Исправьте значения показателей, отмеченные ниже"]);
  });

  it("requires a return comment and a known significance", () => {
    expect(returnRiskProfileSchema.safeParse({ profileId: "p", version: 1, comment: "   " }).success).toBe(false);
    expect(overrideSignificanceSchema.safeParse({ assessmentId: "a", version: 1, significance: "critical", programRequired: false }).success).toBe(false);
  });
});

describe("risk profile workflow", () => {
  it("goes draft → submitted → confirmed / returned → submitted", () => {
    expect(transition(riskProfileMachine, "draft", "submit")).toEqual({ ok: true, to: "submitted" });
    expect(transition(riskProfileMachine, "submitted", "confirm")).toEqual({ ok: true, to: "confirmed" });
    expect(transition(riskProfileMachine, "submitted", "return")).toEqual({ ok: true, to: "returned" });
    expect(transition(riskProfileMachine, "returned", "submit")).toEqual({ ok: true, to: "submitted" });
  });

  it("refuses every other step with a Russian reason", () => {
    const pairs = forbiddenPairs(riskProfileMachine, RISK_PROFILE_STATUSES);
    expect(pairs).toContainEqual({ from: "draft", event: "confirm" });
    for (const { from, event } of pairs) {
      const result = transition(riskProfileMachine, from, event);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/[а-я]/);
    }
  });
});
