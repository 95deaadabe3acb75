"use server";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/safe-action";
import { mutate } from "@/lib/actions/mutate";
import { scope } from "@/lib/auth/scope";
import { outOfScope } from "@/lib/errors";
import { markAllReadSchema, markReadSchema } from "./schemas";

/** Marks one of the actor's own notifications read; someone else's is a 404. */
export const markNotificationReadAction = actionClient
  .metadata({ name: "notification.read", permission: "profile:own" })
  .inputSchema(markReadSchema)
  .action(async ({ parsedInput, ctx: { actor } }) => {
    await mutate(actor, { name: "notification.read", permission: "profile:own" }, async (tx, audit) => {
      const item = await tx.notification.findFirst({
        where: { AND: [scope.notification(actor, "profile:own"), { id: parsedInput.notificationId }] },
        select: { id: true, readAt: true },
      });
      if (!item) throw outOfScope("Notification", parsedInput.notificationId);
      // Marking read twice is harmless: the first time stays.
      const readAt = item.readAt ?? new Date();
      if (!item.readAt) await tx.notification.updateMany({ where: { id: item.id, readAt: null }, data: { readAt } });
      await audit({ entityType: "Notification", entityId: item.id, before: { readAt: item.readAt }, after: { readAt } });
    });
    revalidatePath("/notifications");
    return { ok: true };
  });

/** Marks all of the actor's unread notifications read. */
export const markAllNotificationsReadAction = actionClient
  .metadata({ name: "notification.read_all", permission: "profile:own" })
  .inputSchema(markAllReadSchema)
  .action(async ({ ctx: { actor } }) => {
    const count = await mutate(actor, { name: "notification.read_all", permission: "profile:own" }, async (tx, audit) => {
      const result = await tx.notification.updateMany({
        where: { AND: [scope.notification(actor, "profile:own"), { readAt: null }] },
        data: { readAt: new Date() },
      });
      await audit({ entityType: "Notification", entityId: null, after: { marked: result.count } });
      return result.count;
    });
    revalidatePath("/notifications");
    return { count };
  });
