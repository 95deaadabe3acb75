import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { BarChart } from "@/components/charts/bar-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { ContingentYear } from "@/lib/domain/results";
import { formatFixed } from "@/lib/domain/results/comparison";
import { formatNumber } from "@/lib/i18n/plural";

const TITLE = "Контингент по учебным годам";
const share = (v: number | null) => formatFixed({ digits: 1, percent: true }, v);

/** Where the contingent comes from: the import «Контингент», linked for those who may run it. */
export function ContingentSource({ canImport }: { canImport: boolean }) {
  const source = canImport ? (
    <Link href="/imports?kind=contingent" className="text-brand-700 hover:underline">
      «Загрузка данных» → «Контингент»
    </Link>
  ) : (
    "«Загрузка данных» → «Контингент»"
  );
  return <>Численность обучающихся и доли по категориям загружает муниципальный координатор из файла Excel или CSV: {source}.</>;
}

/**
 * The school's contingent: the shares on the chart, the numbers of students
 * and every share in the table; without data, where it comes from.
 */
export function ContingentFigure({ contingent, canImport = false }: { contingent: readonly ContingentYear[]; canImport?: boolean }) {
  if (contingent.length === 0) {
    return (
      <EmptyState title="Данных о контингенте нет">
        <ContingentSource canImport={canImport} />
      </EmptyState>
    );
  }
  const data = contingent.map((c) => ({ year: c.schoolYear, ovz: c.ovzShare, lowIncome: c.lowIncomeShare, singleParent: c.singleParentShare }));
  return (
    <ChartFigure
      title={TITLE}
      description="Доли обучающихся с ОВЗ, из малоимущих и из неполных семей, % от числа обучающихся."
      chart={
        <BarChart
          data={data}
          categoryKey="year"
          format="percent"
          showLegend
          series={[
            { key: "ovz", name: "С ОВЗ" },
            { key: "lowIncome", name: "Из малоимущих семей" },
            { key: "singleParent", name: "Из неполных семей" },
          ]}
        />
      }
      alternative={
        <Table caption={TITLE}>
          <thead>
            <tr>
              <Th>Учебный год</Th>
              <Th className="text-right">Обучающихся</Th>
              <Th className="text-right">С ОВЗ</Th>
              <Th className="text-right">Из малоимущих семей</Th>
              <Th className="text-right">Из неполных семей</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {contingent.map((c) => (
              <tr key={c.year}>
                <Th scope="row" className="bg-transparent font-normal whitespace-nowrap">
                  {c.schoolYear}
                </Th>
                <Td className="text-right tabular-nums">{formatNumber(c.students)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{share(c.ovzShare)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{share(c.lowIncomeShare)}</Td>
                <Td className="whitespace-nowrap text-right tabular-nums">{share(c.singleParentShare)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      }
    />
  );
}
