/**
 * The one way an .xlsx is written: every sheet is a table whose first row is
 * the header (bold, frozen, with an autofilter), numbers stay numbers and
 * calendar dates are Excel dates in the ru format. What the export is (the
 * register, cycle, filters applied, time) goes to a last sheet «О выгрузке»
 * and to the document properties, so the data sheets stay plain tables.
 */
import "server-only";
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/i18n/dates";
import { asciiFilename as asciiFilenameOf, rfc5987 } from "@/lib/http/content-disposition";
import type { CellValue, ExportColumn } from "./types";
import { truncate } from "@/lib/domain/common/text";

export type { CellValue, ExportColumn } from "./types";

export type SheetSpec<R = Record<string, CellValue>> = {
  /** The Russian sheet name (at most 31 characters, no []:*?/\). */
  name: string;
  columns: readonly ExportColumn<R>[];
  rows: readonly R[];
};

export type WorkbookSpec = {
  /** The document title, e.g. «Мероприятия МНЦ». */
  title: string;
  sheets: SheetSpec<any>[];
  /** Lines of the «О выгрузке» sheet: [label, value]. */
  info?: [string, string][];
};

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DATE_FORMAT = "dd.mm.yyyy";
export const INFO_SHEET = "О выгрузке";
const MAX_WIDTH = 60;

/** The cells of one row, in column order. */
export function cellsOf<R>(columns: readonly ExportColumn<R>[], row: R): CellValue[] {
  return columns.map((c) => (c.value ? c.value(row) : (((row as Record<string, unknown>)[c.key] ?? null) as CellValue)));
}

function displayLength(value: CellValue): number {
  if (value === null) return 1;
  if (value instanceof Date) return 10;
  return String(value).split("\n").reduce((n, line) => Math.max(n, line.length), 0);
}

function addSheet<R>(workbook: ExcelJS.Workbook, spec: SheetSpec<R>): void {
  const sheet = workbook.addWorksheet(truncate(spec.name.replace(/[[\]:*?/\\]/g, " "), 31), { views: [{ state: "frozen", ySplit: 1 }] });
  const data = spec.rows.map((row) => cellsOf(spec.columns, row));
  sheet.columns = spec.columns.map((c, i) => {
    const widest = data.reduce((n, cells) => Math.max(n, displayLength(cells[i] ?? null)), 0);
    return { header: c.header, key: c.key, width: c.width ?? Math.min(MAX_WIDTH, Math.max(10, Math.min(c.header.length, 30), widest) + 2) };
  });
  for (const cells of data) sheet.addRow(cells);
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    const isDate = data.some((cells) => cells[i] instanceof Date);
    const format = c.numFmt ?? (isDate ? DATE_FORMAT : undefined);
    if (format) column.eachCell({ includeEmpty: false }, (cell, rowNumber) => void (rowNumber > 1 && (cell.numFmt = format)));
    column.alignment = { vertical: "top", wrapText: true };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
  if (spec.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
}

/** The workbook's bytes. */
export async function buildWorkbook(spec: WorkbookSpec, now = new Date()): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Опора";
  workbook.lastModifiedBy = "Опора";
  workbook.created = now;
  workbook.modified = now;
  workbook.title = spec.title;
  workbook.subject = spec.title;
  workbook.company = "Опора";
  workbook.description = [...(spec.info ?? []).map(([k, v]) => `${k}: ${v}`), `Выгружено: ${formatDateTime(now)}`].join("\n");
  workbook.properties.date1904 = false;
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  const info: [string, string][] = [["Выгрузка", spec.title], ...(spec.info ?? []), ["Выгружено", formatDateTime(now)]];
  addSheet(workbook, {
    name: INFO_SHEET,
    columns: [
      { key: "label", header: "Параметр", width: 28, value: (r: [string, string]) => r[0] },
      { key: "value", header: "Значение", width: 80, value: (r: [string, string]) => r[1] },
    ],
    rows: info,
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An ASCII file name for old clients (see lib/http/content-disposition.ts). */
export function asciiFilename(filename: string): string {
  return asciiFilenameOf(filename, "export.xlsx");
}

/** The download: attachment with an ASCII fallback and the UTF-8 name, never sniffed or cached. */
export function xlsxResponse(filename: string, bytes: Uint8Array): Response {
  const name = filename.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ").replace(/\s+/g, " ").trim() || "export.xlsx";
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": XLSX_MIME,
      "Content-Disposition": `attachment; filename="${asciiFilename(name)}"; filename*=UTF-8''${rfc5987(name)}`,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
