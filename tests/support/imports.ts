/** Building import files in tests: CSV in UTF-8 or Windows-1251, and .xlsx through exceljs. */
import ExcelJS from "exceljs";

/** Windows-1251 bytes of a text with ASCII and Russian letters (enough for test files). */
export function encodeCp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (ch === "Ё") out.push(0xa8);
    else if (ch === "ё") out.push(0xb8);
    else if (ch === "№") out.push(0xb9);
    else if (ch === "«") out.push(0xab);
    else if (ch === "»") out.push(0xbb);
    else throw new Error(`no Windows-1251 byte for ${ch}`);
  }
  return new Uint8Array(out);
}

export type Line = readonly (string | number | Date | null)[];

function quote(value: string | number | Date | null, separator: string): string {
  const s = value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvText(lines: readonly Line[], separator = ";"): string {
  return lines.map((l) => l.map((v) => quote(v, separator)).join(separator)).join("\r\n") + "\r\n";
}

export function csvBytes(lines: readonly Line[], options: { separator?: string; encoding?: "utf-8" | "utf-8-bom" | "windows-1251" } = {}): Uint8Array {
  const text = csvText(lines, options.separator ?? ";");
  if (options.encoding === "windows-1251") return encodeCp1251(text);
  return new TextEncoder().encode(options.encoding === "utf-8-bom" ? `\ufeff${text}` : text);
}

export async function xlsxBytes(lines: readonly Line[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Данные");
  for (const line of lines) sheet.addRow([...line]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
