/**
 * Personal access tokens of the REST API (decision 030): `opora_` followed by
 * 32 random bytes in base64url (43 characters). Only the SHA-256 of a token
 * is stored; the token itself is shown once. The first characters are kept
 * as a `prefix` so that people can tell their tokens apart.
 */
import { createHash, randomBytes } from "node:crypto";

export const API_TOKEN_PREFIX = "opora_";
const RANDOM_BYTES = 32;
const TOKEN_PATTERN = /^opora_[A-Za-z0-9_-]{43}$/;
/** Characters of the token shown in lists: `opora_` + 6. */
export const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

export function generateApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(RANDOM_BYTES).toString("base64url");
}

/** Whether a string has the token format (checked before any database read). */
export function isApiTokenFormat(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** Hex SHA-256: tokens carry 256 bits of randomness, so a fast hash is enough. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function displayPrefix(token: string): string {
  return token.slice(0, DISPLAY_PREFIX_LENGTH);
}

export type ApiTokenStatus = "active" | "expired" | "revoked";

export function apiTokenStatus(token: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ApiTokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

/** `lastUsedAt` is refreshed at most this often (one write a minute per token, not one per request). */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function shouldTouchLastUsed(lastUsedAt: Date | null, now = new Date()): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS;
}

/** The `Authorization: Bearer <token>` value, or null when the header is missing or of another scheme. */
export function bearerToken(headers: Headers): string | null {
  const value = headers.get("authorization");
  if (!value) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match ? match[1] : null;
}

/** A token valid "until" a calendar date (`YYYY-MM-DD`) works through that whole day (UTC): it expires at the next midnight. */
export function expiryFromDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1));
}
