/**
 * Cutting and repairing user text without breaking it. JavaScript strings are
 * UTF-16: a character outside the Basic Multilingual Plane (𝔸, 𐀀, most emoji)
 * is a pair of code units, and `slice` by a fixed length can cut the pair in
 * half. A lone half cannot be stored (Prisma's engine refuses the query),
 * percent-encoded (`encodeURIComponent` throws) or written into XML (.docx,
 * .xlsx). Every server-side cut of user text goes through `truncate`. Pure.
 */

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The text with every lone surrogate replaced by U+FFFD «�» (what a UTF-8 round trip would give). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, "\ufffd");
}

/**
 * At most `max` UTF-16 code units (the unit of zod's `.max` and of our column
 * limits), `ellipsis` included when the text is cut; a surrogate pair at the
 * cut is dropped whole rather than halved, and trailing spaces before the
 * ellipsis are trimmed.
 */
export function truncate(text: string, max: number, ellipsis = ""): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - ellipsis.length);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  const head = text.slice(0, end);
  return ellipsis ? `${head.trimEnd()}${ellipsis}` : head;
}
