import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Table, Td, Th } from "@/components/ui/table";
import { EXAM_METRICS, seriesTitle, type Comparison } from "@/lib/domain/results";
import { difference, formatFixed } from "@/lib/domain/results/comparison";
import { formatNumber } from "@/lib/i18n/plural";
import { chartDomainOf, chartFormatOf, DifferenceText } from "./metric-format";

/**
 * One series of a school (exam, subject, class) against the municipal
 * average by year: the headline metric as grouped bars, and beside them a
 * table per compared metric with the school, the municipality and the
 * difference in figures and words.
 */
export function SchoolSeriesFigure({ comparison, schoolName }: { comparison: Comparison; schoolName: string }) {
  const metrics = EXAM_METRICS[comparison.exam];
  const headline = metrics[0];
  const title = seriesTitle(comparison);
  const data = comparison.years.map((y) => ({
    year: String(y.year),
    school: y.school?.values[headline.key] ?? null,
    municipal: y.municipality?.values[headline.key] ?? null,
  }));
  return (
    <ChartFigure
      title={title}
      description={`${headline.label}: школа и среднее по муниципалитету (взвешено по числу участников).`}
      chart={
        <BarChart
          data={data}
          categoryKey="year"
          series={[
            { key: "school", name: schoolName },
            { key: "municipal", name: "Среднее по муниципалитету" },
          ]}
          format={chartFormatOf(headline)}
          domain={chartDomainOf(headline)}
          showLegend
          height={260}
        />
      }
      alternative={
        <div className="space-y-3">
          {metrics.map((m, index) => (
            <div key={m.key}>
              {metrics.length > 1 ? <p className="mb-1 text-sm font-medium text-slate-700">{m.label}</p> : null}
              <Table caption={`${title}: ${m.label.toLocaleLowerCase("ru")}, школа и муниципалитет по годам`}>
                <thead>
                  <tr>
                    <Th>Год</Th>
                    {index === 0 ? <Th className="text-right">Участников</Th> : null}
                    <Th className="text-right">Школа</Th>
                    <Th className="text-right">Муниципалитет</Th>
                    <Th className="text-right">Разница</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {comparison.years.map((y) => {
                    const own = y.school?.values[m.key] ?? null;
                    const avg = y.municipality?.values[m.key] ?? null;
                    return (
                      <tr key={y.year}>
                        <Th scope="row" className="bg-transparent font-normal">
                          {y.year}
                        </Th>
                        {index === 0 ? <Td className="text-right tabular-nums">{y.school ? formatNumber(y.school.participants) : "—"}</Td> : null}
                        <Td className="text-right font-medium tabular-nums">{formatFixed(m, own)}</Td>
                        <Td className="text-right tabular-nums">{formatFixed(m, avg)}</Td>
                        <Td className="text-right">
                          <DifferenceText spec={m} diff={difference(m, own, avg)} />
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </div>
          ))}
        </div>
      }
    />
  );
}
