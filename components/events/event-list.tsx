import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { EVENT_COLUMNS, type EventColumnKey } from "@/lib/features/events/columns";
import type { listEvents } from "@/lib/features/events/queries";
import type { EventListQuery } from "@/lib/features/events/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";

type Data = Awaited<ReturnType<typeof listEvents>>;
type Event = Data["events"][number];

export function queryParams(query: EventListQuery): Record<string, string | undefined> {
  const { page: _page, ...rest } = query;
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
}

const NUMERIC = new Set<EventColumnKey>(["schools", "participants"]);

/** The cell of each column (headers and order come from EVENT_COLUMNS, shared with the export). */
const CELLS: Record<EventColumnKey, (e: Event) => React.ReactNode> = {
  date: (e) => formatDate(e.date),
  type: (e) => EVENT_TYPE_LABELS[e.type],
  topic: (e) => (
    <Link href={`/events/${e.id}`} className="font-medium text-brand-700 hover:underline">
      {e.topic}
    </Link>
  ),
  format: (e) => EVENT_FORMAT_LABELS[e.format],
  audience: (e) => EVENT_AUDIENCE_LABELS[e.audience],
  module: (e) => <span className="text-xs">{e.module?.title ?? "—"}</span>,
  project: (e) => e.project?.title ?? "—",
  schools: (e) => formatNumber(e._count.schools),
  participants: (e) => formatNumber(e.participants),
};

export function EventList({ data, query }: { data: Data; query: EventListQuery }) {
  if (data.events.length === 0) return <EmptyState title="Мероприятий не найдено">Измените период или условия отбора.</EmptyState>;
  return (
    <>
      <Table caption="Реестр мероприятий МНЦ">
        <thead>
          <tr>
            {EVENT_COLUMNS.map((c) => (
              <Th key={c.key} className={NUMERIC.has(c.key) ? "text-right" : undefined}>
                {c.header}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.events.map((e) => (
            <tr key={e.id}>
              {EVENT_COLUMNS.map((c) => (
                <Td key={c.key} className={NUMERIC.has(c.key) ? "text-right" : c.key === "date" ? "whitespace-nowrap" : c.key === "module" ? "max-w-xs" : undefined}>
                  {CELLS[c.key](e)}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={data.page} pages={data.pages} basePath="/events" params={queryParams(query)} />
    </>
  );
}
