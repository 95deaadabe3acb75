import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { syncDeadlinesFor } from "@/lib/features/notifications/deadlines";
import { countUnread } from "@/lib/features/notifications/queries";

/** The bell in the header: a link to /notifications with the unread count (deadline reminders swept first). */
export async function NotificationBell({ actor }: { actor: Actor }) {
  await syncDeadlinesFor(actor);
  const unread = await countUnread(actor);
  return (
    <Link
      href="/notifications"
      aria-label={`Уведомления, непрочитанных: ${unread}`}
      className="relative inline-flex h-9 w-9 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100"
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold leading-5 text-white">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
