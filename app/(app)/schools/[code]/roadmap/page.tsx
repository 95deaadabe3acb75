import type { Metadata } from "next";
import Link from "next/link";
import { MeasureStatusBadge, OverdueMarker } from "@/components/measures/measure-status-badge";
import { RoadmapSections } from "@/components/roadmap/roadmap-sections";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/ui/export-link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { ATTENTION_DEFINITION, COUNTER_LABELS, type CounterKey } from "@/lib/domain/measures";
import { roadmapQuerySchema } from "@/lib/features/measures/schemas";
import { ROADMAP_MEASURE_SCREEN_KEYS, roadmapMeasureHeader } from "@/lib/features/roadmap/columns";
import { getRoadmapOrNotFound } from "@/lib/features/roadmap/queries";
import { IomCoverage, isTeacherCompetencyFactor } from "@/components/roadmap/iom-coverage";
import { iomCoverageForSchool } from "@/lib/features/iom/queries";
import { formatDate } from "@/lib/i18n/dates";
import { PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Дорожная карта школы" };

export default async function RoadmapPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ code }, raw] = await Promise.all([params, searchParams]);
  const query = roadmapQuerySchema.parse(raw);
  const actor = await requireActor();
  const { cycleSchool, sections, measures, section } = await getRoadmapOrNotFound(actor, decodeURIComponent(code), query);
  const base = `/schools/${cycleSchool.school.code}`;
  const hrefFor = (sectionKey?: string, status?: CounterKey) => {
    const search = new URLSearchParams();
    if (query.cycle) search.set("cycle", query.cycle);
    if (sectionKey) search.set("section", sectionKey);
    if (status) search.set("status", status);
    const s = search.toString();
    return `${base}/roadmap${s ? `?${s}` : ""}#measures`;
  };
  const filtered = !!(section || query.status);
  const competency = sections.find(isTeacherCompetencyFactor);
  const coverage = competency ? await iomCoverageForSchool(actor, cycleSchool.cycleId, cycleSchool.schoolId) : null;
  const extras = competency && coverage ? { [competency.key]: <IomCoverage coverage={coverage} /> } : {};

  return (
    <div className="space-y-6">
      <PageHeader
        title={`Дорожная карта: ${cycleSchool.school.shortName}`}
        description={`${cycleSchool.cycle.title}. Код ОО ${cycleSchool.school.code}`}
        actions={
          <ExportLink
            path={`${base}/roadmap/export`}
            params={{ cycle: cycleSchool.cycleId, section: query.section, status: query.status }}
            what={`разделы и мероприятия дорожной карты школы ${cycleSchool.school.shortName}`}
          />
        }
      />
      <Alert>
        <span className="font-medium">Как считаются меры.</span> «Выполнено» — выполненные мероприятия, включая ожидающие подтверждения куратора. {ATTENTION_DEFINITION}
      </Alert>
      <RoadmapSections sections={sections} hrefFor={hrefFor} active={{ section: query.section, status: query.status }} extras={extras} />

      <section id="measures" aria-labelledby="measures-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="measures-title" className="text-lg font-semibold">
            Мероприятия{section ? `: ${section.title}` : ""}
            {query.status ? ` — ${COUNTER_LABELS[query.status]}` : ""}
          </h2>
          {filtered ? (
            <Link href={hrefFor()} className="text-sm text-brand-700 hover:underline">
              Показать все мероприятия
            </Link>
          ) : null}
        </div>
        <p className="text-sm text-slate-600">Показано: {plural(measures.length, PLURALS.measure)}.</p>
        {measures.length === 0 ? (
          <EmptyState title="Мероприятий нет">{filtered ? "По выбранному фильтру мероприятий нет." : "Мероприятия появятся после разработки программ."}</EmptyState>
        ) : (
          <Table caption="Мероприятия дорожной карты школы">
            <thead>
              <tr>
                {ROADMAP_MEASURE_SCREEN_KEYS.map((key) => (
                  <Th key={key}>{roadmapMeasureHeader(key)}</Th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {measures.map((m) => (
                <tr key={m.id} className={m.overdue ? "bg-red-50/50" : undefined}>
                  <Td>
                    <Link href={`${base}/measures/${m.id}${query.cycle ? `?cycle=${encodeURIComponent(query.cycle)}` : ""}`} className="font-medium text-brand-700 hover:underline">
                      {m.title}
                    </Link>
                    {m.carriedFrom ? (
                      <span className="mt-0.5 block text-xs text-slate-500">перенесено из цикла {m.carriedFrom.document.cycleSchool.cycle.year} года</span>
                    ) : null}
                  </Td>
                  <Td>
                    <MeasureStatusBadge status={m.status} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    <span className={m.overdue ? "font-medium text-red-800" : undefined}>{formatDate(m.deadline)}</span> <OverdueMarker overdue={m.overdue} />
                  </Td>
                  <Td>{m.responsible ?? "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
