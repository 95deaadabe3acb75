import type { Metadata } from "next";
import Link from "next/link";
import { CycleTabs } from "@/components/cycles/cycle-tabs";
import { HistoryList } from "@/components/history/history-list";
import { ApproveReportButton } from "@/components/report/approve-report-button";
import { OrderDocumentView } from "@/components/report/order-document-view";
import { OrderForm } from "@/components/report/order-form";
import { DocxLink, SecondaryLink } from "@/components/report/report-links";
import { ApprovedStatus, IntegrityFailure } from "@/components/report/report-status";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { APPROVE_WITHOUT_ORDER_REFUSAL, reportStep } from "@/lib/domain/report/workflow";
import { defaultOrderFields, getReportViewOrNotFound } from "@/lib/features/report/view";
import { CYCLE_STATUS_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Приказ об утверждении аналитической справки" };

export default async function ReportOrderPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  const actor = await requireActor();
  const view = await getReportViewOrNotFound(actor, cycleId, "report.order_page");
  const { cycle, report, order } = view;
  const base = `/cycles/${cycle.id}/report`;
  const header = (badge?: React.ReactNode) => (
    <>
      <PageHeader title="Приказ об утверждении аналитической справки" description={cycle.title} actions={badge} />
      <CycleTabs actor={actor} cycleId={cycle.id} current="/report" />
    </>
  );

  if (!report) {
    return (
      <div className="space-y-6">
        {header()}
        <EmptyState title="Сначала сформируйте аналитическую справку">
          <Link className="text-brand-700 hover:underline" href={base}>
            Перейти к аналитической справке
          </Link>
        </EmptyState>
      </div>
    );
  }

  if (view.integrity?.ok === false) {
    return (
      <div className="space-y-6">
        {header(<Badge tone="danger">Контрольная сумма не совпадает</Badge>)}
        <IntegrityFailure />
        <SecondaryLink href={base}>Аналитическая справка</SecondaryLink>
      </div>
    );
  }

  const approved = report.status === "approved";
  const canEdit = view.canManage && reportStep("save_order", report.status, cycle.status).ok;
  const approveStep = reportStep("approve", report.status, cycle.status);
  const links = (
    <div className="flex flex-wrap gap-2 print:hidden">
      <SecondaryLink href={base}>Аналитическая справка</SecondaryLink>
      {order ? <SecondaryLink href={`${base}/order/print`}>Версия для печати</SecondaryLink> : null}
      {order ? (
        <DocxLink href={`${base}/order/docx`} what={approved ? `приказ № ${order.document.number}` : "проект приказа"}>
          Скачать приказ .docx
        </DocxLink>
      ) : null}
    </div>
  );

  if (approved && order) {
    const approval = view.document?.approval;
    return (
      <div className="space-y-6">
        {header(<Badge tone="success">Подписан</Badge>)}
        <ApprovedStatus orderNumber={order.document.number} orderDate={approval?.orderDate ?? order.document.date} approvedAt={report.approvedAt} approvedBy={report.approvedBy?.name ?? null} hash={report.contentHash} />
        {links}
        <OrderDocumentView order={order.document} draft={false} />
        {order.id ? <HistoryList entityType="ReportOrder" entityId={order.id} /> : null}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      {header(<Badge tone="info">{order ? "Проект" : "Не подготовлен"}</Badge>)}
      {links}
      {canEdit ? (
        <Card>
          <CardTitle>{order ? "Изменить приказ" : "Подготовить приказ"}</CardTitle>
          <OrderForm
            reportId={report.id}
            orderVersion={order?.fields?.version ?? null}
            initial={order?.fields ?? defaultOrderFields(view, actor)}
          />
        </Card>
      ) : (
        <Alert>Готовить приказ может муниципальный координатор на этапах «Реализация» и «Подведение итогов».</Alert>
      )}

      {order ? (
        <section aria-labelledby="order-preview" className="space-y-3">
          <h2 id="order-preview" className="text-lg font-semibold text-slate-900">
            Текст приказа
          </h2>
          <OrderDocumentView order={order.document} draft />
        </section>
      ) : null}

      {view.canManage ? (
        <Card>
          <CardTitle>Утверждение</CardTitle>
          {!order ? (
            <p className="text-sm text-slate-700">{APPROVE_WITHOUT_ORDER_REFUSAL}</p>
          ) : approveStep.ok ? (
            <div className="space-y-3 text-sm text-slate-700">
              <p>
                После утверждения справка и приказ № {order.document.number} от {order.document.date} фиксируются с контрольной суммой: последующие изменения данных их не
                меняют, а правка становится невозможной.
              </p>
              <ApproveReportButton reportId={report.id} version={report.version} orderLabel={`приказом № ${order.document.number} от ${order.document.date}`} />
            </div>
          ) : (
            <p className="text-sm text-slate-700">
              {approveStep.reason} Сейчас цикл на этапе «{CYCLE_STATUS_LABELS[cycle.status]}»; перейти к следующему этапу можно на{" "}
              <Link className="text-brand-700 hover:underline" href={`/cycles/${cycle.id}`}>
                странице цикла
              </Link>
              .
            </p>
          )}
        </Card>
      ) : null}
      {order?.id ? <HistoryList entityType="ReportOrder" entityId={order.id} /> : null}
    </div>
  );
}
