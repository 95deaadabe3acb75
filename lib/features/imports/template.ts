/**
 * The downloadable template of a kind: a workbook with the Russian headers
 * and one example row on «Данные», and «Справка» describing each column
 * (required or not, allowed values); or the same as CSV (UTF-8 with BOM,
 * `;`-separated, which Russian Excel opens as is).
 */
import "server-only";
import ExcelJS from "exceljs";
import { csvLine } from "@/lib/domain/imports/csv";
import { KIND_SPECS } from "./kinds";
import type { ImportKind } from "./schemas";

export async function templateWorkbook(kind: ImportKind): Promise<Buffer> {
  const spec = KIND_SPECS[kind];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Опора";
  const data = workbook.addWorksheet("Данные");
  data.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  data.getRow(1).font = { bold: true };
  data.views = [{ state: "frozen", ySplit: 1 }];
  // Codes are text: «1.10» must not become the number 1.1.
  for (const key of ["code", "schoolCode", "indicatorCode", "id"]) if (spec.columns.some((c) => c.key === key)) data.getColumn(key).numFmt = "@";
  data.addRow(Object.fromEntries(spec.columns.map((c) => [c.key, c.example])));

  const help = workbook.addWorksheet("Справка");
  help.columns = [
    { header: "Столбец", key: "header", width: 30 },
    { header: "Обязательный", key: "required", width: 14 },
    { header: "Что указывать", key: "help", width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of spec.columns) help.addRow({ header: c.header, required: c.required ? "да" : "нет", help: c.help });
  help.addRow([]);
  help.addRow([`${spec.title}. ${spec.description}`]);
  help.addRow([`Повторная загрузка того же файла обновляет записи (ключ: ${spec.key}), а не создаёт их заново. Если хотя бы одна строка с ошибкой, не загружается ничего.`]);
  help.addRow(["Даты — ДД.ММ.ГГГГ, дробные числа — с запятой или точкой. CSV: UTF-8 или Windows-1251, разделитель «;» или «,»."]);
  help.getColumn("help").alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function templateCsv(kind: ImportKind): Uint8Array {
  const spec = KIND_SPECS[kind];
  const text = `\ufeff${csvLine(spec.columns.map((c) => c.header))}\r\n${csvLine(spec.columns.map((c) => c.example))}\r\n`;
  return new TextEncoder().encode(text);
}

export function templateFileName(kind: ImportKind, ext: "xlsx" | "csv") {
  return { ascii: `opora-import-${kind}.${ext}`, russian: `Шаблон — ${KIND_SPECS[kind].title}.${ext}` };
}
