import Link from "next/link";
import { LEVEL_TONES } from "@/components/diagnostics/level-tones";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { COMPETENCIES, levelOf } from "@/lib/domain/competency";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { getTeacherHome } from "@/lib/features/home/queries";
import { formatDate } from "@/lib/i18n/dates";
import { COMPETENCY_LABELS, COMPETENCY_LEVEL_LABELS, IOM_ACTIVITY_KIND_LABELS, IOM_STATUS_LABELS } from "@/lib/i18n/labels";
import { formatNumber, formatPercent } from "@/lib/i18n/plural";

export async function TeacherHome({ actor, cycle }: { actor: Actor; cycle: CurrentCycle | null }) {
  const { diagnostics, iom, deficits, thresholds, consultations } = await getTeacherHome(actor, cycle);
  const entry = diagnostics.find((d) => d.kind === "entry");
  const repeat = diagnostics.find((d) => d.kind === "repeat");
  const latest = repeat ?? entry;
  const done = iom?.activities.filter((a) => a.status === "done").length ?? 0;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card aria-labelledby="my-diagnostics">
        <CardTitle id="my-diagnostics">Моя диагностика компетенций</CardTitle>
        {diagnostics.length === 0 ? (
          <EmptyState title="Диагностика ещё не проводилась" />
        ) : (
          <>
            <Table caption="Уровень сформированности профессиональных компетенций, %">
              <thead>
                <tr>
                  <Th>Компетенция</Th>
                  <Th className="text-right">Входная{entry ? `, ${formatDate(entry.date)}` : ""}</Th>
                  <Th className="text-right">Повторная{repeat ? `, ${formatDate(repeat.date)}` : ""}</Th>
                  <Th>Уровень</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {COMPETENCIES.map((key) => {
                  const level = latest ? levelOf(Number(latest[key]), thresholds) : null;
                  return (
                    <tr key={key}>
                      <Td>{COMPETENCY_LABELS[key]}</Td>
                      <Td className="text-right">{entry ? `${formatNumber(Number(entry[key]))} %` : "—"}</Td>
                      <Td className="text-right">{repeat ? `${formatNumber(Number(repeat[key]))} %` : "—"}</Td>
                      <Td>{level ? <Badge tone={LEVEL_TONES[level]}>{COMPETENCY_LEVEL_LABELS[level]}</Badge> : "—"}</Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            <p className="mt-2 text-sm text-slate-700">
              Профессиональные дефициты (входная диагностика):{" "}
              <strong>{deficits.length ? deficits.map((d) => COMPETENCY_LABELS[d]).join(", ") : "нет"}</strong>
            </p>
          </>
        )}
      </Card>
      <Card aria-labelledby="my-iom">
        <CardTitle id="my-iom">Мой индивидуальный образовательный маршрут</CardTitle>
        {iom ? (
          <div className="space-y-3">
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="inline text-slate-500">Статус: </dt>
                <dd className="inline font-medium">
                  {IOM_STATUS_LABELS[iom.status]}
                  {iom.approvedAt ? ` ${formatDate(iom.approvedAt)}` : ""}
                </dd>
              </div>
              <div>
                <dt className="inline text-slate-500">Выполнено мероприятий: </dt>
                <dd className="inline font-medium">
                  {done} из {iom.activities.length} ({formatPercent(iom.progress)})
                </dd>
              </div>
            </dl>
            <div role="progressbar" aria-label="Выполнение маршрута" aria-valuenow={iom.progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-full rounded bg-slate-200">
              <div className="h-2 rounded bg-emerald-600" style={{ width: `${iom.progress}%` }} />
            </div>
            {iom.next.length ? (
              <div>
                <h3 className="text-sm font-medium">Ближайшие мероприятия</h3>
                <ul className="mt-1 space-y-1 text-sm">
                  {iom.next.map((a) => (
                    <li key={a.id}>
                      {formatDate(a.plannedStart)} — {a.title} <span className="text-slate-500">({IOM_ACTIVITY_KIND_LABELS[a.kind]})</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <Link href={`/iom/${iom.id}`} className="text-sm font-medium text-brand-700 underline">
              Открыть маршрут
            </Link>
          </div>
        ) : (
          <EmptyState title="ИОМ ещё не составлен">
            <Link href="/iom" className="text-brand-700 underline">
              Составить маршрут
            </Link>
          </EmptyState>
        )}
      </Card>
      <Card aria-labelledby="my-consultations" className="lg:col-span-2">
        <CardTitle id="my-consultations">Мои консультации</CardTitle>
        {consultations.length === 0 ? (
          <EmptyState title="Консультаций пока не было" />
        ) : (
          <Table caption="Мои консультации тьютора">
            <thead>
              <tr>
                <Th>Дата</Th>
                <Th>Тьютор</Th>
                <Th>Предмет</Th>
                <Th>Договорённости</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {consultations.map((c) => (
                <tr key={c.id}>
                  <Td>{formatDate(c.date)}</Td>
                  <Td>{c.tutor.name}</Td>
                  <Td>{c.subject.name}</Td>
                  <Td>{c.nextSteps ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
