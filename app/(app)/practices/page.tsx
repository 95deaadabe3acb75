import type { Metadata } from "next";
import Link from "next/link";
import { PracticeStatusBadge } from "@/components/practices/practice-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, labelOptions, SearchFilter, SelectFilter, TextFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { PRACTICE_STATUSES } from "@/lib/domain/workflow/tables";
import { listPractices, practiceFilterOptions } from "@/lib/features/practices/queries";
import { PRACTICE_LEVELS, practiceListQuerySchema } from "@/lib/features/practices/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { PLURALS, PRACTICE_LEVEL_LABELS, PRACTICE_STATUS_LABELS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Банк практик" };

const SORT_LABELS = { new: "Сначала новые", old: "Сначала старые", title: "По названию" } as const;

export default async function PracticesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = practiceListQuerySchema.parse(await searchParams);
  const [data, options] = await Promise.all([listPractices(actor, query), practiceFilterOptions(actor)]);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Банк практик"
        description="Лучшие практики школ, кураторов и муниципалитета; рекомендованные на муниципальную конференцию и в региональный атлас (РАОП)."
        actions={
          can(actor, "practice:submit") ? (
            <Link href="/practices/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              Подать практику
            </Link>
          ) : undefined
        }
      />
      <FilterForm>
        <SearchFilter defaultValue={query.q} placeholder="Название, авторы или тема" controlClassName="w-72" />
        <SelectFilter label="Уровень" name="level" defaultValue={query.level} allLabel="Все уровни" options={labelOptions(PRACTICE_LEVEL_LABELS, PRACTICE_LEVELS)} />
        <SelectFilter label="Статус" name="status" defaultValue={query.status} allLabel="Все статусы" options={labelOptions(PRACTICE_STATUS_LABELS, PRACTICE_STATUSES)} />
        <TextFilter label="Тема" name="theme" defaultValue={query.theme} controlClassName="w-48" />
        <SelectFilter label="Организация" name="organization" defaultValue={query.organization} allLabel="Все организации" options={options.organizations.map((o) => ({ value: o, label: o }))} controlClassName="max-w-xs" />
        <SelectFilter label="Порядок" name="sort" defaultValue={query.sort ?? "new"} options={labelOptions(SORT_LABELS)} />
      </FilterForm>
      <p className="text-sm text-slate-600">Найдено: {plural(data.total, PLURALS.practice)}</p>
      {data.practices.length === 0 ? (
        <EmptyState title="Практик не нашлось">Измените условия поиска{can(actor, "practice:submit") ? " или подайте свою практику" : ""}.</EmptyState>
      ) : (
        <Table caption="Банк практик">
          <thead>
            <tr>
              <Th>Практика</Th>
              <Th>Авторы и организация</Th>
              <Th>Уровень</Th>
              <Th>Статус</Th>
              <Th>Подана</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.practices.map((p) => (
              <tr key={p.id}>
                <Td className="max-w-md">
                  <Link href={`/practices/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.title}
                  </Link>
                  <p className="mt-1 line-clamp-2 text-xs text-slate-600">{p.theme}</p>
                </Td>
                <Td>
                  {p.authors}
                  <p className="text-xs text-slate-600">{p.organization}</p>
                </Td>
                <Td>{PRACTICE_LEVEL_LABELS[p.level]}</Td>
                <Td>
                  <PracticeStatusBadge status={p.status} />
                </Td>
                <Td>{formatDate(p.createdAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination
        page={data.page}
        pages={data.pages}
        params={{ q: query.q, level: query.level, status: query.status, theme: query.theme, organization: query.organization, sort: query.sort }}
        basePath="/practices"
      />
    </div>
  );
}
