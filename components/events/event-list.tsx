import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { listEvents } from "@/lib/features/events/queries";
import type { EventListQuery } from "@/lib/features/events/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";

type Data = Awaited<ReturnType<typeof listEvents>>;

export function queryParams(query: EventListQuery): Record<string, string | undefined> {
  const { page: _page, ...rest } = query;
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
}

export function EventList({ data, query }: { data: Data; query: EventListQuery }) {
  if (data.events.length === 0) return <EmptyState title="Мероприятий не найдено">Измените период или условия отбора.</EmptyState>;
  return (
    <>
      <Table caption="Реестр мероприятий МНЦ">
        <thead>
          <tr>
            <Th>Дата</Th>
            <Th>Вид</Th>
            <Th>Тема</Th>
            <Th>Формат и аудитория</Th>
            <Th>Модуль плана / проект</Th>
            <Th className="text-right">Школ</Th>
            <Th className="text-right">Участников</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.events.map((e) => (
            <tr key={e.id}>
              <Td className="whitespace-nowrap">{formatDate(e.date)}</Td>
              <Td>{EVENT_TYPE_LABELS[e.type]}</Td>
              <Td>
                <Link href={`/events/${e.id}`} className="font-medium text-brand-700 hover:underline">
                  {e.topic}
                </Link>
              </Td>
              <Td>
                {EVENT_FORMAT_LABELS[e.format]}
                <div className="text-xs text-slate-500">{EVENT_AUDIENCE_LABELS[e.audience]}</div>
              </Td>
              <Td className="max-w-xs">
                <div className="text-xs">{e.module?.title ?? "—"}</div>
                {e.project ? <Badge tone="info">{e.project.title}</Badge> : null}
              </Td>
              <Td className="text-right">{formatNumber(e._count.schools)}</Td>
              <Td className="text-right">{formatNumber(e.participants)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={data.page} pages={data.pages} basePath="/events" params={queryParams(query)} />
    </>
  );
}
