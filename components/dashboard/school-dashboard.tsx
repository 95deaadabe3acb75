import { BarChart } from "@/components/charts/bar-chart";
import { barChartHeight } from "@/components/charts/size";
import { ChartFigure } from "@/components/charts/chart-figure";
import { formatValue, type ValueFormat } from "@/components/charts/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { formatMetric, type MetricSpec } from "@/lib/domain/results";
import { COUNTER_LABELS, type CounterKey } from "@/lib/domain/measures";
import { getSchoolResultsVsMunicipality, getSchoolRoadmapProgress, type DashboardCycle } from "@/lib/features/dashboard/queries";
import { sectionStatusLabel } from "@/lib/features/roadmap/columns";
import { EXAM_KIND_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";
import { DetailsLink, FigureSlot, NoData, numCell } from "./figure-parts";

type Props = { actor: Actor; cycle: DashboardCycle; school: { id: string; code: string; shortName: string } };

const STATUS_KEYS = ["planned", "inProgress", "done", "notDone", "needsRevision"] as const satisfies readonly CounterKey[];

/** Stacked segments carry white values: dark tones that keep them readable, each status its own hue. */
const STATUS_COLORS: Record<(typeof STATUS_KEYS)[number], string> = {
  planned: "#475569",
  inProgress: "#0072B2",
  done: "#047857",
  notDone: "#B91C1C",
  needsRevision: "#92400E",
};

const roadmapTitle = (school: string) => `Дорожная карта по разделам — ${school}`;

async function RoadmapProgressFigure({ actor, cycle, school }: Props) {
  const title = roadmapTitle(school.shortName);
  const progress = await getSchoolRoadmapProgress(actor, cycle.id, school.id);
  if (!progress) return <ChartFigure title={title} alternative={<NoData>Школа не входит в списки цикла {cycle.year} года.</NoData>} />;
  const withMeasures = progress.sections.filter((s) => s.total > 0);
  const link = <DetailsLink href={`/schools/${school.code}/roadmap?cycle=${cycle.id}`}>Дорожная карта школы</DetailsLink>;
  if (withMeasures.length === 0) {
    return (
      <ChartFigure
        title={title}
        alternative={
          <>
            <NoData>В программах школы ещё нет мероприятий.</NoData>
            {link}
          </>
        }
      />
    );
  }
  const data = withMeasures.map((s) => ({ section: s.label, ...Object.fromEntries(STATUS_KEYS.map((k) => [k, s.counters[k]])) }));
  const series = STATUS_KEYS.map((k) => ({ key: k, name: COUNTER_LABELS[k], color: STATUS_COLORS[k], stackId: "status" }));
  return (
    <ChartFigure
      title={title}
      description="Мероприятия каждого раздела по статусам: программа развития и антирисковые программы по факторам риска."
      layout="below"
      chart={<BarChart data={data} categoryKey="section" series={series} layout="vertical" />}
      alternative={
        <>
          <Table caption={title} scrollable>
            <thead>
              <tr>
                <Th>Раздел</Th>
                <Th>Статус раздела</Th>
                {STATUS_KEYS.map((k) => (
                  <Th key={k} className={numCell}>
                    {COUNTER_LABELS[k]}
                  </Th>
                ))}
                <Th className={numCell}>Всего</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {progress.sections.map((s) => (
                <tr key={s.key}>
                  <Td className="min-w-56">
                    <span className="block text-xs text-slate-600">{s.label}</span>
                    {s.title}
                  </Td>
                  <Td>{sectionStatusLabel(s)}</Td>
                  {STATUS_KEYS.map((k) => (
                    <Td key={k} className={numCell}>
                      {formatNumber(s.counters[k])}
                    </Td>
                  ))}
                  <Td className={numCell}>{formatNumber(s.total)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {link}
        </>
      }
    />
  );
}

const resultsTitle = (school: string) => `Результаты и среднее по муниципалитету — ${school}`;

const formatOf = (spec: MetricSpec): ValueFormat => (spec.percent ? "percent" : spec.digits === 2 ? "mark" : "number");
const domainOf = (spec: MetricSpec): [number, number] => (spec.digits === 2 ? [0, 5] : [0, 100]);
const signed = (spec: MetricSpec, v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${formatMetric({ ...spec, percent: false }, v)}${spec.percent ? "\u00a0п.\u00a0п." : ""}`);

async function ResultsFigure({ actor, cycle, school }: Props) {
  const title = resultsTitle(school.shortName);
  const data = await getSchoolResultsVsMunicipality(actor, cycle.id, school.id);
  const link = <DetailsLink href={`/schools/${school.code}/results`}>Результаты школы по годам</DetailsLink>;
  if (!data || data.groups.length === 0) {
    return (
      <ChartFigure
        title={title}
        alternative={
          <>
            <NoData>Результатов оценочных процедур школы пока нет.</NoData>
            {link}
          </>
        }
      />
    );
  }
  const series = [
    { key: "school", name: school.shortName, color: "#0072B2" },
    { key: "municipality", name: "Среднее по муниципалитету", color: "#6b7280" },
  ];
  return (
    <ChartFigure
      title={title}
      description="Главный показатель каждой оценочной процедуры в последнем году с результатами: средний балл ЕГЭ, средняя отметка ОГЭ, качество знаний ВПР."
      layout="below"
      chart={
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {data.groups.map((g) => (
            <div key={g.exam}>
              <p aria-hidden="true" className="mb-1 text-sm font-medium text-slate-700">
                {EXAM_KIND_LABELS[g.exam]} — {g.spec.phrase}
              </p>
              <BarChart
                data={g.rows.map((r) => ({ subject: r.label, school: r.school, municipality: r.municipality }))}
                categoryKey="subject"
                series={series}
                format={formatOf(g.spec)}
                layout="vertical"
                domain={domainOf(g.spec)}
              />
            </div>
          ))}
        </div>
      }
      alternative={
        <>
          <Table caption={title} scrollable>
            <thead>
              <tr>
                <Th>Процедура и предмет</Th>
                <Th className={numCell}>Школа</Th>
                <Th className={numCell}>Муниципалитет</Th>
                <Th className={numCell}>Разница</Th>
                <Th>Сравнение</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.groups.flatMap((g) =>
                g.rows.map((r) => (
                  <tr key={r.key}>
                    <Td>
                      {r.title}
                      <span className="block text-xs text-slate-600">
                        {g.spec.phrase}, {r.year}
                      </span>
                    </Td>
                    <Td className={numCell}>{formatValue(r.school, formatOf(g.spec))}</Td>
                    <Td className={numCell}>{formatValue(r.municipality, formatOf(g.spec))}</Td>
                    <Td className={numCell}>{signed(g.spec, r.difference)}</Td>
                    <Td>{r.worse === null ? "—" : r.worse ? "хуже среднего" : "не хуже среднего"}</Td>
                  </tr>
                )),
              )}
            </tbody>
          </Table>
          {link}
        </>
      }
    />
  );
}

/** A school team's dashboard: the roadmap's progress and the results against the municipality. */
export function SchoolDashboard(props: Props) {
  const { school } = props;
  return (
    <section aria-labelledby={`dashboard-school-${school.code}`} className="space-y-4">
      <h2 id={`dashboard-school-${school.code}`} className="text-lg font-semibold">
        Школа: {school.shortName}
      </h2>
      <FigureSlot title={roadmapTitle(school.shortName)} height={barChartHeight(3, 5, { stacked: true, legend: true })}>
        <RoadmapProgressFigure {...props} />
      </FigureSlot>
      <FigureSlot title={resultsTitle(school.shortName)} height={barChartHeight(2, 2) + 24}>
        <ResultsFigure {...props} />
      </FigureSlot>
    </section>
  );
}
