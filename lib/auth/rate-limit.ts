/**
 * Failed sign-in limits, kept in the database so that they hold across
 * several app instances. Counting only failures means the real user can sign
 * in again as soon as the window has passed; refused (blocked) attempts are
 * not counted, so an attacker cannot keep an account locked past the window.
 *
 * The check and the record are one step: under transaction-level advisory
 * locks on the account and on the address, the failures in each window are
 * counted and, when under every limit, the attempt is recorded as a failure
 * *before* the password is checked (and turned into a success afterwards).
 * So concurrent attempts cannot all pass a count of zero: at most `max`
 * password checks per window, however many requests arrive at once.
 */
import type { Db, Tx } from "@/lib/db/client";

export const LOGIN_LIMITS = [
  { key: "email", windowMs: 60_000, max: 10 },
  { key: "email", windowMs: 60 * 60_000, max: 100 },
  { key: "ip", windowMs: 60_000, max: 10 },
] as const;

/** Advisory lock classes (the first key of the two-key form). */
const LOCK_EMAIL = 7101;
const LOCK_IP = 7102;

export async function isLoginRateLimited(db: Tx, email: string, ip: string, now = new Date()): Promise<boolean> {
  for (const limit of LOGIN_LIMITS) {
    const since = new Date(now.getTime() - limit.windowMs);
    const failures = await db.loginAttempt.count({
      where: { success: false, at: { gte: since, lte: now }, ...(limit.key === "email" ? { email } : { ip }) },
    });
    if (failures >= limit.max) return true;
  }
  return false;
}

/**
 * Reserves one attempt: null when a limit is reached (nothing recorded),
 * otherwise the id of the attempt, recorded as a failure until
 * `markLoginSucceeded`.
 */
export async function reserveLoginAttempt(db: Db, email: string, ip: string, now = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    // Always the account first, then the address: no lock-order cycles.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_EMAIL}::int, hashtext(${email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_IP}::int, hashtext(${ip}))`;
    if (await isLoginRateLimited(tx, email, ip, now)) return null;
    const attempt = await tx.loginAttempt.create({ data: { email, ip, success: false, at: now }, select: { id: true } });
    return attempt.id;
  }, { maxWait: 10_000, timeout: 10_000 });
}

export async function markLoginSucceeded(db: Tx, attemptId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/**
 * The client address: the LAST entry of `X-Forwarded-For`, i.e. the one the
 * nearest proxy saw — the reverse proxy appends (or sets) it, and `next
 * start` sets it to the socket's address when absent. Earlier entries are
 * whatever the client sent and would let it pick a new address for every
 * attempt.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
