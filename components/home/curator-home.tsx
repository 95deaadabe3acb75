import Link from "next/link";
import { MeasureStatusBadge } from "@/components/measures/measure-status-badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { Actor } from "@/lib/auth/actor";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { getCuratorHome, getCuratorQueues } from "@/lib/features/home/queries";
import { formatDate } from "@/lib/i18n/dates";
import { DOCUMENT_KIND_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";
import { SchoolList } from "./school-list";

function Queue({ id, title, total, shown, empty, children }: { id: string; title: string; total: number; shown: number; empty: string; children: React.ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <CardTitle id={id} className="text-base">
        {title} <span className="font-normal text-slate-600">({total})</span>
      </CardTitle>
      {total === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <>
          <ul className="divide-y divide-slate-100 text-sm">{children}</ul>
          {total > shown ? <p className="mt-2 text-xs text-slate-500">Показаны первые {shown} из {total}.</p> : null}
        </>
      )}
    </Card>
  );
}

export async function CuratorHome({ actor, cycle }: { actor: Actor; cycle: CurrentCycle }) {
  const [rows, queues] = await Promise.all([getCuratorHome(actor, cycle), getCuratorQueues(actor, cycle)]);
  return (
    <section aria-labelledby="curator-home" className="space-y-4">
      <h2 id="curator-home" className="text-lg font-semibold">
        Мои школы в цикле {cycle.year} года
      </h2>
      <p className="flex flex-wrap gap-x-4 text-sm text-slate-600">
        <span>За вами закреплено: {plural(rows.length, PLURALS.school)}.</span>
        <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
          Показатели →
        </Link>
      </p>

      <div className="grid gap-4 lg:grid-cols-2">
        <Queue id="queue-profiles" title="Профили рисков на проверке" total={queues.profiles.total} shown={queues.profiles.items.length} empty="Профилей на проверке нет">
          {queues.profiles.items.map((p) => (
            <li key={p.id} className="py-2">
              <Link href={`/schools/${p.cycleSchool.school.code}/diagnosis`} className="font-medium text-brand-700 hover:underline">
                {p.cycleSchool.school.shortName}
              </Link>{" "}
              <span className="text-slate-500">отправлен {formatDate(p.submittedAt)}</span>
            </li>
          ))}
        </Queue>
        <Queue id="queue-documents" title="Документы на экспертизе" total={queues.documents.total} shown={queues.documents.items.length} empty="Документов на экспертизе нет">
          {queues.documents.items.map((d) => (
            <li key={d.id} className="py-2">
              <Link href={`/schools/${d.cycleSchool.school.code}/documents/${d.id}`} className="font-medium text-brand-700 hover:underline">
                {DOCUMENT_KIND_LABELS[d.kind]}: {d.title}
              </Link>
              <div className="text-slate-500">
                {d.cycleSchool.school.shortName} · отправлен {formatDate(d.submittedAt)}
              </div>
            </li>
          ))}
        </Queue>
        <Queue id="queue-done" title="Мероприятия ждут подтверждения" total={queues.done.total} shown={queues.done.items.length} empty="Нет выполненных мероприятий, ожидающих подтверждения">
          {queues.done.items.map((m) => (
            <li key={m.id} className="py-2">
              <Link href={`/schools/${m.document.cycleSchool.school.code}/measures/${m.id}`} className="font-medium text-brand-700 hover:underline">
                {m.title}
              </Link>
              <div className="text-slate-500">
                {m.document.cycleSchool.school.shortName} · выполнено {formatDate(m.completedAt)}
              </div>
            </li>
          ))}
        </Queue>
        <Queue id="queue-overdue" title="Просроченные мероприятия" total={queues.overdue.total} shown={queues.overdue.items.length} empty="Просроченных мероприятий нет">
          {queues.overdue.items.map((m) => (
            <li key={m.id} className="py-2">
              <Link href={`/schools/${m.document.cycleSchool.school.code}/measures/${m.id}`} className="font-medium text-brand-700 hover:underline">
                {m.title}
              </Link>
              <div className="flex flex-wrap items-center gap-2 text-slate-500">
                {m.document.cycleSchool.school.shortName} · срок <span className="font-medium text-red-800">{formatDate(m.deadline)}</span>
                <MeasureStatusBadge status={m.status} />
              </div>
            </li>
          ))}
        </Queue>
      </div>

      <SchoolList rows={rows} caption="Школы, закреплённые за куратором" showCurator={false} />
    </section>
  );
}
