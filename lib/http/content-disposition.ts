/**
 * `Content-Disposition: attachment` for every download: an ASCII fallback
 * name (transliterated) for old clients and the exact UTF-8 name as an
 * RFC 5987 `filename*`. Pure.
 */

import { wellFormed } from "@/lib/domain/common/text";

const TRANSLIT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** An ASCII file name for old clients: transliterated, safe characters only (`fallback` when nothing is left). */
export function asciiFilename(filename: string, fallback = "file"): string {
  const out = [...filename]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const t = TRANSLIT[lower];
      if (t === undefined) return ch;
      return ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
    })
    .join("")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-(?=\.)/g, "");
  return out || fallback;
}

/** RFC 5987 value: percent-encoded UTF-8, also escaping what `encodeURIComponent` keeps that is not an attr-char. */
export const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The header value: never `inline`, whatever the name or type. */
export function attachmentDisposition(filename: string, fallback = "file"): string {
  const name = wellFormed(filename).replace(/[\u0000-\u001f\u007f]+/g, "").trim() || fallback;
  return `attachment; filename="${asciiFilename(name, fallback)}"; filename*=UTF-8''${rfc5987(name)}`;
}
