import { describe, expect, it } from "vitest";
import { formatDate, formatLongDate } from "@/lib/i18n/dates";
import { PLURALS } from "@/lib/i18n/labels";
import { formatPercent, plural } from "@/lib/i18n/plural";

describe("Russian plurals", () => {
  it.each([
    [1, "1 школа"],
    [2, "2 школы"],
    [4, "4 школы"],
    [5, "5 школ"],
    [11, "11 школ"],
    [21, "21 школа"],
    [22, "22 школы"],
    [111, "111 школ"],
    [1000, "1 000 школ"],
  ])("%d → %s", (n, text) => {
    expect(plural(n, PLURALS.school).replace(/\u00a0/g, " ")).toBe(text);
  });

  it("uses the fractional form", () => {
    expect(plural(1.5, PLURALS.school)).toBe("1,5 школы");
  });
});

describe("formats", () => {
  it("formats calendar dates without shifting the day", () => {
    const d = new Date("2025-01-09T00:00:00.000Z");
    expect(formatDate(d)).toBe("09.01.2025");
    expect(formatLongDate(d)).toBe("9 января 2025 г.");
    expect(formatDate(null)).toBe("—");
  });

  it("formats percents with a decimal comma", () => {
    expect(formatPercent(85.7)).toBe("85,7 %");
  });
});
