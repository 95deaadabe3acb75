/**
 * Sign-in from the plain HTML form of /login (decision 070): the same zod
 * schema and messages as before, then next-auth's `signIn` with the
 * credentials provider, whose `authorize` applies the rate limits and writes
 * the audit rows (lib/auth/credentials.ts). Sets the session cookie through
 * next/headers on success.
 */
import "server-only";
import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { SIGN_IN_MESSAGES, signInSchema } from "./schemas";
import type { SignInPageState } from "./sign-in-page";

/**
 * A refused attempt is answered with the form again, status 200 like the
 * server action before it: the page is the answer, and the same status for
 * every outcome tells an attacker nothing the message does not.
 */
export type SignInOutcome = { ok: true } | { ok: false; state: SignInPageState };

export async function signInWithForm(form: FormData): Promise<SignInOutcome> {
  const raw = { email: form.get("email"), password: form.get("password") };
  const email = typeof raw.email === "string" ? raw.email : "";
  const parsed = signInSchema.safeParse({ email, password: typeof raw.password === "string" ? raw.password : "" });
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { ok: false, state: { email, fieldErrors: { email: fieldErrors.email, password: fieldErrors.password } } };
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const rateLimited = (error as AuthError & { code?: string }).code === "rate_limited";
      return { ok: false, state: { email, error: SIGN_IN_MESSAGES[rateLimited ? "rate_limited" : "invalid"] } };
    }
    throw error;
  }
  return { ok: true };
}
