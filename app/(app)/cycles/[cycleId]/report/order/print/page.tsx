import type { Metadata } from "next";
import { OrderDocumentView } from "@/components/report/order-document-view";
import { PrintToolbar } from "@/components/report/print-toolbar";
import { IntegrityFailure } from "@/components/report/report-status";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { getReportViewOrNotFound } from "@/lib/features/report/view";

export const metadata: Metadata = { title: "Приказ — версия для печати" };

/** The order on paper («ПРОЕКТ» until the report is approved). */
export default async function ReportOrderPrintPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  const actor = await requireActor();
  const view = await getReportViewOrNotFound(actor, cycleId, "report.order_print");
  const back = `/cycles/${view.cycle.id}/report/order`;
  return (
    <div className="bg-white">
      <PrintToolbar backHref={back} backLabel="К приказу" />
      {view.integrity?.ok === false ? (
        <IntegrityFailure />
      ) : view.order ? (
        <OrderDocumentView order={view.order.document} draft={view.report?.status !== "approved"} print />
      ) : (
        <EmptyState title="Приказ ещё не подготовлен" />
      )}
    </div>
  );
}
