import { describe, expect, it } from "vitest";
import { columnWidths } from "@/lib/features/report/docx";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("report .docx column widths", () => {
  it("gives a bold header word its room and fills the line exactly", () => {
    const widths = columnWidths(["Модуль плана", "Мероприятий", "Участников"], [["Развитие кадрового потенциала", "5", "155"]]);
    expect(widths[1]).toBeGreaterThanOrEqual("Мероприятий".length * 150 + 200);
    const line = sum(widths);
    expect(sum(columnWidths(["Вид", "Количество"]))).toBe(line);
  });

  it("makes a column of names wider than a column of numbers, so a name wraps at most once", () => {
    const rows = [
      ["МБОУ-ООШ № 21", "ШНОР, 500+", "Лобанова Елена Николаевна", "20"],
      ["МБОУ-СОШ № 15", "ШНОР", "Новикова Ирина Владимировна", "15"],
    ];
    const [, categories, curator, events] = columnWidths(["Школа", "Категории", "Куратор", "Мероприятий МНЦ с участием школы"], rows);
    expect(curator).toBeGreaterThan(events);
    expect(curator).toBeGreaterThanOrEqual((26 / 2) * 130 + 200);
    expect(categories).toBeGreaterThan(0);
  });

  it("never lets the value columns take more than 60 % of the line", () => {
    const headers = ["Школа", ...Array.from({ length: 8 }, (_, i) => `Показатель${i}`)];
    const widths = columnWidths(headers, [["Школа", ...Array.from({ length: 8 }, () => "Очень длинное текстовое значение ячейки")]]);
    expect(widths[0] / sum(widths)).toBeGreaterThanOrEqual(0.39);
  });
});
