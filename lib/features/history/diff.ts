/**
 * The before/after difference of an audit row: the keys whose values
 * changed, as display strings. Pure.
 */
export type FieldChange = { key: string; before: string; after: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A JSON value as a short Russian display string. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "да" : "нет";
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
    if (ISO_DATE_TIME.test(value)) return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)} ${value.slice(11, 16)}`;
    return value;
  }
  if (typeof value === "number") return String(value).replace(".", ",");
  if (Array.isArray(value)) return value.map(displayValue).join(", ") || "—";
  return JSON.stringify(value);
}

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export function diffChanges(before: unknown, after: unknown): FieldChange[] {
  const b = asObject(before);
  const a = asObject(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
    .map((key) => ({ key, before: displayValue(b[key]), after: displayValue(a[key]) }));
}
