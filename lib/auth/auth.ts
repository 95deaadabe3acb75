/**
 * Sign-in with next-auth v5: Credentials (email + password), JWT sessions.
 * The token carries the user id, the user's `sessionVersion` and the sign-in
 * time; lib/auth/session.ts checks all three against the database on every
 * request, so deactivation or a password change ends existing sessions.
 */
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { logger } from "@/lib/logger";
import { authorizeCredentials } from "./credentials";
import { isSessionExpired, SESSION_IDLE_TIMEOUT_S, SESSION_UPDATE_AGE_S } from "./session-policy";

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

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Failed sign-ins are expected and audited; an expired or forged session
  // cookie is routine (info, without the token); other auth errors are errors.
  logger: {
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      if (type === "CredentialsSignin") return;
      if (type === "JWTSessionError") {
        const reason = (error.cause as { err?: Error } | undefined)?.err?.message;
        return logger.info({ reason: reason ?? "invalid" }, "session cookie refused");
      }
      logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_TIMEOUT_S, updateAge: SESSION_UPDATE_AGE_S },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Электронная почта" }, password: { label: "Пароль", type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        // A new token at every sign-in: nothing of a cookie sent before is kept;
        // no name or e-mail in it (the database has them).
        return { sub: user.id, uid: user.id, sv: user.sessionVersion, authAt: Date.now() };
      }
      // Past the absolute timeout the token is not renewed: next-auth clears the cookie.
      if (isSessionExpired(token.authAt as number | undefined)) return null;
      return token;
    },
    // The session endpoint answers whoever holds a cookie that decrypts, even
    // one revoked by sign-out or deactivation (those are checked per request
    // against the database): it names nobody, so it gives no personal data away.
    session({ session, token }) {
      return {
        expires: session.expires,
        uid: token.uid as string | undefined,
        sv: token.sv as number | undefined,
        authAt: token.authAt as number | undefined,
      } as typeof session;
    },
  },
});
