import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { EXAM_METRICS, seriesTitle } from "@/lib/domain/results";
import { formatFixed } from "@/lib/domain/results/comparison";
import type { ResultsOverviewData } from "@/lib/features/results/overview";
import { PLURALS } from "@/lib/i18n/labels";
import { formatNumber, plural } from "@/lib/i18n/plural";
import { DifferenceText, nb, PARTICIPANTS } from "./metric-format";

/** The school column stays in view while a phone scrolls the figures sideways. */
const STICKY = "sticky left-0 z-10 min-w-36 max-w-48 shadow-[1px_0_0_0_var(--color-slate-200)] sm:max-w-none";

/**
 * Every school in scope against the municipal average in one series and
 * year: participants, each compared metric and its difference from the
 * average in figures and words. The average's row comes first.
 */
export function ResultsComparison({ data, params, filtered }: { data: ResultsOverviewData; params: Record<string, string | undefined>; filtered: boolean }) {
  const { selection, municipalCell, comparisons } = data;
  const metrics = EXAM_METRICS[selection.series.exam];
  const title = `${seriesTitle(selection.series)}, ${selection.year} год`;
  return (
    <section aria-labelledby="comparison-title" className="space-y-3">
      <div>
        <h2 id="comparison-title" className="text-lg font-semibold text-slate-900">
          Школы и среднее по муниципалитету: {title}
        </h2>
        <p className="text-sm text-slate-600">
          {municipalCell
            ? `Среднее по муниципалитету взвешено по числу участников: ${plural(municipalCell.schools, PLURALS.school)}, ${plural(municipalCell.participants, PARTICIPANTS)}.`
            : `За ${selection.year} год результатов по этому предмету нет.`}
        </p>
      </div>
      {comparisons.total === 0 ? (
        <EmptyState title="Нет результатов школ">
          {filtered ? "Измените условия поиска или выберите другую школу." : `В вашем доступе нет школ с результатами: ${title}.`}
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600">Найдено: {plural(comparisons.total, PLURALS.school)}</p>
          <Table caption={`Школы и среднее по муниципалитету: ${title}`}>
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className={`${STICKY} bg-slate-50 px-3 py-2 text-left align-bottom font-medium text-slate-700`}>
                  Школа
                </th>
                <Th rowSpan={2} className="text-right align-bottom">
                  Участников
                </Th>
                {metrics.map((m) => (
                  <Th key={m.key} colSpan={2} scope="colgroup" className="border-l border-slate-200 text-center">
                    {m.label}
                  </Th>
                ))}
                {data.canWrite ? (
                  <Th rowSpan={2} className="print:hidden">
                    <span className="sr-only">Действия</span>
                  </Th>
                ) : null}
              </tr>
              <tr>
                {metrics.map((m) => [
                  <Th key={`${m.key}-v`} className="border-l border-slate-200 text-right">
                    Значение
                  </Th>,
                  <Th key={`${m.key}-d`} className="text-right">
                    Разница со средним
                  </Th>,
                ])}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {municipalCell ? (
                <tr className="bg-brand-50">
                  <th scope="row" className={`${STICKY} bg-brand-50 px-3 py-2 text-left align-top font-semibold text-slate-900`}>
                    Среднее по муниципалитету
                  </th>
                  <Td className="text-right tabular-nums">{formatNumber(municipalCell.participants)}</Td>
                  {metrics.map((m) => [
                    <Td key={`${m.key}-v`} className="border-l border-slate-200 text-right font-semibold tabular-nums">
                      {formatFixed(m, municipalCell.values[m.key])}
                    </Td>,
                    <Td key={`${m.key}-d`} className="text-right text-slate-500">
                      —
                    </Td>,
                  ])}
                  {data.canWrite ? <Td className="print:hidden" /> : null}
                </tr>
              ) : null}
              {comparisons.items.map((row) => (
                <tr key={row.schoolId}>
                  <th scope="row" className={`${STICKY} bg-white px-3 py-2 text-left align-top font-normal`}>
                    <Link href={`/schools/${row.code}/results`} className="font-medium text-brand-700 hover:underline">
                      {nb(row.shortName)}
                    </Link>
                    <span className="block text-xs text-slate-500">{row.code}</span>
                  </th>
                  <Td className="text-right tabular-nums">{formatNumber(row.participants)}</Td>
                  {metrics.map((m) => [
                    <Td key={`${m.key}-v`} className="border-l border-slate-200 text-right tabular-nums">
                      {formatFixed(m, row.values[m.key])}
                    </Td>,
                    <Td key={`${m.key}-d`} className="text-right">
                      <DifferenceText spec={m} diff={row.differences[m.key] ?? null} />
                    </Td>,
                  ])}
                  {data.canWrite ? (
                    <Td className="print:hidden">
                      {row.resultId ? (
                        <Link href={`/results/${row.resultId}/edit`} className="text-sm text-brand-700 hover:underline">
                          Исправить<span className="sr-only"> результат: {row.shortName}</span>
                        </Link>
                      ) : null}
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={comparisons.page} pages={comparisons.pages} basePath="/results" params={params} label="Страницы списка школ" hash="comparison-title" />
        </>
      )}
    </section>
  );
}
