import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/notification-controls";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/session";
import type { NotificationKind } from "@/lib/db/generated/enums";
import { syncDeadlinesFor } from "@/lib/features/notifications/deadlines";
import { listNotifications } from "@/lib/features/notifications/queries";
import { notificationListQuerySchema } from "@/lib/features/notifications/schemas";
import { formatDateTime } from "@/lib/i18n/dates";
import { NOTIFICATION_KIND_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Уведомления" };

const TONES: Record<NotificationKind, BadgeTone> = {
  submitted: "info",
  returned: "warning",
  confirmed: "success",
  deadline_soon: "warning",
  overdue: "danger",
  info: "neutral",
};

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = notificationListQuerySchema.parse(await searchParams);
  await syncDeadlinesFor(actor);
  const data = await listNotifications(actor, query);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Уведомления"
        description={data.unread > 0 ? `Непрочитанных: ${data.unread}` : "Все уведомления прочитаны"}
        actions={data.unread > 0 ? <MarkAllReadButton /> : null}
      />
      <nav aria-label="Фильтр уведомлений" className="flex gap-3 text-sm">
        <Link href="/notifications" aria-current={!query.filter ? "page" : undefined} className={!query.filter ? "font-semibold text-brand-800" : "text-brand-700 hover:underline"}>
          Все
        </Link>
        <Link href="/notifications?filter=unread" aria-current={query.filter ? "page" : undefined} className={query.filter ? "font-semibold text-brand-800" : "text-brand-700 hover:underline"}>
          Непрочитанные
        </Link>
      </nav>
      {data.items.length === 0 ? (
        <EmptyState title={query.filter ? "Непрочитанных уведомлений нет" : "Уведомлений пока нет"}>
          Здесь появятся сообщения об отправке и проверке документов, сроках и назначениях.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Список уведомлений">
          {data.items.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 px-4 py-3 ${n.readAt ? "" : "bg-brand-50/40"}`}>
              <div className="space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={TONES[n.kind]}>{NOTIFICATION_KIND_LABELS[n.kind]}</Badge>
                  {n.readAt ? null : <span className="text-xs font-semibold text-brand-800">Новое</span>}
                  <time className="text-xs text-slate-500" dateTime={n.createdAt.toISOString()}>
                    {formatDateTime(n.createdAt)}
                  </time>
                </div>
                <p className={n.readAt ? "text-sm text-slate-700" : "text-sm font-medium text-slate-900"}>
                  {n.link ? (
                    <Link href={n.link} className="hover:underline">
                      {n.title}
                    </Link>
                  ) : (
                    n.title
                  )}
                </p>
                {n.body ? <p className="text-sm text-slate-600">{n.body}</p> : null}
              </div>
              {n.readAt ? null : <MarkReadButton notificationId={n.id} title={n.title} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} pages={data.pages} basePath="/notifications" params={{ filter: query.filter }} />
    </div>
  );
}
