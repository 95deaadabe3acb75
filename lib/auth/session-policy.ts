/**
 * Session lifetimes. The JWT cookie is renewed while the user is active
 * (idle timeout); the absolute timeout counts from sign-in and is checked on
 * every request. Documented in docs/decisions/003-auth.md.
 */
export const SESSION_IDLE_TIMEOUT_S = 2 * 60 * 60;
export const SESSION_UPDATE_AGE_S = 5 * 60;
export const SESSION_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export function isSessionExpired(signedInAt: number | undefined, now = Date.now()): boolean {
  return !signedInAt || now - signedInAt > SESSION_ABSOLUTE_TIMEOUT_MS;
}
