import type { Metadata } from "next";
import Link from "next/link";
import { CycleForm } from "@/components/cycles/cycle-form";
import { CycleStageControls } from "@/components/cycles/cycle-stage-controls";
import { CycleTabs } from "@/components/cycles/cycle-tabs";
import { HistoryList } from "@/components/history/history-list";
import { NextCyclePanel } from "@/components/report/next-cycle-panel";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { CYCLE_EVENTS, DEADLINE_FIELDS, DEADLINE_LABELS, daysUntil } from "@/lib/domain/cycles/deadlines";
import { joinTaskLines } from "@/lib/domain/cycles/tasks";
import { availableEvents, cycleMachine } from "@/lib/domain/workflow";
import { getCycleOrNotFound } from "@/lib/features/cycles/queries";
import { previewNextCycle } from "@/lib/features/next-cycle/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import { CYCLE_STATUS_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Цикл дорожной карты" };

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function CyclePage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  const actor = await requireActor();
  const cycle = await getCycleOrNotFound(actor, cycleId);
  const editable = can(actor, "cycle:manage") && cycle.status !== "closed";
  const events = can(actor, "cycle:manage") ? availableEvents(cycleMachine, cycle.status).filter((e) => CYCLE_EVENTS.includes(e)) : [];
  const now = new Date();
  // Only for a cycle whose report is approved (null otherwise).
  const nextCycle = can(actor, "cycle:manage") ? await previewNextCycle(actor, cycle.id) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Цикл ${cycle.year} года`}
        description={cycle.title}
        actions={<Badge tone={cycle.status === "closed" ? "neutral" : "info"}>{CYCLE_STATUS_LABELS[cycle.status]}</Badge>}
      />
      <CycleTabs actor={actor} cycleId={cycle.id} current="" />
      {cycle.status === "closed" ? <Alert>Цикл закрыт {formatDateTime(cycle.closedAt)} и доступен только для чтения.</Alert> : null}
      <Card>
        <CardTitle>Этап цикла</CardTitle>
        <p className="mb-3 text-sm text-slate-700">
          Сейчас: <strong>{CYCLE_STATUS_LABELS[cycle.status]}</strong>.
        </p>
        <CycleStageControls cycleId={cycle.id} version={cycle.version} events={events} />
      </Card>
      {nextCycle ? <NextCyclePanel cycleId={cycle.id} preview={nextCycle} /> : null}
      <Card>
        <CardTitle>Сведения</CardTitle>
        <Details>
          <Detail label="Муниципалитет">{cycle.municipality.name}</Detail>
          <Detail label="Приказ об утверждении">{cycle.orderNumber ? `№ ${cycle.orderNumber} от ${formatDate(cycle.orderDate)}` : "не указан"}</Detail>
          <Detail label="Предыдущий цикл">
            {cycle.previousCycle ? <Link className="text-brand-700 hover:underline" href={`/cycles/${cycle.previousCycle.id}`}>{cycle.previousCycle.year}</Link> : "—"}
          </Detail>
          <Detail label="Следующий цикл">
            {cycle.nextCycle ? <Link className="text-brand-700 hover:underline" href={`/cycles/${cycle.nextCycle.id}`}>{cycle.nextCycle.year}</Link> : "—"}
          </Detail>
        </Details>
      </Card>
      <Card aria-labelledby="cycle-tasks">
        <CardTitle id="cycle-tasks">Задачи дорожной карты</CardTitle>
        {cycle.tasks.length === 0 ? (
          <p className="text-sm text-slate-600">
            Задачи не указаны.{editable ? " Их можно добавить в настройках цикла ниже, по одной на строку." : ""}
          </p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-800">
            {cycle.tasks.map((task, i) => (
              <li key={i}>{task}</li>
            ))}
          </ol>
        )}
      </Card>
      <Table caption="Сроки этапов">
        <thead>
          <tr>
            <Th>Этап</Th>
            <Th>Срок</Th>
            <Th>Осталось</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {DEADLINE_FIELDS.map((field) => {
            const date = cycle[field];
            const days = date ? daysUntil(date, now) : null;
            return (
              <tr key={field}>
                <Td>{DEADLINE_LABELS[field]}</Td>
                <Td>{formatDate(date)}</Td>
                <Td>{days === null || cycle.status === "closed" ? "—" : days < 0 ? "срок прошёл" : days === 0 ? "сегодня" : `${days} дн.`}</Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {editable ? (
        <Card>
          <CardTitle>Настройки цикла</CardTitle>
          <CycleForm
            municipalities={[]}
            cycle={{ id: cycle.id, version: cycle.version }}
            defaults={{
              year: String(cycle.year),
              title: cycle.title,
              orderNumber: cycle.orderNumber ?? "",
              orderDate: iso(cycle.orderDate),
              tasks: joinTaskLines(cycle.tasks),
              ...(Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, iso(cycle[f])])) as Record<(typeof DEADLINE_FIELDS)[number], string>),
            }}
          />
        </Card>
      ) : null}
      <HistoryList entityType="Cycle" entityId={cycle.id} />
    </div>
  );
}
