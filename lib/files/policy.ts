/**
 * What may be uploaded: evidence and attachments are PDF, DOCX, XLSX, JPEG or
 * PNG, up to 20 MB each. The type is detected from the content (magic bytes),
 * never from the name or the browser's claim. Pure: no I/O.
 */
import { INVISIBLE_CHARACTERS } from "@/lib/domain/common/invisible";
import { truncate, wellFormed } from "@/lib/domain/common/text";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const ALLOWED_TYPES = {
  "application/pdf": { ext: "pdf", label: "PDF" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { ext: "docx", label: "DOCX" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: "xlsx", label: "XLSX" },
  "image/jpeg": { ext: "jpg", label: "JPG" },
  "image/png": { ext: "png", label: "PNG" },
} as const;

export type AllowedMime = keyof typeof ALLOWED_TYPES;

export const ALLOWED_LABEL = Object.values(ALLOWED_TYPES)
  .map((t) => t.label)
  .join(", ");

/** The `accept` attribute for file inputs (a hint only; the server decides). */
export const ACCEPT_ATTRIBUTE = ".pdf,.docx,.xlsx,.jpg,.jpeg,.png";

export function isAllowedMime(mime: string | undefined): mime is AllowedMime {
  return !!mime && mime in ALLOWED_TYPES;
}

export const UPLOAD_MESSAGES = {
  tooLarge: "Файл больше 20 МБ. Уменьшите его или загрузите ссылкой.",
  empty: "Файл пустой.",
  badType: `Недопустимый тип файла: по содержимому это не ${ALLOWED_LABEL}. Загрузите документ одного из этих форматов.`,
  missing: "Выберите файл.",
} as const;

/**
 * A display-safe file name: no path, no control characters, no bidirectional
 * overrides (with which «отчёт\u202Efdp.exe» would show as «отчётexe.pdf»),
 * at most 200 characters.
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = wellFormed(base).replace(INVISIBLE_CHARACTERS, "").trim();
  return truncate(cleaned || "файл", 200);
}
