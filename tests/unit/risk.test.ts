import { describe, expect, it } from "vitest";
import { isIndicatorFlagged } from "@/lib/domain/risk/flag";
import { suggestSignificance } from "@/lib/domain/risk/significance";

describe("indicator flag («*»)", () => {
  it.each([
    [46, "below", 50, true],
    [50, "below", 50, false],
    [83, "below", 60, false],
    [32, "above", 15, true],
    [15, "above", 15, false],
    [1, "above", 0, true], // «да» where «да» is the risk
    [0, "below", 1, true], // «нет» where «нет» is the risk
    [null, "below", 50, false],
  ] as const)("%s %s %s → %s", (value, direction, threshold, flagged) => {
    expect(isIndicatorFlagged(value, direction, threshold)).toBe(flagged);
  });
});

describe("suggested significance", () => {
  it("is high when at least half of the indicators are flagged", () => {
    expect(suggestSignificance([true, true, true, false, false])).toBe("high"); // seed 003, factor 1
    expect(suggestSignificance([true, false])).toBe("high"); // factor 4
    expect(suggestSignificance([true, true])).toBe("high"); // factor 9
  });

  it("is medium with at least one flag, low with none", () => {
    expect(suggestSignificance([true, false, false])).toBe("medium");
    expect(suggestSignificance([false, false, false])).toBe("low");
    expect(suggestSignificance([])).toBe("low");
  });

  it("follows a different rule when the rule says so", () => {
    expect(suggestSignificance([true, false, false], { highShare: 0.3, mediumCount: 1 })).toBe("high");
    expect(suggestSignificance([true, false, false, false], { highShare: 0.5, mediumCount: 2 })).toBe("low");
  });
});
