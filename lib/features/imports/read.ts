/**
 * Reads an uploaded table: .xlsx through exceljs (the first worksheet), or
 * CSV text (see lib/domain/imports/csv.ts). The type is decided by the
 * content (file-type, as for every upload), never by the name: a ZIP that is
 * an .xlsx workbook is read as one, any other detected binary is refused,
 * and undetected content is read as CSV text.
 */
import "server-only";
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { readCsv } from "@/lib/domain/imports/csv";
import type { Cell } from "@/lib/domain/imports/cells";
import type { SheetRow } from "@/lib/domain/imports/table";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const READ_MESSAGES = {
  empty: "Файл пустой.",
  tooLarge: "Файл больше 10 МБ. Разделите его на несколько файлов.",
  xls: "Формат .xls не поддерживается: сохраните файл в Excel как «Книга Excel (.xlsx)» или «CSV (разделители — точка с запятой)».",
  badType: "Файл не похож на таблицу: загрузите .xlsx или .csv.",
  badXlsx: "Не удалось прочитать файл Excel: проверьте, что он не повреждён и не защищён паролем.",
  noSheet: "В книге Excel нет листов.",
} as const;

export type ReadResult = { ok: true; rows: SheetRow[]; format: "xlsx" | "csv" } | { ok: false; message: string };

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value) return value.result === undefined ? null : cellValue(value.result as ExcelJS.CellValue);
    if ("text" in value) return typeof value.text === "string" ? value.text : null;
    if ("error" in value) return null;
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: READ_MESSAGES.badXlsx };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: READ_MESSAGES.noSheet };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based
    const cells: Cell[] = [];
    for (let i = 1; i < values.length; i += 1) cells.push(cellValue(values[i]));
    rows.push({ row: number, cells });
  });
  return { ok: true, rows, format: "xlsx" };
}

export async function readTable(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, message: READ_MESSAGES.empty };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, message: READ_MESSAGES.tooLarge };
  const detected = await fileTypeFromBuffer(bytes);
  if (detected?.mime === XLSX_MIME) return readXlsx(bytes);
  if (detected?.ext === "cfb") return { ok: false, message: READ_MESSAGES.xls };
  if (detected) return { ok: false, message: READ_MESSAGES.badType };
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, message: READ_MESSAGES.badType };
  const { records } = readCsv(bytes);
  return { ok: true, rows: records.map((cells, i) => ({ row: i + 1, cells })), format: "csv" };
}
