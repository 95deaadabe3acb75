import Link from "next/link";
import { Stat } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { countConsultations } from "@/lib/features/consultations/queries";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { getEventCounts } from "@/lib/features/events/queries";
import { toDate } from "@/lib/features/support/fields";
import { EVENT_TYPE_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";

/** The coordinator's home: МНЦ events and МТКП consultations of the cycle year, with links. */
export async function CoordinatorSupport({ actor, cycle }: { actor: Actor; cycle: Pick<CurrentCycle, "year"> }) {
  const from = `${cycle.year}-01-01`;
  const to = `${cycle.year}-12-31`;
  const period = { from: toDate(from), to: toDate(to) };
  const [events, consultations] = await Promise.all([getEventCounts(actor, period), countConsultations(actor, period)]);
  if (!events && consultations === null) return null;
  return (
    <section aria-labelledby="coordinator-support" className="space-y-3">
      <h2 id="coordinator-support" className="text-lg font-semibold">
        МНЦ и МТКП в {cycle.year} году
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {events ? (
          <>
            <Stat label="Мероприятий МНЦ" value={formatNumber(events.total)} />
            <Stat label="Участников мероприятий" value={formatNumber(events.participants)} />
          </>
        ) : null}
        {consultations !== null ? <Stat label="Консультаций МТКП" value={formatNumber(consultations)} /> : null}
      </dl>
      {events && events.byType.length ? (
        <p className="text-sm text-slate-700">
          {events.byType.map((r) => `${EVENT_TYPE_LABELS[r.key as keyof typeof EVENT_TYPE_LABELS]} — ${formatNumber(r.count)}`).join("; ")}.
        </p>
      ) : null}
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/events?from=${from}&to=${to}`} className="font-medium text-brand-700 hover:underline">
          Мероприятия МНЦ →
        </Link>
        <Link href={`/consultations?from=${from}&to=${to}`} className="font-medium text-brand-700 hover:underline">
          Консультации МТКП →
        </Link>
      </p>
    </section>
  );
}
