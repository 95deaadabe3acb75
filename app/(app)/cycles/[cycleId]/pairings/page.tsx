import type { Metadata } from "next";
import Link from "next/link";
import { CycleTabs } from "@/components/cycles/cycle-tabs";
import { EndPairingButton, PairingForm } from "@/components/cycles/pairing-controls";
import { SchoolCategories } from "@/components/school-categories";
import { Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getCycleOrNotFound, listCycleSchools, listMunicipalityCurators, summarizePairings } from "@/lib/features/cycles/queries";
import { cycleSchoolListQuerySchema } from "@/lib/features/cycles/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { PLURALS } from "@/lib/i18n/labels";
import { formatPercent, plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Кураторы цикла" };

export default async function CyclePairingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ cycleId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { cycleId } = await params;
  const actor = await requireActor();
  const cycle = await getCycleOrNotFound(actor, cycleId);
  const query = cycleSchoolListQuerySchema.parse(await searchParams);
  const editable = can(actor, "pairing:manage") && cycle.status !== "closed";
  const [all, rows, curators] = await Promise.all([
    listCycleSchools(actor, cycle.id),
    query.q || query.curator ? listCycleSchools(actor, cycle.id, query) : null,
    editable ? listMunicipalityCurators(actor, cycle.municipalityId) : Promise.resolve([]),
  ]);
  const shown = rows ?? all;
  const summary = summarizePairings(all);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="space-y-6">
      <PageHeader title={`Цикл ${cycle.year} года: кураторы`} description="Закрепление кураторов за школами из списков цикла." />
      <CycleTabs actor={actor} cycleId={cycle.id} current="/pairings" />
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Школ в списках" value={summary.inLists} />
        <Stat label="Школ с куратором" value={summary.withCurator} />
        <Stat label="Охват кураторами" value={summary.coverage === null ? "—" : formatPercent(summary.coverage)} hint="школы с куратором / школы в списках" />
        <Stat label="Кураторов" value={summary.curators.length} />
      </dl>
      {summary.curators.length > 0 ? (
        <Table caption="Нагрузка кураторов">
          <thead>
            <tr>
              <Th>Куратор</Th>
              <Th>Школ</Th>
              <Th>Школы</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {summary.curators.map((c) => (
              <tr key={c.id}>
                <Td className="font-medium">{c.name}</Td>
                <Td>{plural(c.schools.length, PLURALS.school)}</Td>
                <Td>{c.schools.join(", ")}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <FilterForm>
        <SearchFilter defaultValue={query.q} placeholder="Название или код школы" controlClassName="w-64" />
        <SelectFilter label="Куратор" name="curator" defaultValue={query.curator} allLabel="Все школы" options={[{ value: "with", label: "С куратором" }, { value: "without", label: "Без куратора" }]} />
      </FilterForm>
      {shown.length === 0 ? (
        <EmptyState title="Школ не найдено">
          {all.length === 0 ? (
            <>
              Сначала добавьте школы в <Link href={`/cycles/${cycle.id}/lists`} className="text-brand-700 underline">списки цикла</Link>.
            </>
          ) : (
            "Измените условия поиска."
          )}
        </EmptyState>
      ) : (
        <Table caption="Закрепление кураторов за школами">
          <thead>
            <tr>
              <Th>Школа</Th>
              <Th>Куратор</Th>
              <Th>Закрепление</Th>
              {editable ? <Th>Изменить</Th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((row) => {
              const p = row.pairings[0];
              const current = p ? { id: p.id, version: p.version, curatorName: p.curator.name } : null;
              return (
                <tr key={row.id}>
                  <Td className="font-medium">
                    {row.school.shortName}
                    <div className="mt-1">
                      <SchoolCategories categories={row.categories} />
                    </div>
                  </Td>
                  <Td>{p ? p.curator.name : <span className="text-slate-500">Не назначен</span>}</Td>
                  <Td className="text-xs text-slate-600">
                    {p ? (
                      <>
                        с {formatDate(p.pairedOn)}
                        {p.schoolYear ? `, ${p.schoolYear} уч. г.` : ""}
                        {p.agreementNumber ? <div>
                            Сетевой договор № {p.agreementNumber}
                            {p.agreementDate ? ` от ${formatDate(p.agreementDate)}` : ""}
                          </div> : null}
                      </>
                    ) : (
                      "—"
                    )}
                  </Td>
                  {editable ? (
                    <Td className="space-y-2">
                      <PairingForm cycleSchoolId={row.id} schoolName={row.school.shortName} current={current} curators={curators} defaultDate={today} />
                      {current ? <EndPairingButton pairing={current} schoolName={row.school.shortName} /> : null}
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </div>
  );
}
