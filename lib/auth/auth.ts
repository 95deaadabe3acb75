/**
 * Sign-in with next-auth v5: Credentials (email + password), JWT sessions.
 * The token carries the user id, the user's `sessionVersion` and the sign-in
 * time; lib/auth/session.ts checks all three against the database on every
 * request, so deactivation or a password change ends existing sessions.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/audit";
import { normalizeEmail } from "@/lib/features/auth/schemas";
import { timingDummyHash, verifyPassword } from "./password";
import { clientIp, isLoginRateLimited, recordLoginAttempt } from "./rate-limit";
import { SESSION_IDLE_TIMEOUT_S, SESSION_UPDATE_AGE_S } from "./session-policy";

declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
    authAt?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

/** Shown for unknown users, wrong passwords and inactive accounts alike. */
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

async function authorize(credentials: Partial<Record<string, unknown>>, request: Request) {
  const email = normalizeEmail(String(credentials.email ?? ""));
  const password = String(credentials.password ?? "");
  const ip = clientIp(request.headers);
  const db = getDb();

  if (await isLoginRateLimited(db, email, ip)) {
    await writeAudit(db, { action: "auth.sign_in_blocked", ip, meta: { email } });
    throw new RateLimited();
  }

  const user = email ? await db.user.findUnique({ where: { email } }) : null;
  const ok =
    user?.passwordHash && user.active && password
      ? await verifyPassword(user.passwordHash, password)
      : (await verifyPassword(await timingDummyHash(), password), false);

  await recordLoginAttempt(db, email, ip, ok);
  if (!ok || !user) {
    await writeAudit(db, { action: "auth.sign_in_failed", actorId: user?.id ?? null, ip, meta: { email } });
    throw new InvalidCredentials();
  }
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await writeAudit(db, { action: "auth.sign_in", actorId: user.id, entityType: "User", entityId: user.id, ip });
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_TIMEOUT_S, updateAge: SESSION_UPDATE_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Электронная почта" }, password: { label: "Пароль", type: "password" } },
      authorize,
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.authAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.uid = token.uid as string | undefined;
      session.sv = token.sv as number | undefined;
      session.authAt = token.authAt as number | undefined;
      return session;
    },
  },
});
