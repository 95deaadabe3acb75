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

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // Failed sign-ins are expected and audited; only other auth errors are logged.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      logger.error({ err: error }, "auth error");
    },
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
