"use server";
import { signOut } from "@/lib/auth/auth";
import { getActor } from "@/lib/auth/session";
import { registerPublicAction } from "@/lib/actions/safe-action";
import { mutate } from "@/lib/actions/mutate";

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

registerPublicAction(signOutAction);
