/**
 * Structured logs: one JSON object a line on stdout/stderr, with the request
 * id and actor where known. Never pass passwords or tokens: keys named like
 * secrets are redacted anyway.
 */
type Fields = Record<string, unknown> & { err?: unknown };

const SECRET_KEYS = /pass(word)?|token|secret|authorization|cookie/i;

function serialize(fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (SECRET_KEYS.test(key)) out[key] = "[redacted]";
    else if (value instanceof Error) out[key] = { name: value.name, message: value.message, stack: value.stack };
    else out[key] = value;
  }
  return out;
}

function write(level: "info" | "warn" | "error", fields: Fields, msg: string) {
  if (process.env.NODE_ENV === "test" && level !== "error") return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...serialize(fields) });
  (level === "info" ? process.stdout : process.stderr).write(line + "\n");
}

export const logger = {
  info: (fields: Fields, msg: string) => write("info", fields, msg),
  warn: (fields: Fields, msg: string) => write("warn", fields, msg),
  error: (fields: Fields, msg: string) => write("error", fields, msg),
};
