/**
 * Structured logs: one JSON object a line on stdout/stderr, with the request
 * id and actor where known. Never pass passwords or tokens — and should one
 * slip through anyway: values under keys named like secrets are redacted at
 * any depth, and strings (error messages and stacks too) are scrubbed of API
 * tokens, session JWTs and `Bearer …` credentials.
 *
 * Under Vitest (NODE_ENV=test) only errors are written, unless
 * OPORA_TEST_LOGS=1 (tests/integration/logging.test.ts).
 */
type Fields = Record<string, unknown> & { err?: unknown };

const SECRET_KEYS = /pass(word)?|token|secret|authorization|cookie|credential/i;
const SECRET_VALUES: [RegExp, string][] = [
  [/opora_[A-Za-z0-9_-]{20,}/g, "opora_[redacted]"],
  [/\beyJ[A-Za-z0-9_-]{10,}(?:\.[A-Za-z0-9_-]*){1,4}/g, "[redacted-jwt]"],
  [/\b(Bearer|Basic)\s+[^\s"',;]+/gi, "$1 [redacted]"],
  [/\b(pass(?:word)?|passwd|secret)(\s*[=:]\s*)[^\s&"',;]+/gi, "$1$2[redacted]"],
];
const MAX_DEPTH = 6;

export function scrub(text: string): string {
  return SECRET_VALUES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === "string") return scrub(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return "[depth]";
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) {
    return { name: value.name, message: scrub(value.message), stack: value.stack ? scrub(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((item) => clean(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = SECRET_KEYS.test(key) ? "[redacted]" : clean(item, depth + 1);
  return out;
}

function write(level: "info" | "warn" | "error", fields: Fields, msg: string) {
  if (process.env.NODE_ENV === "test" && process.env.OPORA_TEST_LOGS !== "1" && level !== "error") return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg: scrub(msg), ...(clean(fields, 0) as object) });
  (level === "info" ? process.stdout : process.stderr).write(line + "\n");
}

export const logger = {
  info: (fields: Fields, msg: string) => write("info", fields, msg),
  warn: (fields: Fields, msg: string) => write("warn", fields, msg),
  error: (fields: Fields, msg: string) => write("error", fields, msg),
};
