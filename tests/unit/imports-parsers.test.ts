import { describe, expect, it } from "vitest";
import { cellText, labelLookup, normalizeKey, parseDate, parseNumber, parseYesNo, splitList } from "@/lib/domain/imports/cells";
import { decodeText, detectSeparator, parseCsv, readCsv } from "@/lib/domain/imports/csv";
import { matchHeader, validateRows, duplicateKeyErrors } from "@/lib/domain/imports/table";
import { KIND_SPECS } from "@/lib/features/imports/kinds";
import { SCHOOL_KIND_LABELS } from "@/lib/i18n/labels";
import { csvBytes, encodeCp1251 } from "../support/imports";

const SAMPLE = "Код;Наименование\r\nedu1;Школа № 1 «Ёлочка»\r\n";

describe("decodeText", () => {
  it("reads UTF-8, UTF-8 with a BOM and Windows-1251 to the same text", () => {
    const utf8 = new TextEncoder().encode(SAMPLE);
    const bom = new TextEncoder().encode(`\ufeff${SAMPLE}`);
    const cp1251 = encodeCp1251(SAMPLE);
    expect(cp1251.length).toBeLessThan(utf8.length);
    expect(decodeText(utf8)).toEqual({ text: SAMPLE, encoding: "utf-8" });
    expect(decodeText(bom)).toEqual({ text: SAMPLE, encoding: "utf-8" });
    expect(decodeText(cp1251)).toEqual({ text: SAMPLE, encoding: "windows-1251" });
  });
});

describe("detectSeparator and parseCsv", () => {
  it("detects ; and , from the header line, ignoring separators inside quotes", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectSeparator("a,b,c\n1;2;3")).toBe(",");
    expect(detectSeparator('"a;b;c",d,e\n')).toBe(",");
    expect(detectSeparator("a\tb\n")).toBe("\t");
    expect(detectSeparator("один столбец")).toBe(";");
  });

  it("parses quoted fields with separators, escaped quotes and line breaks; CRLF and LF; no empty last record", () => {
    const text = 'Тема;Примечание\r\n"Семинар; часть 1";"Сказал ""да""\r\nи ушёл"\nпросто;\r\n';
    expect(parseCsv(text)).toEqual([
      ["Тема", "Примечание"],
      ["Семинар; часть 1", 'Сказал "да"\r\nи ушёл'],
      ["просто", ""],
    ]);
    expect(parseCsv("a,b\n1,2", ",")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("reads the same records from every encoding and separator", () => {
    const lines = [["Код", "Наименование", "Вид"], ["edu1", "Школа «Ёлочка», № 1", "СОШ"]];
    const expected = lines;
    for (const encoding of ["utf-8", "utf-8-bom", "windows-1251"] as const) {
      for (const separator of [";", ","]) {
        const read = readCsv(csvBytes(lines, { encoding, separator }));
        expect(read.records, `${encoding} ${separator}`).toEqual(expected);
        expect(read.separator).toBe(separator);
        expect(read.encoding).toBe(encoding === "windows-1251" ? "windows-1251" : "utf-8");
      }
    }
  });
});

describe("cell normalizers", () => {
  it("parses ДД.ММ.ГГГГ, ISO, Excel date cells and serial numbers; refuses impossible dates", () => {
    expect(parseDate("05.03.2025")).toBe("2025-03-05");
    expect(parseDate("5.3.2025")).toBe("2025-03-05");
    expect(parseDate("05.03.2025 г.")).toBe("2025-03-05");
    expect(parseDate("2025-03-05")).toBe("2025-03-05");
    expect(parseDate(new Date(Date.UTC(2025, 2, 5)))).toBe("2025-03-05");
    expect(parseDate(45721)).toBe("2025-03-05");
    expect(parseDate("31.02.2025")).toBeNull();
    expect(parseDate("03/05/2025")).toBeNull();
    expect(parseDate("05.03.1999")).toBeNull();
    expect(parseDate("")).toBeNull();
  });

  it("parses numbers with a decimal comma, spaces and a percent sign", () => {
    expect(parseNumber("95,5")).toBe(95.5);
    expect(parseNumber("1 234,75")).toBe(1234.75);
    expect(parseNumber("12.5")).toBe(12.5);
    expect(parseNumber("80 %")).toBe(80);
    expect(parseNumber(7)).toBe(7);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("1,2,3")).toBeNaN();
    expect(parseNumber("сто")).toBeNaN();
  });

  it("reads yes/no and text", () => {
    expect([parseYesNo("Да"), parseYesNo("нет"), parseYesNo(true), parseYesNo(""), parseYesNo("может")]).toEqual([1, 0, 1, null, undefined]);
    expect(cellText(new Date(Date.UTC(2025, 0, 9)))).toBe("09.01.2025");
    expect(cellText("  Школа\u00a0№ 1 ")).toBe("Школа № 1");
    expect(cellText("Шко\u0000ла\u001b\t№ 1\n")).toBe("Школа\t№ 1");
    expect(splitList("ШНОР, 500+; зона риска")).toEqual(["ШНОР", "500+", "зона риска"]);
  });

  it("finds enum values by Russian name, case-, space- and ё-insensitive, with synonyms", () => {
    const kindOf = labelLookup(SCHOOL_KIND_LABELS, { иная: "other" });
    expect(kindOf("  гимназия ")).toBe("gymnasium");
    expect(kindOf("ИНАЯ")).toBe("other");
    expect(kindOf("sosh")).toBe("sosh");
    expect(kindOf("колледж")).toBeUndefined();
    expect(normalizeKey(" «Психолого-педагогическая»* ")).toBe("психолого-педагогическая");
    expect(normalizeKey("Ёмкость  ДАННЫХ")).toBe("емкость данных");
  });
});

