/**
 * Cell normalizers for imported tables: text, dates (ДД.ММ.ГГГГ, ISO, Excel
 * date cells and serial numbers), numbers with a decimal comma, yes/no, and
 * enum values by their Russian names (case-, space- and ё-insensitive, with
 * synonyms). Each `*Cell` is a zod schema for one raw cell with the Russian
 * message a person sees next to the row and column. Pure: no I/O.
 */
import { z } from "zod";

/** A raw cell: CSV gives strings, .xlsx also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

/** Lower case, `ё` → `е`, one space between words, no surrounding quotes or `*`. */
export function normalizeKey(value: string): string {
  return value
    .toLocaleLowerCase("ru")
    .replace(/ё/g, "е")
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/^[\s"'«»*]+|[\s"'«»*]+$/g, "")
    .trim();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The cell as text, trimmed; dates as ДД.ММ.ГГГГ, numbers without grouping. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return `${pad(cell.getUTCDate())}.${pad(cell.getUTCMonth() + 1)}.${cell.getUTCFullYear()}`;
  if (typeof cell === "boolean") return cell ? "да" : "нет";
  // Anything else is not a cell value (the readers flatten rich text and formulas):
  // no text, rather than String() throwing on an object without a prototype.
  if (typeof cell !== "string" && typeof cell !== "number") return "";
  // Control characters (NUL above all: PostgreSQL refuses it in text) are
  // never part of a value; tabs and line breaks are.
  return String(cell).replace(/\u00a0/g, " ").replace(CONTROL_CHARACTERS, "").trim();
}

export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === "";
}

function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 2000 || year > 2100) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Excel's day 0 is 1899-12-30 (it counts the non-existent 29.02.1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A calendar date → "YYYY-MM-DD", or null when the cell is not a valid date (2000–2100). */
export function parseDate(cell: Cell | undefined): string | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    return isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 36526 || cell > 73415) return null; // 2000-01-01 … 2100-12-31
    const date = new Date(EXCEL_EPOCH + cell * 86_400_000);
    return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  const text = cellText(cell);
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$/.exec(text);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** «95,5», «1 234,5», «12.5», «80 %» → a number; null when blank; NaN when not a number. */
export function parseNumber(cell: Cell | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : Number.NaN;
  if (typeof cell === "boolean" || cell instanceof Date) return Number.NaN;
  const text = cellText(cell).replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  if (text === "") return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return Number.NaN;
  return Number(text.replace(",", "."));
}

const YES = new Set(["да", "yes", "1", "true", "истина", "+"]);
const NO = new Set(["нет", "no", "0", "false", "ложь", "-"]);

/** да/нет (and 1/0, true/false) → 1/0 as booleans are stored; null when blank; undefined when unknown. */
export function parseYesNo(cell: Cell | undefined): 0 | 1 | null | undefined {
  if (typeof cell === "boolean") return cell ? 1 : 0;
  const text = normalizeKey(cellText(cell));
  if (text === "") return null;
  if (YES.has(text)) return 1;
  if (NO.has(text)) return 0;
  return undefined;
}

/**
 * Finds an enum value by its Russian label (from lib/i18n/labels.ts), its
 * own key, or a synonym; case-, space- and ё-insensitive.
 */
export function labelLookup<K extends string>(labels: Record<K, string>, synonyms: Record<string, NoInfer<K>> = {}): (text: string) => K | undefined {
  const index = new Map<string, K>();
  for (const [key, label] of Object.entries(labels) as [K, string][]) {
    index.set(normalizeKey(label), key);
    index.set(normalizeKey(key), key);
  }
  for (const [synonym, key] of Object.entries(synonyms)) index.set(normalizeKey(synonym), key);
  return (text) => index.get(normalizeKey(text));
}

