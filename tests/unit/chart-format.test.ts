import { describe, expect, it } from "vitest";
import { formatValue } from "@/components/charts/format";

describe("chart value format", () => {
  it("reads in the ru locale with the unit of the data", () => {
    expect(formatValue(1234, "count")).toBe("1\u00a0234");
    expect(formatValue(68.25, "number")).toBe("68,3");
    expect(formatValue(4, "mark")).toBe("4,00");
    expect(formatValue(12.5, "percent")).toBe("12,5\u00a0%");
    expect(formatValue(null, "percent")).toBe("—");
    expect(formatValue(Number.NaN, "count")).toBe("—");
  });
});
