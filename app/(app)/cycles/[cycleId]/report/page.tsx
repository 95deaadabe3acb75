import type { Metadata } from "next";
import Link from "next/link";
import { CycleTabs } from "@/components/cycles/cycle-tabs";
import { HistoryList } from "@/components/history/history-list";
import { CreateReportButton } from "@/components/report/create-report-button";
import { DocxLink, PrimaryLink, SecondaryLink } from "@/components/report/report-links";
import { ReportDocumentView } from "@/components/report/report-document-view";
import { NextCyclePanel } from "@/components/report/next-cycle-panel";
import { ApprovedStatus, IntegrityFailure } from "@/components/report/report-status";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { REPORT_CYCLE_STAGES, reportStep } from "@/lib/domain/report/workflow";
import { previewNextCycle } from "@/lib/features/next-cycle/queries";
import { getReportViewOrNotFound } from "@/lib/features/report/view";
import { CYCLE_STATUS_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Аналитическая справка" };

export default async function ReportPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  const actor = await requireActor();
  const view = await getReportViewOrNotFound(actor, cycleId);
  const { cycle, report } = view;
  const base = `/cycles/${cycle.id}/report`;
  const stage = CYCLE_STATUS_LABELS[cycle.status];

  if (report && view.integrity?.ok === false) {
    // The approved snapshot does not verify: the error instead of the document, its links and the next-year panel.
    return (
      <div className="space-y-6">
        <PageHeader title="Аналитическая справка" description={cycle.title} actions={<Badge tone="danger">Контрольная сумма не совпадает</Badge>} />
        <CycleTabs actor={actor} cycleId={cycle.id} current="/report" />
        <IntegrityFailure />
        <HistoryList entityType="AnalyticalReport" entityId={report.id} />
      </div>
    );
  }

  if (!report || !view.document) {
    const step = reportStep("create", "none", cycle.status);
    return (
      <div className="space-y-6">
        <PageHeader title="Аналитическая справка" description={cycle.title} />
        <CycleTabs actor={actor} cycleId={cycle.id} current="/report" />
        <EmptyState title="Аналитическая справка ещё не сформирована">
          <p>
            Справка «Об итогах реализации Дорожной карты … в {cycle.year} году» собирается из данных цикла: мероприятия МНЦ, консультации МТКП, анкеты,
            дорожные карты школ и результаты оценочных процедур. Цифры обновляются до утверждения справки приказом; текст абзацев и задачи можно изменить.
          </p>
          <div className="mt-4 flex justify-center">
            {!view.canManage ? null : step.ok ? (
              <CreateReportButton cycleId={cycle.id} />
            ) : (
              <p className="font-medium text-slate-700">
                {REPORT_CYCLE_STAGES.create.refusal} Сейчас цикл на этапе «{stage}».
              </p>
            )}
          </div>
        </EmptyState>
      </div>
    );
  }

  const approved = report.status === "approved";
  const editable = view.canManage && reportStep("edit", report.status, cycle.status).ok;
  const approval = view.document.approval;
  // Section V's way out: next year's roadmap from the approved report (null while it is a draft).
  const nextCycle = approved && can(actor, "cycle:manage") ? await previewNextCycle(actor, cycle.id) : null;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Аналитическая справка"
        description={cycle.title}
        actions={<Badge tone={approved ? "success" : "info"}>{approved ? "Утверждена приказом" : "Черновик"}</Badge>}
      />
      <CycleTabs actor={actor} cycleId={cycle.id} current="/report" />

      {approved && approval ? (
        <ApprovedStatus orderNumber={approval.orderNumber} orderDate={approval.orderDate} approvedAt={report.approvedAt} approvedBy={report.approvedBy?.name ?? null} hash={report.contentHash} />
      ) : (
        <Alert>
          <p className="font-semibold">Черновик справки</p>
          <p className="mt-1">
            Цифры и таблицы формируются из данных системы и обновляются до утверждения; их нельзя изменить вручную. Абзацы с кнопкой «Изменить», название и задачи
            раздела V можно редактировать. Утвердить справку приказом можно на этапе «Подведение итогов» (сейчас — «{stage}»).
          </p>
          {can(actor, "municipality:manage") ? (
            <p className="mt-1">
              Шапка и подпись (наименование центра, адрес, телефон, руководитель) берутся из{" "}
              <Link href="/admin/municipalities" className="font-medium text-brand-700 underline">
                реквизитов муниципалитета
              </Link>
              .
            </p>
          ) : null}
        </Alert>
      )}

      <div className="flex flex-wrap gap-2 print:hidden">
        {view.canManage && !approved ? <PrimaryLink href={`${base}/order`}>{view.order ? "Приказ и утверждение" : "Подготовить приказ"}</PrimaryLink> : null}
        {approved ? <SecondaryLink href={`${base}/order`}>Приказ № {approval?.orderNumber}</SecondaryLink> : null}
        <SecondaryLink href={`${base}/print`}>Версия для печати</SecondaryLink>
        <DocxLink href={`${base}/docx`} what={`аналитическая справка за ${cycle.year} год`}>
          Скачать .docx
        </DocxLink>
        {view.order ? (
          <DocxLink href={`${base}/order/docx`} what={approved ? `приказ № ${view.order.document.number}` : "проект приказа"}>
            Скачать приказ .docx
          </DocxLink>
        ) : null}
      </div>

      {nextCycle ? <NextCyclePanel cycleId={cycle.id} preview={nextCycle} /> : null}

      <ReportDocumentView
        document={view.document}
        editing={
          editable
            ? { reportId: report.id, version: report.version, edited: new Set(Object.keys(view.narrative?.paragraphs ?? {})), tasks: view.narrative?.tasks ?? [] }
            : undefined
        }
      />

      <HistoryList entityType="AnalyticalReport" entityId={report.id} />
    </div>
  );
}
