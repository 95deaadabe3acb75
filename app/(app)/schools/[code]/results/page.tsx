import type { Metadata } from "next";
import Link from "next/link";
import { ContingentFigure } from "@/components/results/contingent-figure";
import { SchoolSeriesFigure } from "@/components/results/school-series-figure";
import { nb } from "@/components/results/metric-format";
import { WarningReasons } from "@/components/results/warning-reasons";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/ui/export-link";
import { FilterForm, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { EARLY_WARNING_DEFINITION } from "@/lib/domain/results";
import { schoolResultsQuerySchema } from "@/lib/features/results/schemas";
import { getSchoolResultsPageOrNotFound } from "@/lib/features/results/school-page";

export const metadata: Metadata = { title: "Результаты школы" };

export default async function SchoolResultsPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ code }, raw] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const query = schoolResultsQuerySchema.parse(raw);
  const data = await getSchoolResultsPageOrNotFound(actor, decodeURIComponent(code), query.asOf);
  const { school, asOfYear } = data;
  const base = `/schools/${school.code}/results`;
  return (
    <div className="space-y-8">
      <PageHeader
        title={nb(`Результаты: ${school.shortName}`)}
        description={`Код ОО ${school.code}. ВПР, ОГЭ и ЕГЭ школы в сравнении со средним по муниципалитету, контингент по годам.`}
        actions={data.comparisons.length ? <ExportLink path="/results/export" params={{ school: school.code }} what={`результаты школы ${school.shortName} за все годы`} /> : null}
      />

      {asOfYear !== null ? (
        <section aria-labelledby="warning-title" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="warning-title" className="text-lg font-semibold text-slate-900">
              Раннее предупреждение
            </h2>
            {data.years.length > 1 ? (
              <FilterForm action={base} submitLabel="Показать" className="print:hidden" aria-label="Год раннего предупреждения">
                <SelectFilter label="По результатам года" name="asOf" defaultValue={String(asOfYear)} options={[...data.years].reverse().map((y) => ({ value: String(y), label: String(y) }))} />
              </FilterForm>
            ) : null}
          </div>
          {data.groups.length > 0 ? (
            <div className="space-y-3 rounded-lg border border-amber-300 bg-white p-4">
              <p className="font-medium text-slate-900">Школа в зоне риска по результатам {asOfYear} года.</p>
              <WarningReasons groups={data.groups} />
            </div>
          ) : (
            <Alert tone="success">Школа не в зоне риска по результатам {asOfYear} года.</Alert>
          )}
          <p className="text-sm text-slate-600">
            <span className="font-medium">Правило. </span>
            {EARLY_WARNING_DEFINITION}
          </p>
        </section>
      ) : null}

      <section aria-labelledby="series-title" className="space-y-4">
        <h2 id="series-title" className="text-lg font-semibold text-slate-900">
          Школа и муниципалитет по предметам
        </h2>
        {data.comparisons.length === 0 ? (
          <EmptyState title="Результатов оценочных процедур у школы нет">Результаты ВПР, ОГЭ и ЕГЭ появятся здесь после загрузки.</EmptyState>
        ) : (
          data.comparisons.map((c) => <SchoolSeriesFigure key={c.key} comparison={c} schoolName={school.shortName} />)
        )}
      </section>

      <section aria-labelledby="contingent-title" className="space-y-4 break-inside-avoid">
        <h2 id="contingent-title" className="text-lg font-semibold text-slate-900">
          Контингент
        </h2>
        <ContingentFigure contingent={data.contingent} canImport={data.canImport} />
        {data.canCorrect && data.contingent.length > 0 ? (
          <p className="text-sm text-slate-600 print:hidden">
            Исправить вручную:{" "}
            {data.contingent.map((c, i) => (
              <span key={c.year}>
                {i > 0 ? " · " : null}
                <Link href={`${base}/contingent/${c.year}`} className="text-brand-700 hover:underline" aria-label={`Исправить контингент ${c.schoolYear} учебного года`}>
                  {c.schoolYear}
                </Link>
              </span>
            ))}
            .
            {data.canImport ? (
              <>
                {" "}Несколько школ или лет — загрузкой{" "}
                <Link href="/imports?kind=contingent" className="text-brand-700 hover:underline">
                  «Контингент»
                </Link>
                .
              </>
            ) : null}
          </p>
        ) : null}
      </section>
    </div>
  );
}
