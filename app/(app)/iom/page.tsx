import type { Metadata } from "next";
import Link from "next/link";
import { CreateIomForm } from "@/components/iom/create-iom-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, labelOptions, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listIoms } from "@/lib/features/iom/queries";
import { iomListQuerySchema } from "@/lib/features/iom/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { IOM_STATUS_LABELS } from "@/lib/i18n/labels";
import { formatPercent } from "@/lib/i18n/plural";
import { IOM_STATUS_TONES } from "@/components/iom/status-tones";

export const metadata: Metadata = { title: "ИОМ" };

export default async function IomListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = iomListQuerySchema.parse(await searchParams);
  const data = await listIoms(actor, query);
  return (
    <div className="space-y-4">
      <PageHeader title="Индивидуальные образовательные маршруты" description={data.cycle?.title} />
      {data.creatable.length ? <CreateIomForm teachers={data.creatable} selfId={actor.userId} /> : null}
      <FilterForm>
        <SearchFilter label="Педагог" defaultValue={query.q} placeholder="ФИО" controlClassName="w-56" />
        <SelectFilter label="Статус" name="status" defaultValue={query.status} allLabel="Все" options={labelOptions(IOM_STATUS_LABELS)} />
      </FilterForm>
      {data.ioms.length === 0 ? (
        <EmptyState title="Маршрутов пока нет">ИОМ составляет педагог (или тьютор вместе с педагогом) по итогам входной диагностики.</EmptyState>
      ) : (
        <Table caption="Индивидуальные образовательные маршруты">
          <thead>
            <tr>
              <Th>Педагог</Th>
              <Th>Школа</Th>
              <Th>Статус</Th>
              <Th className="text-right">Мероприятий</Th>
              <Th className="text-right">Выполнение</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.ioms.map((i) => (
              <tr key={i.id}>
                <Td className="font-medium">
                  <Link href={`/iom/${i.id}`} className="text-brand-700 hover:underline">
                    {i.teacher.name}
                  </Link>
                </Td>
                <Td>{i.school.shortName}</Td>
                <Td>
                  <Badge tone={IOM_STATUS_TONES[i.status]}>{IOM_STATUS_LABELS[i.status]}</Badge>
                  {i.approvedAt ? <span className="ml-2 text-xs text-slate-500">{formatDate(i.approvedAt)}</span> : null}
                </Td>
                <Td className="text-right">{i.activityCount}</Td>
                <Td className="text-right">{formatPercent(i.progress)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={data.page} pages={data.pages} basePath="/iom" params={{ q: query.q, status: query.status }} />
    </div>
  );
}
