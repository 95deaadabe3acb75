import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { listConsultations } from "@/lib/features/consultations/queries";
import type { ConsultationListQuery } from "@/lib/features/consultations/schemas";
import { formatDate } from "@/lib/i18n/dates";
import { CONSULTATION_FORM_LABELS, CONSULTATION_MODULE_LABELS } from "@/lib/i18n/labels";
import { tutorFunctionsText } from "@/lib/features/consultations/labels";

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
            <Th>Дата</Th>
            <Th>Педагог</Th>
            <Th>Школа</Th>
            <Th>Предмет</Th>
            <Th>Модуль</Th>
            <Th>Форма</Th>
            <Th>Функции тьютора</Th>
            <Th>Тьютор</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.consultations.map((c) => (
            <tr key={c.id}>
              <Td className="whitespace-nowrap">
                <Link href={`/consultations/${c.id}`} className="font-medium text-brand-700 hover:underline">
                  {formatDate(c.date)}
                </Link>
              </Td>
              <Td>{c.teacher.name}</Td>
              <Td>{c.school.shortName}</Td>
              <Td>{c.subject.name}</Td>
              <Td>{CONSULTATION_MODULE_LABELS[c.module]}</Td>
              <Td>{CONSULTATION_FORM_LABELS[c.form]}</Td>
              <Td className="text-xs">{tutorFunctionsText(c.functions)}</Td>
              <Td>{c.tutor.name}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={data.page} pages={data.pages} basePath="/consultations" params={consultationParams(query)} />
    </>
  );
}
