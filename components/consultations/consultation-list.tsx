import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { listConsultations } from "@/lib/features/consultations/queries";
import type { ConsultationListQuery } from "@/lib/features/consultations/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { CONSULTATION_COLUMNS } from "@/lib/features/consultations/columns";

type Data = Awaited<ReturnType<typeof listConsultations>>;

export function consultationParams(query: ConsultationListQuery): Record<string, string | undefined> {
  const { page: _page, ...rest } = query;
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
}

export function ConsultationList({ data, query }: { data: Data; query: ConsultationListQuery }) {
  if (data.consultations.length === 0) return <EmptyState title="Консультаций не найдено">Измените период или условия отбора.</EmptyState>;
  return (
    <>
      <Table caption="Консультации МТКП">
        <thead>
          <tr>
            {CONSULTATION_COLUMNS.map((c) => (
              <Th key={c.key}>{c.header}</Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.consultations.map((c) => (
            <tr key={c.id}>
              {CONSULTATION_COLUMNS.map((col) => (
                <Td key={col.key} className={col.key === "date" ? "whitespace-nowrap" : col.key === "functions" ? "text-xs" : undefined}>
                  {col.key === "date" ? (
                    <Link href={`/consultations/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {formatDate(c.date)}
                    </Link>
                  ) : (
                    col.value(c)
                  )}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={data.page} pages={data.pages} basePath="/consultations" params={consultationParams(query)} />
    </>
  );
}
