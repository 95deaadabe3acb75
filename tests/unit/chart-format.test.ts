import { describe, expect, it } from "vitest";
import { formatValue } from "@/components/charts/format";
import { barChartHeight, barPlotHeight } from "@/components/charts/size";
import { domainTicks, niceTicks } from "@/components/charts/ticks";
import { wrapLabel } from "@/components/charts/wrap";

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

describe("chart category labels", () => {
  // 6 px per character stands in for the browser's measurement.
  const measure = (s: string) => s.length * 6;

  it("keeps a label that fits on one line", () => {
    expect(wrapLabel("Экспертиза", 100, measure)).toEqual(["Экспертиза"]);
  });

  it("breaks at spaces and after hyphens, never at a no-break space", () => {
    expect(wrapLabel("Стартовая диагностика", 72, measure)).toEqual(["Стартовая", "диагностика"]);
    expect(wrapLabel("Психолого-педагогическая", 90, measure)).toEqual(["Психолого-", "педагогическая"]);
    expect(wrapLabel("МБОУ-СОШ №\u00a021", 60, measure)).toEqual(["МБОУ-СОШ", "№\u00a021"]);
  });

  it("keeps a short word with the next one («№ 18», «5 кл.»)", () => {
    expect(wrapLabel("МБОУ-ООШ № 18", 60, measure)).toEqual(["МБОУ-ООШ", "№ 18"]);
    expect(wrapLabel("Математика, 5 кл.", 72, measure)).toEqual(["Математика,", "5 кл."]);
    expect(wrapLabel("Работа с детьми и в школе", 60, measure)).toEqual(["Работа", "с детьми", "и в школе"]);
  });

  it("cuts what does not fit in the lines allowed with an ellipsis", () => {
    const lines = wrapLabel("Школа управленческого мастерства для руководителей", 60, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(lines.every((l) => measure(l) <= 60)).toBe(true);
    expect(wrapLabel("Сверхдлинноесловобезпробелов", 60, measure)).toEqual(["Сверхдлин…"]);
  });
});

describe("chart heights", () => {
  it("sizes a row chart by its rows, bars per row and legend", () => {
    expect(barPlotHeight(5)).toBe(5 * 44 + 36);
    expect(barPlotHeight(3, 3)).toBe(3 * 76 + 36);
    expect(barChartHeight(2, 2)).toBe(barPlotHeight(2, 2) + 32);
    expect(barChartHeight(3, 5, { stacked: true, legend: true })).toBe(barPlotHeight(3, 1, true) + 32);
  });
});
