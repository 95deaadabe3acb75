/**
 * Hostile input for property-based tests (fast-check): very long strings,
 * Cyrillic, right-to-left and zero-width marks, control characters and NUL,
 * SQL and HTML/script fragments, lone surrogates — and values of the wrong
 * type. Run counts stay modest (FUZZ_RUNS, default 60) so the suite stays fast;
 * a failure prints fast-check's seed and path to replay it.
 */
import fc from "fast-check";

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS || 60);

const fragments = [
  "'; DROP TABLE \"User\"; --",
  "' OR '1'='1",
  "\\'; SELECT pg_sleep(5); --",
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  "__proto__",
  "\u0000",
  "\u202eevil\u202c",
  "\u200f\u200e\u200b\ufeff",
  "\ud800",
  "\udfff",
  "\r\n\t\u0007\u001b[31m",
  "Школа № 21 «Казачья» — ёЁ",
  "ש\u05b8לוֹם مرحبا",
  "%00%27%22",
  "../../etc/passwd",
  "1e309",
  "-0",
  "NaN",
  "2025-02-30",
  "9999-12-31",
  " ",
];

const hostileChar = fc.oneof(
  fc.constantFrom(...fragments),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x410, max: 0x44f }).map((c) => String.fromCharCode(c)),
);

/** A hostile string: pieces joined, sometimes repeated to tens of thousands of characters. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(hostileChar, { maxLength: 12 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.tuple(hostileChar, fc.integer({ min: 1000, max: 20_000 })).map(([s, n]) => s.repeat(Math.ceil(n / Math.max(1, s.length)))) },
);

/** Any JSON-ish value, strings hostile. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2, -0),
    fc.integer(),
    fc.double(),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 4 }),
  ),
})).value;
