import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listManagedMunicipalities } from "@/lib/features/municipalities/queries";

export const metadata: Metadata = { title: "Реквизиты муниципалитета" };

/**
 * The administrator's list of municipalities; a coordinator (one
 * municipality in scope) goes straight to their own letterhead.
 */
export default async function MunicipalitiesPage() {
  const actor = await requireActor();
  const municipalities = await listManagedMunicipalities(actor);
  if (municipalities.length === 1) redirect(`/admin/municipalities/${encodeURIComponent(municipalities[0].code)}`);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Реквизиты муниципалитетов"
        description="Наименование, субъект РФ и реквизиты методического центра — шапка и подпись аналитической справки и приказа об её утверждении."
      />
      {municipalities.length === 0 ? (
        <EmptyState title="Муниципалитетов пока нет">Муниципалитет появляется при развёртывании или загрузке демонстрационных данных.</EmptyState>
      ) : (
        <Table caption="Муниципалитеты">
          <thead>
            <tr>
              <Th>Муниципалитет</Th>
              <Th>Субъект РФ</Th>
              <Th>Методический центр</Th>
              <Th>Руководитель</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {municipalities.map((m) => (
              <tr key={m.id}>
                <Td className="font-medium">
                  <Link href={`/admin/municipalities/${encodeURIComponent(m.code)}`} className="text-brand-700 hover:underline">
                    {m.name}
                  </Link>
                </Td>
                <Td>{m.region}</Td>
                <Td>{m.centerName}</Td>
                <Td>{m.directorName ?? "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
