import type { Metadata } from "next";
import Link from "next/link";
import { EarlyWarningSection } from "@/components/results/early-warning-section";
import { MunicipalDynamics } from "@/components/results/municipal-dynamics";
import { ResultsComparison } from "@/components/results/results-comparison";
import { ResultsFilters } from "@/components/results/results-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { exportHref, ExportLink } from "@/components/ui/export-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { seriesTitle } from "@/lib/domain/results";
import { getResultsOverview } from "@/lib/features/results/overview";
import { resultsPageQuerySchema } from "@/lib/features/results/schemas";

export const metadata: Metadata = { title: "Результаты обучения" };

const ACTION_LINK = "rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 print:hidden";
const DESCRIPTION = "ВПР, ОГЭ и ЕГЭ школ в сравнении со средним по муниципалитету; раннее предупреждение о школах в зоне риска.";

export default async function ResultsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = resultsPageQuerySchema.parse(await searchParams);
  const data = await getResultsOverview(actor, query);
  if (!data || data.empty) {
    return (
      <div className="space-y-6">
        <PageHeader title="Результаты обучения" description={DESCRIPTION} />
        <EmptyState title="Результатов оценочных процедур пока нет">
          Загрузите результаты ВПР, ОГЭ и ЕГЭ в разделе «Загрузка данных»
          {data?.canWrite ? (
            <>
              {" "}или{" "}
              <Link href="/results/new" className="text-brand-700 hover:underline">
                внесите результат вручную
              </Link>
            </>
          ) : null}
          .
        </EmptyState>
      </div>
    );
  }
  const { selection } = data;
  // The page's effective filters: what the links (pagination, export, the as-of form) carry.
  const params: Record<string, string | undefined> = {
    municipality: data.municipalities.length > 1 ? data.municipality.id : undefined,
    year: String(selection.year),
    exam: selection.series.exam,
    subject: selection.series.subjectCode,
    grade: selection.series.grade > 0 ? String(selection.series.grade) : undefined,
    school: selection.school?.code,
    q: query.q,
    sort: query.sort,
    asOf: query.asOf ? String(data.warnings.asOf) : undefined,
  };
  return (
    <div className="space-y-8">
      <PageHeader
        title="Результаты обучения"
        description={data.municipalities.length > 1 ? `${data.municipality.name}. ${DESCRIPTION}` : DESCRIPTION}
        actions={
          <>
            {data.exportCycleId ? (
              <ExportLink
                path="/results/export"
                params={{ cycle: data.exportCycleId, year: params.year, exam: params.exam, subject: params.subject, grade: params.grade, school: params.school, q: params.q }}
                what={`результаты школ: ${seriesTitle(selection.series)}, ${selection.year} год`}
              />
            ) : null}
            {data.canWrite ? (
              <Link href={exportHref("/results/new", { year: params.year, exam: params.exam, subject: params.subject, grade: params.grade, school: params.school })} className={ACTION_LINK}>
                Добавить результат
              </Link>
            ) : null}
          </>
        }
      />
      <ResultsFilters data={data} q={query.q} asOf={query.asOf ? data.warnings.asOf : undefined} />
      <ResultsComparison data={data} params={{ ...params, page: undefined }} filtered={!!(query.q || query.school)} />
      <MunicipalDynamics data={data} />
      <EarlyWarningSection data={data} params={{ ...params, page: query.page ? String(data.comparisons.page) : undefined }} />
    </div>
  );
}
