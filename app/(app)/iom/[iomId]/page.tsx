import type { Metadata } from "next";
import Link from "next/link";
import { ActivityForm, DeleteActivityButton } from "@/components/iom/activity-form";
import { EffectRadar } from "@/components/iom/effect-radar";
import { IomWorkflow } from "@/components/iom/iom-workflow";
import { ProgressForm } from "@/components/iom/progress-form";
import { ACTIVITY_STATUS_TONES, IOM_STATUS_TONES } from "@/components/iom/status-tones";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { COMPETENCIES } from "@/lib/domain/competency";
import { getIomOrNotFound } from "@/lib/features/iom/queries";
import { formatDate } from "@/lib/i18n/dates";
import { COMPETENCY_LABELS, EVENT_FORMAT_LABELS, IOM_ACTIVITY_KIND_LABELS, IOM_ACTIVITY_STATUS_LABELS, IOM_STATUS_LABELS } from "@/lib/i18n/labels";
import { formatNumber, formatPercent } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "ИОМ педагога" };

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatPercent(v));

export default async function IomPage({ params }: { params: Promise<{ iomId: string }> }) {
  const actor = await requireActor();
  const { iomId } = await params;
  const data = await getIomOrNotFound(actor, iomId);
  const { iom } = data;
  const editable = data.can.write && (iom.status === "draft" || iom.status === "returned");
  const loggable = data.can.write && iom.status === "approved";
  const radar = COMPETENCIES.map((c) => ({ competency: COMPETENCY_LABELS[c], entry: data.entry?.[c] ?? null, repeat: data.repeat?.[c] ?? null }));

  return (
    <div className="space-y-6">
      <PageHeader
        title={`ИОМ: ${iom.teacher.name}`}
        description={`${iom.school.shortName} · ${iom.cycle.title}`}
        actions={
          <Link href="/iom" className="text-sm text-brand-700 underline">
            Все маршруты
          </Link>
        }
      />
      <Card aria-labelledby="iom-state">
        <CardTitle id="iom-state">Состояние маршрута</CardTitle>
        <Details>
          <Detail label="Статус">
            <Badge tone={IOM_STATUS_TONES[iom.status]}>{IOM_STATUS_LABELS[iom.status]}</Badge>
          </Detail>
          <Detail label="Выполнение">{`${formatPercent(data.progress)} (${iom.activities.filter((a) => a.status === "done").length} из ${iom.activities.filter((a) => a.status !== "cancelled").length})`}</Detail>
          {iom.submittedAt ? <Detail label="Отправлен на утверждение">{formatDate(iom.submittedAt)}</Detail> : null}
          {iom.approvedAt ? (
            <Detail label="Утверждён">
              {formatDate(iom.approvedAt)}
              {iom.approvedBy ? `, ${iom.approvedBy.name}` : ""}
              {iom.approvalOrderNo ? ` (приказ № ${iom.approvalOrderNo}${iom.approvalOrderDate ? ` от ${formatDate(iom.approvalOrderDate)}` : ""})` : ""}
            </Detail>
          ) : null}
        </Details>
        {iom.status === "returned" && iom.returnComment ? (
          <Alert tone="error" className="mt-3">
            Возвращён на доработку: {iom.returnComment}
          </Alert>
        ) : null}
        <div className="mt-4">
          <IomWorkflow iomId={iom.id} version={iom.version} events={data.events} canWrite={data.can.write} canApprove={data.can.approve} />
        </div>
      </Card>

      <Card aria-labelledby="iom-deficits">
        <CardTitle id="iom-deficits">Профессиональные дефициты (входная диагностика)</CardTitle>
        {!data.entry ? (
          <p className="text-sm text-slate-600">Входная диагностика ещё не проведена.</p>
        ) : data.deficits.length === 0 ? (
          <p className="text-sm text-slate-600">Дефицитов нет: все компетенции на среднем или высоком уровне.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {data.deficits.map((d) => (
              <li key={d}>
                {COMPETENCY_LABELS[d]} компетенция — {formatPercent(data.entry![d])}{" "}
                {data.uncovered.includes(d) ? <Badge tone="danger">нет мероприятия</Badge> : <Badge tone="success">мероприятие запланировано</Badge>}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <section aria-labelledby="iom-activities" className="space-y-3">
        <h2 id="iom-activities" className="text-lg font-semibold">
          Мероприятия маршрута
        </h2>
        {iom.activities.length === 0 ? (
          <EmptyState title="Мероприятий пока нет">Для каждого дефицита нужно хотя бы одно мероприятие.</EmptyState>
        ) : (
          <ol className="space-y-3">
            {iom.activities.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-medium">{a.title}</p>
                    <p className="text-sm text-slate-600">
                      {IOM_ACTIVITY_KIND_LABELS[a.kind]} · {COMPETENCY_LABELS[a.competency]} компетенция
                      {a.format ? ` · ${EVENT_FORMAT_LABELS[a.format]}` : ""}
                      {a.hours ? ` · ${formatNumber(a.hours)} ч.` : ""}
                      {a.provider ? ` · ${a.provider}` : ""}
                    </p>
                    <p className="text-sm text-slate-600">
                      Сроки: {formatDate(a.plannedStart)} — {formatDate(a.plannedEnd)}
                      {a.completedOn ? ` · выполнено ${formatDate(a.completedOn)}` : ""}
                      {a.actualHours ? `, ${formatNumber(a.actualHours)} ч.` : ""}
                    </p>
                  </div>
                  <Badge tone={ACTIVITY_STATUS_TONES[a.status]}>{IOM_ACTIVITY_STATUS_LABELS[a.status]}</Badge>
                </div>
                {a.reflection ? <p className="mt-2 text-sm italic text-slate-700">{a.reflection}</p> : null}
                {a.evidence.length ? (
                  <ul className="mt-2 space-y-1 text-sm">
                    {a.evidence.map((e) => (
                      <li key={e.id}>
                        {e.kind === "file" && e.fileId ? (
                          <a className="text-brand-700 underline" href={`/api/files/${e.fileId}`}>
                            {e.title}
                          </a>
                        ) : (
                          <a className="text-brand-700 underline" href={e.url ?? "#"} rel="noreferrer noopener" target="_blank">
                            {e.title}
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {editable ? (
                  <div className="mt-3 flex flex-wrap gap-3">
                    <details className="w-full">
                      <summary className="cursor-pointer text-sm text-brand-700">Изменить мероприятие</summary>
                      <div className="mt-3">
                        <ActivityForm key={a.version} iomId={iom.id} iomVersion={iom.version} activity={a} />
                      </div>
                    </details>
                    <DeleteActivityButton iomId={iom.id} iomVersion={iom.version} activityId={a.id} title={a.title} />
                  </div>
                ) : null}
                {loggable ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm text-brand-700">Отметить выполнение</summary>
                    <div className="mt-3">
                      <ProgressForm key={a.version} activity={a} />
                    </div>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {editable ? (
          <Card aria-labelledby="add-activity">
            <CardTitle id="add-activity">Новое мероприятие</CardTitle>
            <ActivityForm key={iom.version} iomId={iom.id} iomVersion={iom.version} defaultCompetency={data.uncovered[0] ?? data.deficits[0]} />
          </Card>
        ) : null}
      </section>

      <Card aria-labelledby="iom-effect">
        <CardTitle id="iom-effect">Эффект: входная и повторная диагностика</CardTitle>
        {data.entry ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <EffectRadar data={radar} />
            <Table caption="Эффект маршрута по компетенциям, %">
              <thead>
                <tr>
                  <Th>Компетенция</Th>
                  <Th className="text-right">Входная</Th>
                  <Th className="text-right">Повторная</Th>
                  <Th className="text-right">Эффект</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {COMPETENCIES.map((c) => (
                  <tr key={c}>
                    <Td>{COMPETENCY_LABELS[c]}</Td>
                    <Td className="text-right">{pct(data.entry?.[c])}</Td>
                    <Td className="text-right">{pct(data.repeat?.[c])}</Td>
                    <Td className="text-right">{data.effect ? `${data.effect[c] > 0 ? "+" : ""}${formatNumber(data.effect[c])}` : "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        ) : (
          <p className="text-sm text-slate-600">Диагностика ещё не проведена.</p>
        )}
      </Card>
    </div>
  );
}
