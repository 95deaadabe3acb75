/**
 * Category labels wrapped to a width. Pure: the caller measures text
 * (a canvas in the browser, a character estimate in tests).
 */

/**
 * The pieces a label may break between: words, and word parts after a
 * hyphen. A word of one or two characters («№», «5», «и») stays with the
 * next one, as Russian typography wants («№ 18», «5 кл.»).
 */
export function labelTokens(text: string): string[] {
  const words: string[] = [];
  let pending = "";
  for (const word of text.trim().split(/[ \t\n]+/).filter(Boolean)) {
    const joined = pending ? `${pending} ${word}` : word;
    // A short word waits for the next; a number closes the group («№ 18»).
    const sticky = word.length <= 2 && !(pending && /^\d+$/.test(word));
    if (sticky) pending = joined;
    else {
      words.push(joined);
      pending = "";
    }
  }
  if (pending) {
    if (words.length) words[words.length - 1] += ` ${pending}`;
    else words.push(pending);
  }
  return words.flatMap((word) => word.split(/(?<=-)(?=.)/));
}

/**
 * Words of `text` in lines no wider than `maxWidth`, at most `maxLines`
 * (the last one cut with «…»). Lines break at spaces and after hyphens
 * («Психолого-|педагогическая»), never at a no-break space («№\u00a021») nor
 * after a short word (see `labelTokens`);
 * a word wider than the line is cut.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 3): string[] {
  const tokens = labelTokens(text);
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const glue = line === "" || line.endsWith("-") ? "" : " ";
    const candidate = line + glue + token;
    if (line === "" || measure(candidate) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = token;
    }
  }
  if (line) lines.push(line);
  const fitted = lines.slice(0, maxLines);
  const overflow = lines.length > maxLines;
  return fitted.map((l, i) => (overflow && i === fitted.length - 1 ? ellipsize(`${l}…`, maxWidth, measure) : measure(l) > maxWidth ? ellipsize(l, maxWidth, measure) : l));
}

function ellipsize(line: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(line) <= maxWidth) return line;
  let cut = line.replace(/…$/, "");
  while (cut.length > 1 && measure(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
