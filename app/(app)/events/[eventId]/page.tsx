import type { Metadata } from "next";
import Link from "next/link";
import { EventDeleteButton } from "@/components/events/event-delete-button";
import { Card } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getEventOrNotFound } from "@/lib/features/events/queries";
import { formatDateTime, formatLongDate } from "@/lib/i18n/dates";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Мероприятие МНЦ" };

export default async function EventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireActor();
  const event = await getEventOrNotFound(actor, eventId);
  const manage = can(actor, "event:manage");
  return (
    <div className="space-y-4">
      <p className="text-sm print:hidden">
        <Link href="/events" className="text-brand-700 hover:underline">
          ← Мероприятия МНЦ
        </Link>
      </p>
      <PageHeader
        title={event.topic}
        description={`${EVENT_TYPE_LABELS[event.type]} · ${formatLongDate(event.date)}`}
        actions={
          manage ? (
            <>
              <Link href={`/events/${event.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
                Изменить
              </Link>
              <EventDeleteButton event={{ id: event.id, version: event.version, topic: event.topic }} />
            </>
          ) : null
        }
      />
      <Card>
        <Details>
          <Detail label="Вид мероприятия">{EVENT_TYPE_LABELS[event.type]}</Detail>
          <Detail label="Дата">{formatLongDate(event.date)}</Detail>
          <Detail label="Формат">{EVENT_FORMAT_LABELS[event.format]}</Detail>
          <Detail label="Целевая аудитория">{EVENT_AUDIENCE_LABELS[event.audience]}</Detail>
          <Detail label="Число участников">{formatNumber(event.participants)}</Detail>
          <Detail label="Модуль плана">{event.module?.title ?? "Без модуля"}</Detail>
          <Detail label="Муниципальный проект">{event.project?.title ?? "Вне муниципальных проектов"}</Detail>
          <Detail label="Муниципалитет">{event.municipality.name}</Detail>
          <Detail label="Примечание">{event.notes}</Detail>
          <Detail label="Изменено">{formatDateTime(event.updatedAt)}</Detail>
        </Details>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Школы-участники</h2>
        {event.schools.length === 0 ? (
          <p className="text-sm text-slate-600">Школы не указаны.</p>
        ) : (
          <ul className="list-inside list-disc text-sm">
            {event.schools.map((s) => (
              <li key={s.id}>
                {s.shortName} <span className="text-slate-500">({s.code})</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
