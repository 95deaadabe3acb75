import type { Metadata } from "next";
import Link from "next/link";
import { AddEvidenceForm, MeasureStatusActions, ReadingForm } from "@/components/measures/measure-actions";
import { MeasureStatusBadge, OverdueMarker } from "@/components/measures/measure-status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { documentHeading } from "@/lib/domain/documents/fields";
import { getMeasurePageOrNotFound } from "@/lib/features/measures/queries";
import { formatDate, formatDateTime } from "@/lib/i18n/dates";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "@/lib/i18n/labels";
import { formatFileSize } from "@/lib/i18n/plural";
import { HistoryList } from "@/components/history/history-list";

export const metadata: Metadata = { title: "Мероприятие" };

export default async function MeasurePage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; measureId: string }>;
  searchParams: Promise<{ cycle?: string }>;
}) {
  const [{ code, measureId }, { cycle }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const { cycleSchool, measure, inImplementation, events, canUpdate } = await getMeasurePageOrNotFound(actor, decodeURIComponent(code), measureId, cycle);
  const cycleQuery = cycle ? `?cycle=${encodeURIComponent(cycle)}` : "";
  const unit = measure.indicatorUnit ? ` ${measure.indicatorUnit}` : "";

  return (
    <div className="space-y-6">
      <nav aria-label="Навигация" className="text-sm">
        <Link href={`/schools/${cycleSchool.school.code}/roadmap${cycleQuery}`} className="text-brand-700 hover:underline">
          ← Дорожная карта: {cycleSchool.school.shortName}
        </Link>
      </nav>
      <PageHeader
        title={measure.title}
        description={documentHeading(DOCUMENT_KIND_LABELS[measure.document.kind], measure.document.title)}
      />
      {measure.carriedFrom ? (
        <p className="text-sm text-slate-700" data-testid="carried-from">
          <Badge tone="info">перенесено из цикла {measure.carriedFrom.year} года</Badge>{" "}
          <Link href={measure.carriedFrom.href} className="text-brand-700 hover:underline">
            Исходное мероприятие {measure.carriedFrom.year} года
          </Link>
        </p>
      ) : null}

      <Card aria-labelledby="measure-status">
        <CardTitle id="measure-status">Статус</CardTitle>
        <div className="mb-4 flex flex-wrap items-center gap-2">
          <MeasureStatusBadge status={measure.status} />
          <OverdueMarker overdue={measure.overdue} />
          {measure.completedAt ? <span className="text-sm text-slate-600">Отмечено: {formatDateTime(measure.completedAt)}</span> : null}
          {measure.confirmedAt ? <span className="text-sm text-slate-600">Подтверждено куратором: {formatDateTime(measure.confirmedAt)}</span> : null}
        </div>
        {measure.statusComment ? (
          <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm">
            <span className="font-medium">{measure.status === "not_done" ? "Причина невыполнения: " : "Комментарий куратора: "}</span>
            {measure.statusComment}
          </p>
        ) : null}
        {!inImplementation ? (
          <Alert>Документ в статусе «{DOCUMENT_STATUS_LABELS[measure.document.status]}»: мероприятия выполняются после подтверждения документа куратором.</Alert>
        ) : null}
        <MeasureStatusActions measure={{ id: measure.id, version: measure.version, status: measure.status, evidenceCount: measure.evidence.length }} events={events} />
      </Card>

      <Card aria-labelledby="measure-plan">
        <CardTitle id="measure-plan">Запланировано в программе</CardTitle>
        <Details className="lg:grid-cols-3">
          <Detail label="Задача">{measure.task.title}</Detail>
          <Detail label="Срок">{formatDate(measure.deadline)}</Detail>
          <Detail label="Ответственные">{measure.responsible}</Detail>
          <Detail label="Участники">{measure.participants}</Detail>
          <Detail label="Ожидаемый результат">{measure.expectedResult}</Detail>
          <Detail label="Форма отчёта">{measure.reportForm}</Detail>
          <Detail label="Показатель">{measure.indicatorName}</Detail>
          <Detail label="Базовое значение">{measure.baseline !== null ? `${measure.baseline}${unit}` : null}</Detail>
          <Detail label="Целевое значение">{measure.target !== null ? `${measure.target}${unit}` : null}</Detail>
          <Detail label="Фактическое значение">{measure.actual !== null ? `${measure.actual}${unit}` : "—"}</Detail>
        </Details>
      </Card>

      <Card aria-labelledby="measure-evidence">
        <CardTitle id="measure-evidence">Подтверждающие документы</CardTitle>
        {measure.evidence.length === 0 ? (
          <EmptyState title="Подтверждающих документов пока нет">Для статуса «Выполнено» нужен хотя бы один файл или ссылка.</EmptyState>
        ) : (
          <ul className="mb-4 divide-y divide-slate-200 text-sm">
            {measure.evidence.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center gap-2 py-2">
                {e.kind === "file" && e.file ? (
                  <a href={`/api/files/${e.file.id}`} className="font-medium text-brand-700 hover:underline">
                    {e.title}
                  </a>
                ) : (
                  <a href={e.url ?? "#"} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-brand-700 hover:underline">
                    {e.title}
                  </a>
                )}
                <span className="text-slate-500">
                  {e.kind === "file" && e.file ? `файл, ${formatFileSize(e.file.size)}` : `ссылка: ${e.url}`} · {formatDateTime(e.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
        {canUpdate && measure.status !== "confirmed" ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="mb-2 font-medium">Добавить подтверждение</h3>
            <AddEvidenceForm measureId={measure.id} />
          </div>
        ) : null}
      </Card>

      <Card aria-labelledby="measure-readings">
        <CardTitle id="measure-readings">Фактические значения показателя</CardTitle>
        {measure.readings.length === 0 ? (
          <p className="mb-4 text-sm text-slate-600">Показания ещё не записывались.</p>
        ) : (
          <Table caption="Показания показателя" className="mb-4">
            <thead>
              <tr>
                <Th>Дата</Th>
                <Th>Значение</Th>
                <Th>Примечание</Th>
                <Th>Записал</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {measure.readings.map((r) => (
                <tr key={r.id}>
                  <Td>{formatDate(r.date)}</Td>
                  <Td>
                    {r.value}
                    {unit}
                  </Td>
                  <Td>{r.note ?? "—"}</Td>
                  <Td>{r.recordedBy.name}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {canUpdate ? <ReadingForm measure={{ id: measure.id, version: measure.version }} /> : null}
      </Card>

      <HistoryList entityType="Measure" entityId={measure.id} />
    </div>
  );
}
