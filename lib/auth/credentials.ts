/**
 * The credentials check behind sign-in: rate limits per account and per
 * address, one answer for unknown users, wrong passwords and inactive
 * accounts (with the same argon2 work), and every attempt recorded and
 * audited.
 */
import { CredentialsSignin } from "next-auth";
import { writeAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/client";
import { normalizeEmail } from "@/lib/features/auth/schemas";
import { timingDummyHash, verifyPassword } from "./password";
import { clientIp, markLoginSucceeded, reserveLoginAttempt } from "./rate-limit";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/** Well above PASSWORD_MAX_LENGTH (128), so that no password that could have been set is cut. */
const MAX_CHECKED_LENGTH = 1024;

export type SignedInUser = { id: string; name: string; email: string; sessionVersion: number };

export async function authorizeCredentials(
  credentials: Partial<Record<string, unknown>>,
  headers: Headers,
  now = new Date(),
): Promise<SignedInUser> {
  const email = normalizeEmail(String(credentials.email ?? ""));
  const password = String(credentials.password ?? "");
  const ip = clientIp(headers);
  const db = getDb();

  const attemptId = await reserveLoginAttempt(db, email, ip, now);
  if (!attemptId) {
    await writeAudit(db, { action: "auth.sign_in_blocked", ip, meta: { email } });
    throw new RateLimited();
  }

  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  // A megabyte "password" posted straight to the callback gets the dummy check, not a long hash.
  const plausible = password.length > 0 && password.length <= MAX_CHECKED_LENGTH;
  const ok =
    user?.passwordHash && user.active && plausible
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await timingDummyHash(), password.slice(0, MAX_CHECKED_LENGTH)), false);

  if (!ok || !user) {
    await writeAudit(db, { action: "auth.sign_in_failed", actorId: user?.id ?? null, ip, meta: { email } });
    throw new InvalidCredentials();
  }
  await markLoginSucceeded(db, attemptId);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await writeAudit(db, { action: "auth.sign_in", actorId: user.id, entityType: "User", entityId: user.id, ip });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
