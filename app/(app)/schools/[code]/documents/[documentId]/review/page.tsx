import type { Metadata } from "next";
import Link from "next/link";
import { DocumentView } from "@/components/reviews/document-view";
import { ReviewForm } from "@/components/reviews/review-form";
import { ReviewResult } from "@/components/reviews/review-result";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getReviewPage } from "@/lib/features/reviews/queries";
import { DOCUMENT_KIND_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Экспертиза документа" };

type Props = { params: Promise<{ code: string; documentId: string }>; searchParams: Promise<{ cycle?: string }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const { code, documentId } = await params;
  const { cycle } = await searchParams;
  const actor = await requireActor();
  const data = await getReviewPage(actor, decodeURIComponent(code), documentId, cycle);
  const { document, current, criteria } = data;
  const query = cycle ? `?cycle=${encodeURIComponent(cycle)}` : "";
  const printHref = `/schools/${data.cycleSchool.school.code}/documents/${document.id}/review/print${query}`;
  const completed = data.reviews.filter((r) => r.status === "submitted");
  return (
    <div className="space-y-4">
      <PageHeader
        title={`Экспертиза: ${document.title}`}
        description={`${data.cycleSchool.school.shortName} · ${DOCUMENT_KIND_LABELS[document.kind]}`}
        actions={
          completed.length || data.isReviewer ? (
            <Link href={printHref} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50">
              Лист экспертизы для печати
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <DocumentView document={document} />
        <Card>
          <CardTitle>Экспертиза куратора</CardTitle>
          {data.canEdit ? (
            <ReviewForm
              kind="curator"
              documentId={document.id}
              documentVersion={document.version}
              criteria={criteria.filter((c) => c.active)}
              initial={current}
            />
          ) : data.isReviewer && document.status !== "submitted" && !current ? (
            <Alert>Экспертиза возможна, когда школа отправит документ на экспертизу.</Alert>
          ) : null}
          <div className="mt-4 space-y-6">
            {completed.length === 0 && !data.canEdit ? <p className="text-sm text-slate-600">Завершённых экспертиз пока нет.</p> : null}
            {completed.map((review) => (
              <ReviewResult key={review.id} review={review} criteria={criteria} title={`Экспертиза редакции № ${review.revisionNumber}`} />
            ))}
          </div>
        </Card>
      </div>
    </div>
  );
}
