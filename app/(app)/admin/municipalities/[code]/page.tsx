import type { Metadata } from "next";
import Link from "next/link";
import { HistoryList } from "@/components/history/history-list";
import { LetterheadForm } from "@/components/municipalities/letterhead-form";
import { Letterhead } from "@/components/report/report-document-view";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { documentLetterhead } from "@/lib/domain/report/document";
import { countManagedMunicipalities, getLetterheadOrNotFound } from "@/lib/features/municipalities/queries";

export const metadata: Metadata = { title: "Реквизиты муниципалитета" };

/** «Реквизиты муниципалитета»: the administrator for any municipality, a coordinator for their own (another is a 404). */
export default async function LetterheadPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  const municipality = await getLetterheadOrNotFound(actor, decodeURIComponent(code));
  const preview = documentLetterhead({
    region: municipality.region,
    municipalityName: municipality.name,
    centerName: municipality.centerName,
    centerAddress: municipality.centerAddress,
    centerPhone: municipality.centerPhone,
    directorName: municipality.directorName,
  });
  const severalMunicipalities = (await countManagedMunicipalities(actor)) > 1;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Реквизиты муниципалитета"
        description="Шапка и подпись аналитической справки и приказа об её утверждении: на экране, в версии для печати и в .docx. Утверждённые справки сохраняют реквизиты, с которыми их утвердили."
        actions={
          severalMunicipalities ? (
            <Link href="/admin/municipalities" className="text-sm font-medium text-brand-700 hover:underline">
              ← Все муниципалитеты
            </Link>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card aria-labelledby="letterhead-form">
          <CardTitle id="letterhead-form">{municipality.name}</CardTitle>
          <LetterheadForm municipality={municipality} />
        </Card>
        <Card aria-labelledby="letterhead-preview">
          <CardTitle id="letterhead-preview">Так выглядит шапка документов</CardTitle>
          <div className="rounded border border-slate-200 p-4 font-serif">
            <Letterhead letterhead={preview} />
            <p className="text-center text-sm">{preview.place}</p>
            <p className="mt-4 flex justify-between gap-4 text-sm">
              <span>Директор Центра</span>
              <span>{municipality.directorName ?? "руководитель не указан"}</span>
            </p>
          </div>
          <p className="mt-3 text-xs text-slate-500">Показаны сохранённые реквизиты; после сохранения формы шапка обновится.</p>
        </Card>
      </div>
      <HistoryList entityType="Municipality" entityId={municipality.id} />
    </div>
  );
}