/** «ШНОР, 500+; зона риска» → ["ШНОР", "500+", "зона риска"]. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// ─────────────────────────── zod cell schemas ───────────────────────────

const raw = z.custom<Cell | undefined>(() => true);

/** Required text up to `max` characters. */
export function textCell(required: string, max = 500) {
  return raw.transform((cell, ctx) => {
    const text = cellText(cell);
    if (!text) ctx.addIssue({ code: "custom", message: required });
    else if (text.length > max) ctx.addIssue({ code: "custom", message: `Не длиннее ${max} символов` });
    return text;
  });
}

/** Optional text: blank → null. */
export function optionalTextCell(max = 2000) {
  return raw.transform((cell, ctx) => {
    const text = cellText(cell);
    if (text.length > max) ctx.addIssue({ code: "custom", message: `Не длиннее ${max} символов` });
    return text || null;
  });
}

/** An e-mail, stored lower-cased. */
export function emailCell(required = "Укажите адрес электронной почты") {
  return raw.transform((cell, ctx) => {
    const text = cellText(cell).toLowerCase();
    if (!text) ctx.addIssue({ code: "custom", message: required });
    else if (text.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) ctx.addIssue({ code: "custom", message: "Неверный адрес электронной почты" });
    return text;
  });
}

export const DATE_FORMAT_MESSAGE = "Укажите дату в формате ДД.ММ.ГГГГ";

/** A required calendar date → "YYYY-MM-DD". */
export function dateCell(required = "Укажите дату") {
  return raw.transform((cell, ctx) => {
    if (isBlank(cell)) {
      ctx.addIssue({ code: "custom", message: required });
      return "";
    }
    const iso = parseDate(cell);
    if (!iso) ctx.addIssue({ code: "custom", message: DATE_FORMAT_MESSAGE });
    return iso ?? "";
  });
}

/** An optional calendar date → "YYYY-MM-DD" or null. */
export function optionalDateCell() {
  return raw.transform((cell, ctx) => {
    if (isBlank(cell)) return null;
    const iso = parseDate(cell);
    if (!iso) ctx.addIssue({ code: "custom", message: DATE_FORMAT_MESSAGE });
    return iso;
  });
}

type NumberOptions = { min: number; max: number; integer?: boolean; range: string; required?: string };

/** A number in [min, max]; `range` is the Russian message for anything out of it. */
export function numberCell(options: NumberOptions & { required: string }): z.ZodType<number, Cell | undefined>;
export function numberCell(options: NumberOptions): z.ZodType<number | null, Cell | undefined>;
export function numberCell(options: NumberOptions): z.ZodTypeAny {
  return raw.transform((cell, ctx) => {
    const value = parseNumber(cell);
    if (value === null) {
      if (options.required) ctx.addIssue({ code: "custom", message: options.required });
      return null;
    }
    if (Number.isNaN(value)) ctx.addIssue({ code: "custom", message: "Введите число" });
    else if (options.integer && !Number.isInteger(value)) ctx.addIssue({ code: "custom", message: "Введите целое число" });
    else if (value < options.min || value > options.max) ctx.addIssue({ code: "custom", message: options.range });
    return value;
  });
}

/** One enum value by its Russian name. */
export function enumCell<K extends string>(lookup: (text: string) => K | undefined, required: string, unknown: (text: string) => string) {
  return raw.transform((cell, ctx) => {
    const text = cellText(cell);
    if (!text) {
      ctx.addIssue({ code: "custom", message: required });
      return undefined as unknown as K;
    }
    const value = lookup(text);
    if (!value) ctx.addIssue({ code: "custom", message: unknown(text) });
    return value as K;
  });
}

/** A comma-separated list of enum values by their Russian names (distinct, in the file's order). */
export function enumListCell<K extends string>(lookup: (text: string) => K | undefined, unknown: (text: string) => string, required?: string) {
  return raw.transform((cell, ctx) => {
    const items = splitList(cellText(cell));
    if (items.length === 0 && required) ctx.addIssue({ code: "custom", message: required });
    const out: K[] = [];
    for (const item of items) {
      const value = lookup(item);
      if (!value) ctx.addIssue({ code: "custom", message: unknown(item) });
      else if (!out.includes(value)) out.push(value);
    }
    return out;
  });
}
