import { Stat } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { getEventSummary } from "@/lib/features/events/queries";
import { EVENT_TYPE_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";

type Summary = Awaited<ReturnType<typeof getEventSummary>>;

function CountTable({ caption, head, rows }: { caption: string; head: string; rows: { key: string; title: string; count: number; participants: number }[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{head}</Th>
          <Th className="text-right">Мероприятий</Th>
          <Th className="text-right">Участников</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.length === 0 ? (
          <tr>
            <Td colSpan={3} className="text-slate-500">
              Нет мероприятий за период
            </Td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key}>
              {/* Long module titles break (hyphenated in Russian) so the numbers stay visible in a third of the page. */}
              <Td className="hyphens-auto wrap-anywhere">{r.title}</Td>
              <Td className="text-right">{formatNumber(r.count)}</Td>
              <Td className="text-right">{formatNumber(r.participants)}</Td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}

/** «Сводка»: counts by type, plan module and municipal project for the chosen period. */
export function EventSummary({ summary, periodLabel }: { summary: Summary; periodLabel: string }) {
  return (
    <section aria-labelledby="event-summary" className="space-y-3">
      <h2 id="event-summary" className="text-lg font-semibold">
        Сводка {periodLabel}
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Мероприятий" value={formatNumber(summary.total)} />
        <Stat label="Участников" value={formatNumber(summary.participants)} />
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        <CountTable
          caption="Мероприятия по видам"
          head="Вид мероприятия"
          rows={summary.byType.map((r) => ({ ...r, key: r.key, title: EVENT_TYPE_LABELS[r.key as keyof typeof EVENT_TYPE_LABELS] ?? r.key }))}
        />
        <CountTable caption="Мероприятия по модулям плана" head="Модуль плана" rows={summary.byModule.map((r) => ({ ...r, key: r.key ?? "none" }))} />
        <CountTable caption="Мероприятия по муниципальным проектам" head="Муниципальный проект" rows={summary.byProject.map((r) => ({ ...r, key: r.key ?? "none" }))} />
      </div>
    </section>
  );
}
