import { ChartFigure } from "@/components/charts/chart-figure";
import { LineChart } from "@/components/charts/line-chart";
import { Table, Td, Th } from "@/components/ui/table";
import { EXAM_METRICS, seriesTitle } from "@/lib/domain/results";
import { formatFixed } from "@/lib/domain/results/comparison";
import type { ResultsOverviewData } from "@/lib/features/results/overview";
import { formatNumber } from "@/lib/i18n/plural";
import { chartFormatOf, lineDomainOf } from "./metric-format";

/**
 * The municipal average of the chosen series over the years (and the chosen
 * school's line beside it): the headline metric on the chart, every metric
 * in the table.
 */
export function MunicipalDynamics({ data }: { data: ResultsOverviewData }) {
  const { selection, dynamics } = data;
  const metrics = EXAM_METRICS[selection.series.exam];
  const headline = metrics[0];
  const school = selection.school;
  const title = `Среднее по муниципалитету по годам: ${seriesTitle(selection.series)}`;
  const chartData = dynamics.map((d) => ({ year: String(d.year), municipal: d.values[headline.key], school: d.school?.[headline.key] ?? null }));
  const series = [{ key: "municipal", name: "Среднее по муниципалитету" }, ...(school ? [{ key: "school", name: school.shortName }] : [])];
  return (
    <ChartFigure
      title={title}
      description={`${headline.label} — на графике; все показатели — в таблице. Среднее взвешено по числу участников.`}
      layout={school ? "below" : "beside"}
      chart={<LineChart data={chartData} categoryKey="year" series={series} format={chartFormatOf(headline)} domain={lineDomainOf(headline)} />}
      alternative={
        <Table caption={title}>
          <thead>
            <tr>
              <Th>Год</Th>
              <Th className="text-right">Школ</Th>
              <Th className="text-right">Участников</Th>
              {metrics.map((m) => (
                <Th key={m.key} className="text-right">
                  {m.label}
                </Th>
              ))}
              {school
                ? metrics.map((m) => (
                    <Th key={`s-${m.key}`} className="text-right">
                      {m.label}: {school.shortName}
                    </Th>
                  ))
                : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {dynamics.map((d) => (
              <tr key={d.year}>
                <Th scope="row" className="bg-transparent font-normal">
                  {d.year}
                </Th>
                <Td className="text-right tabular-nums">{formatNumber(d.schools)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(d.participants)}</Td>
                {metrics.map((m) => (
                  <Td key={m.key} className="text-right tabular-nums">
                    {formatFixed(m, d.values[m.key])}
                  </Td>
                ))}
                {school
                  ? metrics.map((m) => (
                      <Td key={`s-${m.key}`} className="text-right tabular-nums">
                        {formatFixed(m, d.school?.[m.key] ?? null)}
                      </Td>
                    ))
                  : null}
              </tr>
            ))}
          </tbody>
        </Table>
      }
    />
  );
}
