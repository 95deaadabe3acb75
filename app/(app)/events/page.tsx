import type { Metadata } from "next";
import Link from "next/link";
import { EventCalendar } from "@/components/events/event-calendar";
import { EventFilters } from "@/components/events/event-filters";
import { EventList, queryParams } from "@/components/events/event-list";
import { EventSummary } from "@/components/events/event-summary";
import { cn } from "@/components/ui/cn";
import { ExportLink } from "@/components/ui/export-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { formatMonthParam, monthOf, parseMonth } from "@/lib/domain/support/calendar";
import { getEventOptions, getEventSummary, listEvents, listEventsOfMonth, periodOf } from "@/lib/features/events/queries";
import { eventListQuerySchema } from "@/lib/features/events/schemas";
import { periodLabel } from "@/lib/features/support/period";
import { PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Мероприятия МНЦ" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = eventListQuerySchema.parse(await searchParams);
  const view = query.view ?? "list";
  const params = queryParams(query);
  const [options, summary] = await Promise.all([getEventOptions(actor), getEventSummary(actor, periodOf(query))]);
  const month = parseMonth(query.month) ?? monthOf(query.from ? new Date(`${query.from}T00:00:00Z`) : new Date());
  const toggle = (v: "list" | "calendar") => {
    const search = new URLSearchParams();
    for (const [k, value] of Object.entries(params)) if (value && k !== "view") search.set(k, value);
    if (v === "calendar") {
      search.set("view", "calendar");
      search.set("month", formatMonthParam(month));
    }
    return `/events${search.size ? `?${search.toString()}` : ""}`;
  };

  const list = view === "list" ? await listEvents(actor, query) : null;
  const monthEvents = view === "calendar" ? await listEventsOfMonth(actor, query, month) : null;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Мероприятия МНЦ"
        description="Реестр мероприятий муниципального наставнического центра: семинары, вебинары, видеоконференции, мастер-классы и другие."
        actions={
          <>
            <ExportLink path="/events/export" params={params} what="реестр мероприятий с выбранными фильтрами" />
            {can(actor, "event:manage") ? (
              <Link href="/events/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                Добавить мероприятие
              </Link>
            ) : null}
          </>
        }
      />
      <EventFilters query={query} options={options} />
      <nav aria-label="Вид реестра" className="flex gap-2 print:hidden">
        {(["list", "calendar"] as const).map((v) => (
          <Link
            key={v}
            href={toggle(v)}
            aria-current={view === v ? "page" : undefined}
            className={cn(
              "rounded-md border px-3 py-1.5 text-sm",
              view === v ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
            )}
          >
            {v === "list" ? "Список" : "Календарь"}
          </Link>
        ))}
      </nav>
      {list ? (
        <section aria-label="Список мероприятий" className="space-y-3">
          <p className="text-sm text-slate-600">Найдено: {plural(list.total, PLURALS.event)}</p>
          <EventList data={list} query={query} />
        </section>
      ) : null}
      {monthEvents ? <EventCalendar month={month} events={monthEvents} params={params} /> : null}
      <EventSummary summary={summary} periodLabel={periodLabel(query.from, query.to)} />
    </div>
  );
}
