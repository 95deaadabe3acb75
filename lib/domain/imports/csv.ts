/**
 * CSV as people save it from Excel or LibreOffice: UTF-8 with or without a
 * BOM, or Windows-1251; `;` (Russian Excel) or `,` separators (tab too);
 * quoted fields with `""` escapes, separators and line breaks inside; CRLF
 * or LF line ends. Pure: no I/O.
 */

export type CsvEncoding = "utf-8" | "windows-1251";

/** Valid UTF-8 (a BOM is dropped) → UTF-8; anything else is read as Windows-1251. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(body), encoding: "windows-1251" };
  }
}

const SEPARATORS = [";", ",", "\t"] as const;
export type CsvSeparator = (typeof SEPARATORS)[number];

/** The separator used most often outside quotes in the first line (the header); `;` on a tie. */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: CsvSeparator = ";";
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

/**
 * Records of the text, each a list of fields (strings as written, quotes
 * removed). A trailing line break does not make an empty record.
 */
export function parseCsv(text: string, separator: string = detectSeparator(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === separator) {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
    } else {
      field += ch;
    }
    i += 1;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Bytes of a CSV file → records. */
export function readCsv(bytes: Uint8Array): { records: string[][]; encoding: CsvEncoding; separator: CsvSeparator } {
  const { text, encoding } = decodeText(bytes);
  const separator = detectSeparator(text);
  return { records: parseCsv(text, separator), encoding, separator };
}

/** One CSV line (`;`-separated, quoted where needed) for templates. */
export function csvLine(values: readonly (string | number | null | undefined)[], separator = ";"): string {
  return values
    .map((v) => {
      const s = v === null || v === undefined ? "" : String(v);
      return /["\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(separator);
}
