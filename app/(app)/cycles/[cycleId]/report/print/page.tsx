import type { Metadata } from "next";
import { PrintToolbar } from "@/components/report/print-toolbar";
import { IntegrityFailure } from "@/components/report/report-status";
import { ReportDocumentView } from "@/components/report/report-document-view";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getReportViewOrNotFound } from "@/lib/features/report/view";

export const metadata: Metadata = { title: "Аналитическая справка — версия для печати" };

/** The report on paper: the approved snapshot, or the draft as it reads now («ПРОЕКТ»). */
export default async function ReportPrintPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  const actor = await requireActor();
  const view = await getReportViewOrNotFound(actor, cycleId, "report.print");
  const back = `/cycles/${view.cycle.id}/report`;
  return (
    <div className="bg-white">
      <PrintToolbar backHref={back} backLabel="К аналитической справке" />
      {view.integrity?.ok === false ? (
        <IntegrityFailure />
      ) : view.document ? (
        <ReportDocumentView document={view.document} print />
      ) : (
        <EmptyState title="Аналитическая справка ещё не сформирована" />
      )}
    </div>
  );
}
