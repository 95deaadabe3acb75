import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { barChartHeight } from "@/components/charts/size";
import { ChartFigure } from "@/components/charts/chart-figure";
import { formatValue } from "@/components/charts/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { shareOf } from "@/lib/domain/dashboard";
import { getCuratorSchools, type DashboardCycle } from "@/lib/features/dashboard/queries";
import { RISK_PROFILE_STATUS_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";
import { FigureSlot, NoData, numCell } from "./figure-parts";

const TITLE = "Мои школы рядом";

/** A chart's own small heading inside the figure (the table carries the numbers for assistive technology). */
function ChartLabel({ children }: { children: React.ReactNode }) {
  return (
    <p aria-hidden="true" className="mb-1 text-sm font-medium text-slate-700">
      {children}
    </p>
  );
}

async function CuratorSchoolsFigure({ actor, cycle }: { actor: Actor; cycle: DashboardCycle }) {
  const schools = await getCuratorSchools(actor, cycle.id);
  if (schools.length === 0) {
    return <ChartFigure title={TITLE} alternative={<NoData>В цикле {cycle.year} года за вами не закреплены школы.</NoData>} />;
  }
  const data = schools.map((s) => ({
    school: s.shortName,
    percentDone: s.percentDone,
    documents: shareOf(s.documentsConfirmed, s.documentsTotal),
    overdue: s.overdue,
  }));
  return (
    <ChartFigure
      title={TITLE}
      description="Выполнение мероприятий, подтверждённые документы и просрочки закреплённых за вами школ."
      layout="below"
      chart={
        <div className="grid gap-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div>
            <ChartLabel>Выполнено мероприятий и подтверждено документов, %</ChartLabel>
            <BarChart
              data={data}
              categoryKey="school"
              series={[
                { key: "percentDone", name: "Мероприятия выполнены, %" },
                { key: "documents", name: "Документы подтверждены, %" },
              ]}
              format="percent"
              layout="vertical"
              domain={[0, 100]}
            />
          </div>
          <div>
            <ChartLabel>Просроченных мероприятий</ChartLabel>
            <BarChart data={data} categoryKey="school" series={[{ key: "overdue", name: "Просрочено", color: "#D55E00" }]} layout="vertical" />
          </div>
        </div>
      }
      alternative={
        <Table caption={TITLE}>
          <thead>
            <tr>
              <Th>Школа</Th>
              <Th>Рисковый профиль</Th>
              <Th className={numCell}>Мероприятия выполнены</Th>
              <Th className={numCell}>Просрочено</Th>
              <Th className={numCell}>Документы подтверждены</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {schools.map((s) => (
              <tr key={s.code}>
                <Td>
                  <Link href={`/schools/${s.code}/roadmap?cycle=${cycle.id}`} className="text-brand-700 hover:underline">
                    {s.shortName}
                  </Link>
                </Td>
                <Td>{s.riskProfileStatus ? RISK_PROFILE_STATUS_LABELS[s.riskProfileStatus] : "Не начат"}</Td>
                <Td className={numCell}>{s.measures ? `${formatNumber(s.done)} из ${formatNumber(s.measures)} (${formatValue(s.percentDone, "percent")})` : "мероприятий нет"}</Td>
                <Td className={numCell}>{formatNumber(s.overdue)}</Td>
                <Td className={numCell}>{s.documentsTotal ? `${formatNumber(s.documentsConfirmed)} из ${formatNumber(s.documentsTotal)}` : "документов нет"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      }
    />
  );
}

/** The curator's dashboard: their paired schools of the cycle side by side. */
export function CuratorDashboard({ actor, cycle }: { actor: Actor; cycle: DashboardCycle }) {
  return (
    <section aria-labelledby="dashboard-curator" className="space-y-4">
      <h2 id="dashboard-curator" className="text-lg font-semibold">
        Куратор: мои школы в цикле {cycle.year} года
      </h2>
      <FigureSlot title={TITLE} height={barChartHeight(3, 2) + 160}>
        <CuratorSchoolsFigure actor={actor} cycle={cycle} />
      </FigureSlot>
    </section>
  );
}
