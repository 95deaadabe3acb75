import Link from "next/link";
import { formatMonthParam, groupByDay, monthGrid, monthTitle, shiftMonth, WEEKDAY_LONG, WEEKDAY_SHORT, type Month } from "@/lib/domain/support/calendar";
import type { listEventsOfMonth } from "@/lib/features/events/queries";
import { EVENT_TYPE_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";
import { cn } from "@/components/ui/cn";

type Events = Awaited<ReturnType<typeof listEventsOfMonth>>;

/**
 * A month grid, Monday first. Every event is a link (Tab walks the month day
 * by day); prev/next month keep the other filters.
 */
export function EventCalendar({ month, events, params }: { month: Month; events: Events; params: Record<string, string | undefined> }) {
  const byDay = groupByDay(events);
  const href = (m: Month) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "month" && k !== "page") search.set(k, v);
    search.set("view", "calendar");
    search.set("month", formatMonthParam(m));
    return `/events?${search.toString()}`;
  };
  const title = monthTitle(month);
  return (
    <section aria-labelledby="calendar-title" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <Link href={href(shiftMonth(month, -1))} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
          ← {monthTitle(shiftMonth(month, -1))}
        </Link>
        <h2 id="calendar-title" className="text-lg font-semibold" aria-live="polite">
          {title} · {plural(events.length, PLURALS.event)}
        </h2>
        <Link href={href(shiftMonth(month, 1))} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
          {monthTitle(shiftMonth(month, 1))} →
        </Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="sr-only">Календарь мероприятий: {title}</caption>
          <thead>
            <tr>
              {WEEKDAY_SHORT.map((d, i) => (
                <th key={d} scope="col" className="bg-slate-50 px-2 py-1 text-left font-medium text-slate-700">
                  <abbr title={WEEKDAY_LONG[i]} className="no-underline">
                    {d}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(month).map((week) => (
              <tr key={week[0].iso}>
                {week.map((day) => {
                  const items = byDay.get(day.iso) ?? [];
                  return (
                    <td
                      key={day.iso}
                      className={cn("h-24 border border-slate-100 p-1 align-top", day.inMonth ? "" : "bg-slate-50 text-slate-600", day.weekday >= 5 && day.inMonth ? "bg-slate-50/50" : "")}
                    >
                      <div className="text-xs font-medium">
                        <time dateTime={day.iso}>{day.day}</time>
                      </div>
                      {items.length ? (
                        <ul className="mt-1 space-y-1">
                          {items.map((e) => (
                            <li key={e.id}>
                              <Link
                                href={`/events/${e.id}`}
                                className="block rounded bg-brand-50 px-1 py-0.5 text-xs text-brand-800 hover:bg-brand-100 focus:outline-2 focus:outline-brand-600"
                                title={e.topic}
                              >
                                <span className="font-medium">{EVENT_TYPE_LABELS[e.type]}</span>
                                <span className="line-clamp-2">{e.topic}</span>
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
