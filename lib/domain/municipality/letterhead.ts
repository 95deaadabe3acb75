/**
 * The methodological centre's letterhead («Реквизиты муниципалитета»): the
 * fields of `Municipality` that head the analytical report and its order
 * (decision 045). Limits, the one-line normalisation and the loose phone
 * check. Pure: no I/O.
 */
import { INVISIBLE_CHARACTERS } from "@/lib/domain/common/invisible";

export const LETTERHEAD_FIELDS = ["name", "region", "centerName", "centerAddress", "centerPhone", "directorName"] as const;
export type LetterheadField = (typeof LETTERHEAD_FIELDS)[number];

/** The stored letterhead: the three required fields, the rest null when empty. */
export type Letterhead = {
  name: string;
  region: string;
  centerName: string;
  centerAddress: string | null;
  centerPhone: string | null;
  directorName: string | null;
};

export const LETTERHEAD_LABELS: Record<LetterheadField, string> = {
  name: "Наименование муниципалитета",
  region: "Субъект РФ",
  centerName: "Наименование методического центра",
  centerAddress: "Адрес",
  centerPhone: "Телефон",
  directorName: "Руководитель",
};

/** Maximum length of each field, in characters (after normalisation). */
export const LETTERHEAD_MAX_LENGTH: Record<LetterheadField, number> = {
  name: 200,
  region: 100,
  centerName: 300,
  centerAddress: 300,
  centerPhone: 100,
  directorName: 100,
};

export const LETTERHEAD_REQUIRED: readonly LetterheadField[] = ["name", "region", "centerName"];

/** The message shown beside an empty required field. */
export const LETTERHEAD_REQUIRED_MESSAGES: Record<"name" | "region" | "centerName", string> = {
  name: "Укажите наименование муниципалитета",
  region: "Укажите субъект РФ",
  centerName: "Укажите наименование методического центра",
};

/** A phone number has at least this many and at most this many digits in all. */
export const PHONE_MIN_DIGITS = 5;
export const PHONE_MAX_DIGITS = 30;

/**
 * A letterhead line as it is stored and printed: control characters and
 * bidirectional marks removed, every run of whitespace (line breaks
 * included) one space, trimmed.
 */
export function normalizeLetterheadLine(value: string): string {
  return value.replace(INVISIBLE_CHARACTERS, " ").replace(/\s+/g, " ").trim();
}

// Digits, spaces, brackets, dashes, «+», separators between several numbers, and «доб.» for an extension.
const PHONE_CHARS = /^[\d\s+()\-–—.,;/]*$/;

/**
 * The Russian problem of a phone line, or null when it looks like one or
 * more phone numbers: «8(86137)3-56-97», «+7 861 37 3-56-97, доб. 12»,
 * «3-56-97; 3-43-15». Deliberately loose: the letterhead prints it as typed.
 */
export function phoneProblem(value: string): string | null {
  const withoutExtension = value.replace(/доб\.?/giu, " ");
  if (!PHONE_CHARS.test(withoutExtension)) return "Телефон: только цифры, пробелы, скобки, дефисы, «+» и «доб.», например 8(86137)3-56-97";
  const digits = withoutExtension.replace(/\D/g, "").length;
  if (digits < PHONE_MIN_DIGITS) return `В номере телефона должно быть не меньше ${PHONE_MIN_DIGITS} цифр`;
  if (digits > PHONE_MAX_DIGITS) return `В номерах телефонов не больше ${PHONE_MAX_DIGITS} цифр`;
  return null;
}

/** The audit's before/after: the letterhead fields only, in a fixed order. */
export function letterheadOfRecord(record: Letterhead): Letterhead {
  return Object.fromEntries(LETTERHEAD_FIELDS.map((f) => [f, record[f]])) as Letterhead;
}
