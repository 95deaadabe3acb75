import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { asciiFilename, buildWorkbook, INFO_SHEET, xlsxResponse } from "@/lib/features/exports/workbook";

type Row = { name: string; day: Date; count: number; share: number | null };
const rows: Row[] = [
  { name: "МБОУ-ООШ № 21", day: new Date("2025-09-01T00:00:00Z"), count: 12, share: 45.5 },
  { name: "МАОУ-СОШ № 1 «Казачья»", day: new Date("2025-12-31T00:00:00Z"), count: 0, share: null },
];

async function open(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe("buildWorkbook", () => {
  it("writes a header-first table: bold frozen header, autofilter, numbers and dates as such, an info sheet", async () => {
    const bytes = await buildWorkbook(
      {
        title: "Проверка",
        sheets: [
          {
            name: "Лист: проверка/1",
            columns: [
              { key: "name", header: "Школа" },
              { key: "day", header: "Дата" },
              { key: "count", header: "Участников", numFmt: "0" },
              { key: "share", header: "Доля, %", numFmt: "0.0", value: (r: Row) => r.share },
            ],
            rows,
          },
        ],
        info: [["Цикл", "2025"]],
      },
      new Date("2025-10-01T09:00:00Z"),
    );
    const workbook = await open(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Лист  проверка 1", INFO_SHEET]);
    expect(workbook.title).toBe("Проверка");
    expect(workbook.creator).toBe("Опора");
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(["Школа", "Дата", "Участников", "Доля, %"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBe("A1:D1");
    expect(sheet.getCell("B2").value).toEqual(new Date("2025-09-01T00:00:00Z"));
    expect(sheet.getCell("B2").numFmt).toBe("dd.mm.yyyy");
    expect(sheet.getCell("C2").value).toBe(12);
    expect(sheet.getCell("D2").value).toBe(45.5);
    expect(sheet.getCell("D3").value).toBeNull();
    expect(sheet.actualRowCount).toBe(3);
    const info = workbook.getWorksheet(INFO_SHEET)!;
    expect(info.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).join("|"))).toEqual(["Параметр|Значение", "Выгрузка|Проверка", "Цикл|2025", "Выгружено|01.10.2025, 12:00"]);
  });
});

describe("xlsxResponse", () => {
  it("is an attachment with an ASCII and a UTF-8 name, never sniffed or cached", async () => {
    const response = xlsxResponse("Итоги анкеты «Как вам?» 1/2.xlsx", new Uint8Array([1, 2, 3]));
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Itogi-ankety-Kak-vam-1-2.xlsx"; filename*=UTF-8''${encodeURIComponent("Итоги анкеты «Как вам » 1 2.xlsx")}`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("transliterates Cyrillic for old clients", () => {
    expect(asciiFilename("Мероприятия МНЦ 2025.xlsx")).toBe("Meropriyatiya-MNTs-2025.xlsx");
    expect(asciiFilename("Щука Ёж.xlsx")).toBe("Shchuka-Ezh.xlsx");
  });
});
