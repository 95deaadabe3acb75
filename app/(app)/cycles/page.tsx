import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listCycles } from "@/lib/features/cycles/queries";
import { cycleListQuerySchema } from "@/lib/features/cycles/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { CYCLE_STATUS_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Циклы дорожной карты" };

export default async function CyclesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const query = cycleListQuerySchema.parse(await searchParams);
  const data = await listCycles(actor, query.page);
  const canManage = can(actor, "cycle:manage");
  return (
    <div className="space-y-4">
      <PageHeader
        title="Циклы дорожной карты"
        description="Годовые циклы сопровождения школ: сроки этапов, списки школ, закрепление кураторов."
        actions={
          canManage ? (
            <Link href="/cycles/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              Открыть цикл
            </Link>
          ) : null
        }
      />
      {data.cycles.length === 0 ? (
        <EmptyState title="Циклов пока нет">{canManage ? "Откройте первый цикл дорожной карты." : "Координатор ещё не открыл цикл."}</EmptyState>
      ) : (
        <Table caption="Циклы дорожной карты">
          <thead>
            <tr>
              <Th>Год</Th>
              <Th>Название</Th>
              <Th>Этап</Th>
              <Th>Приказ</Th>
              <Th>Школ в списках</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.cycles.map((cycle) => (
              <tr key={cycle.id}>
                <Td className="font-medium">
                  <Link href={`/cycles/${cycle.id}`} className="text-brand-700 hover:underline">
                    {cycle.year}
                  </Link>
                </Td>
                <Td>
                  <Link href={`/cycles/${cycle.id}`} className="hover:underline">
                    {cycle.title}
                  </Link>
                  <div className="text-xs text-slate-500">{cycle.municipality.name}</div>
                </Td>
                <Td>
                  <Badge tone={cycle.status === "closed" ? "neutral" : cycle.status === "draft" ? "warning" : "info"}>{CYCLE_STATUS_LABELS[cycle.status]}</Badge>
                </Td>
                <Td>{cycle.orderNumber ? `№ ${cycle.orderNumber} от ${formatDate(cycle.orderDate)}` : "—"}</Td>
                <Td>{plural(cycle._count.schools, PLURALS.school)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={data.page} pages={data.pages} basePath="/cycles" params={{}} />
    </div>
  );
}
