import type { Metadata } from "next";
import Link from "next/link";
import { ConsultationFilters } from "@/components/consultations/consultation-filters";
import { ConsultationList, consultationParams } from "@/components/consultations/consultation-list";
import { ExportLink } from "@/components/ui/export-link";
import { ConsultationTotals } from "@/components/consultations/consultation-totals";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import {
  getConsultationFilterOptions,
  getConsultationTotals,
  listConsultations,
  periodOf,
  seesConsultationTotals,
} from "@/lib/features/consultations/queries";
import { consultationListQuerySchema } from "@/lib/features/consultations/schemas";
import { periodLabel } from "@/lib/features/support/period";
import { PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Консультации МТКП" };

export default async function ConsultationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = consultationListQuerySchema.parse(await searchParams);
  const [data, options] = await Promise.all([listConsultations(actor, query), getConsultationFilterOptions(actor)]);
  const totals = seesConsultationTotals(actor) ? await getConsultationTotals(actor, periodOf(query)) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Консультации МТКП"
        description="Консультации муниципальных тьюторов для педагогов: предмет, тематический модуль, форма, функции тьютора и договорённости."
        actions={
          <>
            <ExportLink path="/consultations/export" params={consultationParams(query)} what="консультации с выбранными фильтрами" />
            {can(actor, "consultation:write") ? (
              <Link href="/consultations/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                Записать консультацию
              </Link>
            ) : null}
          </>
        }
      />
      <ConsultationFilters query={query} options={options} />
      <section aria-label="Список консультаций" className="space-y-3">
        <p className="text-sm text-slate-600">Найдено: {plural(data.total, PLURALS.consultation)}</p>
        <ConsultationList data={data} query={query} />
      </section>
      {totals ? <ConsultationTotals totals={totals} periodLabel={periodLabel(query.from, query.to)} /> : null}
    </div>
  );
}
