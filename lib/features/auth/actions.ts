"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "@/lib/auth/auth";
import { getActor } from "@/lib/auth/session";
import { publicActionClient } from "@/lib/actions/safe-action";
import { mutate } from "@/lib/actions/mutate";
import { SIGN_IN_MESSAGES, signInSchema } from "./schemas";

/** Sign-in runs before there is an actor, so it uses the public client. */
export const signInAction = publicActionClient.inputSchema(signInSchema).action(async ({ parsedInput }) => {
  try {
    await signIn("credentials", { email: parsedInput.email, password: parsedInput.password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code === "rate_limited" ? "rate_limited" : "invalid";
      return { error: SIGN_IN_MESSAGES[code] };
    }
    throw error; // the redirect after a successful sign-in
  }
  return {};
});

/**
 * Sign-out ends the session everywhere: a JWT cannot be revoked one by one,
 * so the user's session version moves on and every copy of the old cookie
 * stops working (see docs/decisions/003-auth.md). Not built on the action
 * client: signing out must also work from a page whose session already ended.
 */
export async function signOutAction() {
  const actor = await getActor();
  if (actor) {
    await mutate(actor, { name: "auth.sign_out", permission: "profile:own" }, async (tx, audit) => {
      await tx.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
      await audit({ entityType: "User", entityId: actor.userId });
    });
  }
  await signOut({ redirectTo: "/login" });
}
