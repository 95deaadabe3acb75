import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { getTeacherHome } from "@/lib/features/home/queries";
import { formatDate } from "@/lib/i18n/dates";
import { COMPETENCY_LABELS, IOM_STATUS_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";

const COMPETENCIES = Object.keys(COMPETENCY_LABELS) as (keyof typeof COMPETENCY_LABELS)[];

export async function TeacherHome({ actor, cycle }: { actor: Actor; cycle: CurrentCycle | null }) {
  const { diagnostics, iom } = await getTeacherHome(actor, cycle);
  const entry = diagnostics.find((d) => d.kind === "entry");
  const repeat = diagnostics.find((d) => d.kind === "repeat");
  const done = iom?.activities.filter((a) => a.status === "done").length ?? 0;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card aria-labelledby="my-diagnostics">
        <CardTitle id="my-diagnostics">Моя диагностика компетенций</CardTitle>
        {diagnostics.length === 0 ? (
          <EmptyState title="Диагностика ещё не проводилась" />
        ) : (
          <Table caption="Уровень сформированности профессиональных компетенций, %">
            <thead>
              <tr>
                <Th>Компетенция</Th>
                <Th className="text-right">Входная{entry ? `, ${formatDate(entry.date)}` : ""}</Th>
                <Th className="text-right">Повторная{repeat ? `, ${formatDate(repeat.date)}` : ""}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {COMPETENCIES.map((key) => (
                <tr key={key}>
                  <Td>{COMPETENCY_LABELS[key]}</Td>
                  <Td className="text-right">{entry ? `${formatNumber(Number(entry[key]))} %` : "—"}</Td>
                  <Td className="text-right">{repeat ? `${formatNumber(Number(repeat[key]))} %` : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <Card aria-labelledby="my-iom">
        <CardTitle id="my-iom">Мой индивидуальный образовательный маршрут</CardTitle>
        {iom ? (
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
                {done} из {iom.activities.length}
              </dd>
            </div>
          </dl>
        ) : (
          <EmptyState title="ИОМ ещё не составлен" />
        )}
      </Card>
    </div>
  );
}
