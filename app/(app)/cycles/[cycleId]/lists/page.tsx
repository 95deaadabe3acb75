import type { Metadata } from "next";
import Link from "next/link";
import { CycleTabs } from "@/components/cycles/cycle-tabs";
import { AddSchoolForm, CategoriesEditor, RemoveSchoolButton } from "@/components/cycles/school-list-controls";
import { SchoolCategories } from "@/components/school-categories";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, labelOptions, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getCycleOrNotFound, listCycleSchools, listSchoolsOutsideCycle } from "@/lib/features/cycles/queries";
import { cycleSchoolListQuerySchema, SCHOOL_CATEGORIES } from "@/lib/features/cycles/schemas";
import { CATEGORY_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Списки школ цикла" };

export default async function CycleListsPage({
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
  const editable = can(actor, "cycle:manage") && cycle.status !== "closed";
  const [rows, outside] = await Promise.all([listCycleSchools(actor, cycle.id, query), editable ? listSchoolsOutsideCycle(actor, cycle) : Promise.resolve([])]);
  return (
    <div className="space-y-6">
      <PageHeader title={`Цикл ${cycle.year} года: списки школ`} description={`В списках (с учётом фильтра): ${plural(rows.length, PLURALS.school)}`} />
      <CycleTabs actor={actor} cycleId={cycle.id} current="/lists" />
      {editable ? (
        <Card>
          <CardTitle>Добавить школу в списки</CardTitle>
          <AddSchoolForm cycleId={cycle.id} schools={outside} />
        </Card>
      ) : null}
      <FilterForm>
        <SearchFilter defaultValue={query.q} placeholder="Название или код школы" controlClassName="w-64" />
        <SelectFilter label="Категория" name="category" defaultValue={query.category} allLabel="Все категории" options={labelOptions(CATEGORY_LABELS, SCHOOL_CATEGORIES)} />
      </FilterForm>
      {rows.length === 0 ? (
        <EmptyState title="В списках нет школ">{query.q || query.category ? "Измените условия поиска." : editable ? "Добавьте школы муниципалитета в списки цикла." : null}</EmptyState>
      ) : (
        <Table caption="Школы в списках цикла">
          <thead>
            <tr>
              <Th>Школа</Th>
              <Th>Категории</Th>
              <Th>Куратор</Th>
              {editable ? (
                <Th>
                  <span className="sr-only">Действия</span>
                </Th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.id}>
                <Td className="font-medium">
                  <Link href={`/schools/${row.school.code}?cycle=${cycle.id}`} className="text-brand-700 hover:underline">
                    {row.school.shortName}
                  </Link>
                  <div className="text-xs text-slate-500">{row.school.code}</div>
                  {row.note ? <p className="mt-1 max-w-md text-xs font-normal text-slate-700">Примечание: {row.note}</p> : null}
                </Td>
                <Td>{editable ? <CategoriesEditor row={row} /> : <SchoolCategories categories={row.categories} />}</Td>
                <Td>{row.pairings[0]?.curator.name ?? <span className="text-slate-500">Не назначен</span>}</Td>
                {editable ? (
                  <Td>{row.riskProfile || row._count.documents > 0 ? <span className="text-xs text-slate-500">Есть профиль или документы</span> : <RemoveSchoolButton row={row} />}</Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
