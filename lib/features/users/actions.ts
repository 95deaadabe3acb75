"use server";
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { scope } from "@/lib/auth/scope";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signOut } from "@/lib/auth/auth";
import { AppError, outOfScope } from "@/lib/errors";
import { changePasswordSchema } from "@/lib/features/auth/schemas";
import { setUserActiveSchema, setUserPasswordSchema } from "./schemas";

/**
 * Deactivating a user bumps their session version: their open sessions end
 * on the next request. Reactivation does not revive old sessions.
 */
export const setUserActiveAction = actionClient
  .metadata({ name: "user.set_active", permission: "user:manage" })
  .inputSchema(setUserActiveSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    if (parsedInput.userId === actor.userId && !parsedInput.active) {
      throw new AppError("VALIDATION", "Нельзя отключить собственную учётную запись.");
    }
    await mutate(actor, { name: parsedInput.active ? "user.activate" : "user.deactivate", permission: "user:manage" }, async (tx, audit) => {
      const user = await tx.user.findFirst({
        where: { AND: [scope.user(actor, "user:manage"), { id: parsedInput.userId }] },
        select: { id: true, active: true, version: true },
      });
      if (!user) throw outOfScope("User", parsedInput.userId);
      expectOneRow(
        await tx.user.updateMany({
          where: { id: user.id, version: parsedInput.version },
          data: { active: parsedInput.active, version: { increment: 1 }, ...(parsedInput.active ? {} : { sessionVersion: { increment: 1 } }) },
        }),
      );
      await audit({ entityType: "User", entityId: user.id, before: { active: user.active }, after: { active: parsedInput.active } });
    });
    revalidatePath("/admin/users");
    return { ok: true };
  });

/** Changing the password ends every session of the user, this one included. */
export const changePasswordAction = actionClient
  .metadata({ name: "user.change_password", permission: "profile:own" })
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    const passwordHash = await hashPassword(parsedInput.newPassword);
    await mutate(actor, { name: "user.change_password", permission: "profile:own" }, async (tx, audit) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true, version: true } });
      if (!user.passwordHash || !(await verifyPassword(user.passwordHash, parsedInput.currentPassword))) {
        returnValidationErrors(changePasswordSchema, { currentPassword: { _errors: ["Текущий пароль указан неверно"] } });
      }
      expectOneRow(
        await tx.user.updateMany({
          where: { id: actor.userId, version: user.version },
          data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
        }),
      );
      await audit({ entityType: "User", entityId: actor.userId });
    });
    await signOut({ redirectTo: "/login?changed=1" });
  });

/**
 * The administrator sets a password for another account (created by an
 * import without one, or whose owner forgot it). Ends that user's open
 * sessions; the password itself is never audited. One's own password is
 * changed in the profile, with the current one.
 */
export const setUserPasswordAction = actionClient
  .metadata({ name: "user.set_password", permission: "user:manage" })
  .inputSchema(setUserPasswordSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    if (parsedInput.userId === actor.userId) {
      throw new AppError("VALIDATION", "Свой пароль меняйте в профиле: там нужен текущий пароль.");
    }
    const passwordHash = await hashPassword(parsedInput.newPassword);
    await mutate(actor, { name: "user.set_password", permission: "user:manage" }, async (tx, audit) => {
      const user = await tx.user.findFirst({
        where: { AND: [scope.user(actor, "user:manage"), { id: parsedInput.userId }] },
        select: { id: true, passwordHash: true },
      });
      if (!user) throw outOfScope("User", parsedInput.userId);
      expectOneRow(
        await tx.user.updateMany({
          where: { id: user.id, version: parsedInput.version },
          data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
        }),
      );
      await audit({ entityType: "User", entityId: user.id, before: { hadPassword: !!user.passwordHash }, after: { hadPassword: true } });
    });
    revalidatePath("/admin/users");
    return { ok: true };
  });
