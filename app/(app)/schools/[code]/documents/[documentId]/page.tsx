import type { Metadata } from "next";
import Link from "next/link";
import { DocumentEditor } from "@/components/documents/document-editor";
import { DocumentView } from "@/components/documents/document-view";
import { ReviewComments } from "@/components/documents/review-comments";
import { DocumentStatusBadge } from "@/components/documents/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDocumentPage } from "@/lib/features/documents/queries";
import { formatDateTime } from "@/lib/i18n/dates";
import { DOCUMENT_KIND_LABELS } from "@/lib/i18n/labels";
import { HistoryList } from "@/components/history/history-list";

export const metadata: Metadata = { title: "Программный документ" };

export default async function DocumentPage({ params }: { params: Promise<{ code: string; documentId: string }> }) {
  const { code, documentId } = await params;
  const actor = await requireActor();
  const data = await getDocumentPage(actor, decodeURIComponent(code), documentId);
  const doc = data.document;
  const base = `/schools/${encodeURIComponent(data.school.code)}/documents`;
  return (
    <div className="space-y-6">
      <nav aria-label="Навигация по документу" className="text-sm print:hidden">
        <Link href={base} className="text-brand-700 underline">
          ← Все документы школы
        </Link>
      </nav>
      <PageHeader
        title={doc.title}
        description={
          <>
            {DOCUMENT_KIND_LABELS[doc.kind]} · {data.school.shortName} · <DocumentStatusBadge status={doc.status} />
            {doc.currentRevision > 0 ? ` · редакция ${doc.currentRevision}, отправлена ${formatDateTime(doc.submittedAt)}` : ""}
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            {doc.currentRevision > 0 ? (
              <Link href={`${base}/${doc.id}/revisions`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium">
                Редакции и изменения
              </Link>
            ) : null}
            {data.canReview ? (
              <Link href={`${base}/${doc.id}/review`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white">
                Провести экспертизу
              </Link>
            ) : null}
          </div>
        }
      />
      <div className={data.review ? "grid gap-6 lg:grid-cols-[1fr_20rem]" : undefined}>
        <div className="min-w-0">
          {data.editable ? (
            <DocumentEditor document={doc} tasks={data.editorTasks} problems={data.problems} bounds={data.bounds} />
          ) : (
            <DocumentView snapshot={data.snapshot} />
          )}
        </div>
        <ReviewComments review={data.review} />
      </div>
      <HistoryList entityType="ProgramDocument" entityId={doc.id} includeParts />
    </div>
  );
}
