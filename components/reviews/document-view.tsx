import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import type { DocumentKind, DocumentStatus } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/i18n/dates";
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from "@/lib/i18n/labels";

type Num = { toString(): string } | null;
export type DocumentViewData = {
  id: string;
  kind: DocumentKind;
  title: string;
  status: DocumentStatus;
  periodFrom: number | null;
  periodTo: number | null;
  mission: string | null;
  goal: string | null;
  desiredState: string | null;
  analysis: string | null;
  submittedAt: Date | null;
  riskFactor: { code: number; title: string } | null;
  tasks: {
    id: string;
    title: string;
    cause: string | null;
    measures: {
      id: string;
      title: string;
      deadline: Date | null;
      responsible: string | null;
      participants: string | null;
      expectedResult: string | null;
      indicatorName: string | null;
      indicatorUnit: string | null;
      baseline: Num;
      target: Num;
      reportForm: string | null;
    }[];
  }[];
};

function Text({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-sm text-slate-900">{value}</dd>
    </div>
  );
}

/** A programme document, read-only: header, goal, tasks and their measures. */
export function DocumentView({ document, headingLevel = 2 }: { document: DocumentViewData; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card aria-label={`Документ «${document.title}»`}>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <H className="text-lg font-semibold text-slate-900">{document.title}</H>
        <Badge tone="info">{DOCUMENT_KIND_LABELS[document.kind]}</Badge>
        <Badge>{DOCUMENT_STATUS_LABELS[document.status]}</Badge>
      </div>
      <dl className="space-y-2">
        {document.riskFactor ? <Text label="Фактор риска" value={`${document.riskFactor.code}. ${document.riskFactor.title}`} /> : null}
        {document.periodFrom ? <Text label="Период" value={`${document.periodFrom}–${document.periodTo ?? document.periodFrom}`} /> : null}
        {document.submittedAt ? <Text label="Отправлен на экспертизу" value={formatDate(document.submittedAt)} /> : null}
        <Text label="Миссия" value={document.mission} />
        <Text label="Цель" value={document.goal} />
        <Text label="Желаемое состояние" value={document.desiredState} />
        <Text label="Анализ и обоснование выбранных рисков" value={document.analysis} />
      </dl>
      {document.tasks.length ? (
        <div className="mt-4 space-y-4">
          <CardTitle className="text-base">Задачи и меры</CardTitle>
          <ol className="space-y-4">
            {document.tasks.map((task, i) => (
              <li key={task.id} className="rounded-md border border-slate-200 p-3">
                <p className="font-medium text-slate-900">
                  Задача {i + 1}. {task.title}
                </p>
                {task.cause ? <p className="mt-1 text-sm text-slate-600">Причина риска: {task.cause}</p> : null}
                {task.measures.length ? (
                  <ul className="mt-2 space-y-2">
                    {task.measures.map((m) => (
                      <li key={m.id} className="text-sm">
                        <p className="text-slate-900">{m.title}</p>
                        <p className="text-slate-600">
                          Срок: {formatDate(m.deadline)}; ответственный: {m.responsible ?? "—"}
                          {m.participants ? `; участники: ${m.participants}` : ""}
                        </p>
                        {m.indicatorName ? (
                          <p className="text-slate-600">
                            Показатель: {m.indicatorName} — {m.baseline?.toString() ?? "—"} → {m.target?.toString() ?? "—"} {m.indicatorUnit ?? ""}
                          </p>
                        ) : null}
                        {m.expectedResult ? <p className="text-slate-600">Ожидаемый результат: {m.expectedResult}</p> : null}
                        {m.reportForm ? <p className="text-slate-600">Форма отчёта: {m.reportForm}</p> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </Card>
  );
}