describe("header matching", () => {
  const columns = KIND_SPECS.diagnostics.columns;
  it("matches headers case-, space- and ё-insensitively and by alias; ignores unknown columns", () => {
    const { index, errors } = matchHeader(
      ["фио", " E-mail ", "КОД ШКОЛЫ", "вид  диагностики", "Дата", "Предметная", "Методическая", "Цифровая", "Коммуникативная", "психолого-педагогическая", "Лишний"],
      columns,
    );
    expect(errors).toEqual([]);
    expect(index.get("email")).toBe(1);
    expect(index.get("psychological")).toBe(9);
    expect(index.size).toBe(10);
  });

  it("reports missing required and duplicated columns at row 1", () => {
    const { errors } = matchHeader(["ФИО", "Email", "Email", "Дата"], KIND_SPECS.diagnostics.columns.slice(0, 5));
    expect(errors).toEqual([
      { row: 1, column: "Email", message: "Столбец «Email» указан дважды" },
      { row: 1, column: "Код школы", message: "Нет обязательного столбца «Код школы»" },
      { row: 1, column: "Вид диагностики", message: "Нет обязательного столбца «Вид диагностики»" },
    ]);
  });
});

describe("validateRows", () => {
  it("skips blank rows, keeps file row numbers and reports one message per cell in column order", () => {
    const spec = KIND_SPECS.schools;
    const { index } = matchHeader(["Код", "Наименование", "Краткое наименование", "Вид", "Категории"], spec.columns);
    const result = validateRows(
      [
        { row: 2, cells: ["edu1", "Школа", "Ш", "СОШ", "ШНОР, 500+"] },
        { row: 3, cells: ["", null, "", "", ""] },
        { row: 4, cells: ["", "Школа", "", "Колледж", "ШНОР, элита"] },
      ],
      spec.columns,
      index,
      spec.schema,
    );
    expect(result.count).toBe(2);
    expect(result.valid).toEqual([{ row: 2, data: expect.objectContaining({ code: "edu1", kind: "sosh", categories: ["shnor", "p500"], address: null }) }]);
    expect(result.errors).toEqual([
      { row: 4, column: "Код", message: "Укажите код школы" },
      { row: 4, column: "Краткое наименование", message: "Укажите краткое наименование" },
      { row: 4, column: "Вид", message: "Неизвестный вид школы «Колледж»: допустимы СОШ, ООШ, Гимназия, Лицей, Иная ОО" },
      { row: 4, column: "Категории", message: "Неизвестная категория «элита»: допустимы ШНОР, ШНСУ, Зона риска, 500+" },
    ]);
  });

  it("flags duplicate natural keys after their first row", () => {
    const rows = [2, 3, 4].map((row, i) => ({ row, data: { code: ["a", "b", "a"][i]! } }));
    expect(duplicateKeyErrors(rows, (d) => d.code, "Код", (first) => `Уже в строке ${first}`)).toEqual([{ row: 4, column: "Код", message: "Уже в строке 2" }]);
  });
});
