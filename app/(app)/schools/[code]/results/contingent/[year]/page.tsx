import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContingentForm } from "@/components/results/contingent-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { schoolYearLabel } from "@/lib/domain/results/contingent";
import { getContingentForEditOrNotFound } from "@/lib/features/results/entry-queries";

export const metadata: Metadata = { title: "Исправление контингента" };

/** The coordinator corrects one school year's contingent; many years and schools are loaded by the import «Контингент». */
export default async function EditContingentPage({ params }: { params: Promise<{ code: string; year: string }> }) {
  const { code, year } = await params;
  if (!/^\d{4}$/.test(year)) notFound();
  const actor = await requireActor();
  const contingent = await getContingentForEditOrNotFound(actor, decodeURIComponent(code), Number(year));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Исправление контингента"
        description={
          <>
            {contingent.school.shortName}, {schoolYearLabel(contingent.year)} учебный год. Контингент нескольких школ или лет удобнее загрузить из файла:{" "}
            <Link href="/imports?kind=contingent" className="text-brand-700 hover:underline">
              «Загрузка данных» → «Контингент»
            </Link>
            .
          </>
        }
      />
      <ContingentForm contingent={contingent} />
    </div>
  );
}
