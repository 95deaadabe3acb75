import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, type Prisma } from "@/lib/db/client";
import type { NotificationListQuery } from "./schemas";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The bell: how many of the actor's notifications are unread. Cached per request. */
export const countUnread = cache(async (actor: Actor) =>
  getDb().notification.count({ where: { AND: [scope.notification(actor, "profile:own"), { readAt: null }] } }),
);

/** The actor's own notifications, newest first. */
export async function listNotifications(actor: Actor, query: NotificationListQuery) {
  const where: Prisma.NotificationWhereInput = {
    AND: [scope.notification(actor, "profile:own"), query.filter === "unread" ? { readAt: null } : {}],
  };
  const page = query.page ?? 1;
  const db = getDb();
  const [total, unread, items] = await Promise.all([
    db.notification.count({ where }),
    countUnread(actor),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
  ]);
  return { total, unread, items, page, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}
