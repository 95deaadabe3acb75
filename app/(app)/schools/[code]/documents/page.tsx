import type { Metadata } from "next";
import Link from "next/link";
import { CreateDocumentButton } from "@/components/documents/create-document-form";
import { DocumentStatusBadge } from "@/components/documents/status-badge";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getDocumentsOverview } from "@/lib/features/documents/queries";
import { formatDateTime } from "@/lib/i18n/dates";
import { DOCUMENT_KIND_LABELS, SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Программные документы" };

export default async function DocumentsPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<{ cycle?: string }> }) {
  const [{ code }, { cycle }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const data = await getDocumentsOverview(actor, decodeURIComponent(code), typeof cycle === "string" ? cycle : undefined);
  const cs = data.cycleSchool;
  const basePath = `/schools/${encodeURIComponent(cs.school.code)}/documents`;
  const missing = data.rows.filter((r) => r.required && !r.document).length;
  return (
    <div className="space-y-6">
      <PageHeader title="Программные документы" description={`${cs.school.shortName} · цикл ${cs.cycle.year} года`} />
      {!data.profileConfirmed ? (
        <Alert tone="info">Рисковый профиль ещё не подтверждён куратором: список обязательных антирисковых программ появится после подтверждения.</Alert>
      ) : null}
      {missing > 0 ? <Alert tone="error">Не созданы обязательные документы: {missing}. Они выделены в таблице.</Alert> : null}
      <Table caption="Документы школы в цикле">
        <thead>
          <tr>
            <Th>Документ</Th>
            <Th>Фактор риска</Th>
            <Th>Статус</Th>
            <Th>Редакция</Th>
            <Th>Изменён</Th>
            <Th>
              <span className="sr-only">Действия</span>
            </Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.rows.map((row) => {
            const highlight = row.required && !row.document;
            return (
              <tr key={row.key} className={highlight ? "bg-amber-50" : undefined} data-testid={`doc-row-${row.key}`}>
                <Td>
                  {row.document ? (
                    <Link href={`${basePath}/${row.document.id}`} className="font-medium text-brand-700 underline">
                      {row.document.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{DOCUMENT_KIND_LABELS[row.kind]}</span>
                  )}
                  {row.required ? <Badge className="ml-2">{row.kind === "anti_risk_program" ? "обязательна" : "обязателен"}</Badge> : null}
                </Td>
                <Td>
                  {row.factor ? (
                    <>
                      {row.factor.code}. {row.factor.title}
                      {row.factor.significance ? <div className="text-xs text-slate-600">Значимость: {SIGNIFICANCE_LABELS[row.factor.significance].toLowerCase()}</div> : null}
                    </>
                  ) : (
                    "—"
                  )}
                </Td>
                <Td>{row.document ? <DocumentStatusBadge status={row.document.status} /> : <Badge tone={highlight ? "danger" : "neutral"}>Не создан</Badge>}</Td>
                <Td>{row.document && row.document.currentRevision > 0 ? row.document.currentRevision : "—"}</Td>
                <Td>{row.document ? formatDateTime(row.document.updatedAt) : "—"}</Td>
                <Td>
                  {!row.document && data.canWrite ? (
                    <CreateDocumentButton cycleSchoolId={cs.id} kind={row.kind} riskFactorId={row.factor?.id} basePath={basePath} />
                  ) : null}
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {data.canWrite && data.optionalFactors.length > 0 ? (
        <Card aria-labelledby="optional-arp">
          <CardTitle id="optional-arp">Антирисковая программа по другому фактору</CardTitle>
          <p className="mb-3 text-sm text-slate-600">Школа может разработать программу и по фактору, для которого она не обязательна.</p>
          <CreateDocumentButton
            cycleSchoolId={cs.id}
            kind="anti_risk_program"
            basePath={basePath}
            label="Создать программу"
            factors={data.optionalFactors.map((f) => ({ ...f, significance: f.significance ? `значимость: ${SIGNIFICANCE_LABELS[f.significance].toLowerCase()}` : null }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
