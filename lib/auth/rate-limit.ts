/**
 * Failed sign-in limits, kept in the database so that they hold across
 * several app instances. Counting only failures means the real user can sign
 * in again as soon as the window has passed.
 */
import type { Tx } from "@/lib/db/client";

export const LOGIN_LIMITS = [
  { key: "email", windowMs: 60_000, max: 10 },
  { key: "email", windowMs: 60 * 60_000, max: 100 },
  { key: "ip", windowMs: 60_000, max: 10 },
] as const;

export async function isLoginRateLimited(db: Tx, email: string, ip: string, now = new Date()): Promise<boolean> {
  for (const limit of LOGIN_LIMITS) {
    const since = new Date(now.getTime() - limit.windowMs);
    const failures = await db.loginAttempt.count({
      where: { success: false, at: { gte: since }, ...(limit.key === "email" ? { email } : { ip }) },
    });
    if (failures >= limit.max) return true;
  }
  return false;
}

export async function recordLoginAttempt(db: Tx, email: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, ip, success } });
}

/** The client address as set by the reverse proxy (or by `next start` itself). */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
