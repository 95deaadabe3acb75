/**
 * Canonical JSON and the content hash of an approved report's snapshot.
 * Keys are sorted at every level and `undefined` members dropped, so the
 * hash depends on the content only — not on key order, which PostgreSQL's
 * jsonb does not keep — and anyone can recompute it from the stored
 * snapshot. Pure (hashing is computation, not I/O).
 */
import { createHash } from "node:crypto";

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error("canonicalJson: non-finite number");
    return JSON.stringify(value) ?? "null";
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** sha256 of the canonical JSON, hex. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}

/** The hash as shown on screen: the first 12 hex digits. */
export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}
