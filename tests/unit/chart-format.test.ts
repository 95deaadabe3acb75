import { describe, expect, it } from "vitest";
import { formatValue } from "@/components/charts/format";
import { domainTicks, niceTicks } from "@/components/charts/ticks";

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

describe("chart axis ticks", () => {
  it("ends a nice axis just above the maximum, in whole steps for counts", () => {
    expect(niceTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(5, { integer: true })).toEqual([0, 2, 4, 6]);
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1, { integer: true })).toEqual([0, 1]);
    expect(niceTicks(10, { integer: true })).toEqual([0, 5, 10]);
    expect(niceTicks(463)).toEqual([0, 200, 400, 600]);
    expect(niceTicks(0.9)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("splits a fixed domain in equal steps, or per unit for a short whole span", () => {
    expect(domainTicks([0, 100])).toEqual([0, 25, 50, 75, 100]);
    expect(domainTicks([0, 5])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(domainTicks([0, 1])).toEqual([0, 1]);
  });
});
