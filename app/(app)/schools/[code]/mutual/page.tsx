import type { Metadata } from "next";
import { PairSteps } from "@/components/mutual/pair-steps";
import { StepList } from "@/components/mutual/step-list";
import { DocumentView } from "@/components/reviews/document-view";
import { ReviewForm } from "@/components/reviews/review-form";
import { ReviewResult } from "@/components/reviews/review-result";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getSchoolMutual } from "@/lib/features/mutual/queries";
import { MUTUAL_PAIR_STATUS_LABELS, RISK_PROFILE_STATUS_LABELS, SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Взаимоэкспертиза" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ cycle?: string }> };

export default async function SchoolMutualPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { cycle } = await searchParams;
  const actor = await requireActor();
  const data = await getSchoolMutual(actor, decodeURIComponent(code), cycle);
  const school = data.cycleSchool.school;
  if (!data.pair) {
    return (
      <div className="space-y-4">
        <PageHeader title="Взаимоэкспертиза" description={school.shortName} />
        <EmptyState title="Школа не включена в пару для взаимоэкспертизы">Пары школ составляет муниципальный координатор.</EmptyState>
      </div>
    );
  }
  const { pair, partner, riskProfile, documents, criteria, ownReviews, receivedReviews, canWrite, allCriteria } = data;
  const factors = riskProfile?.factors.filter((f) => f.significance !== "low") ?? [];
  return (
    <div className="space-y-6">
      <PageHeader title="Взаимоэкспертиза" description={`${school.shortName} и ${partner.school.shortName}`} />
      <Card>
        <CardTitle>Этапы</CardTitle>
        <div className="mb-3 flex items-center gap-2">
          <Badge>{MUTUAL_PAIR_STATUS_LABELS[pair.status]}</Badge>
          {pair.finalFile ? (
            <a className="text-sm text-brand-700 underline" href={`/api/files/${pair.finalFile.id}`}>
              Итоговый протокол: {pair.finalFile.originalName}
            </a>
          ) : null}
        </div>
        <StepList pair={pair} today={new Date()} />
        {canWrite ? (
          <div className="mt-4">
            <PairSteps pair={{ id: pair.id, version: pair.version, status: pair.status }} />
          </div>
        ) : null}
      </Card>

      <section className="space-y-4" aria-labelledby="package">
        <h2 id="package" className="text-xl font-semibold text-slate-900">
          Пакет документов школы {partner.school.shortName}
        </h2>
        <Card>
          <CardTitle>Рисковый профиль</CardTitle>
          {riskProfile ? (
            <>
              <p className="mb-2 text-sm text-slate-600">Статус: {RISK_PROFILE_STATUS_LABELS[riskProfile.status]}</p>
              {factors.length ? (
                <ul className="space-y-1 text-sm">
                  {factors.map((f) => (
                    <li key={f.factor.code}>
                      {f.factor.code}. {f.factor.title} — значимость: {SIGNIFICANCE_LABELS[f.significance].toLowerCase()}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-600">Факторов высокой и средней значимости нет.</p>
              )}
            </>
          ) : (
            <p className="text-sm text-slate-600">Рисковый профиль ещё не заполнен.</p>
          )}
        </Card>
        {documents.length === 0 ? <EmptyState title="Школа-партнёр ещё не отправила документы" /> : null}
        {documents.map((doc) => {
          const review = ownReviews.find((r) => r.documentId === doc.id && r.revisionNumber === doc.currentRevision) ?? null;
          const docCriteria = (criteria[doc.kind] ?? []).filter((c) => c.active);
          return (
            <div key={doc.id} className="grid gap-4 lg:grid-cols-2">
              <DocumentView document={doc} headingLevel={3} />
              <Card>
                <CardTitle>Экспертиза школы {school.shortName}</CardTitle>
                {canWrite && pair.status !== "paired" && (!review || review.status === "draft") ? (
                  <ReviewForm kind="mutual" pairId={pair.id} documentId={doc.id} criteria={docCriteria} initial={review} />
                ) : review && (review.status === "submitted" || !canWrite) ? (
                  <ReviewResult review={review} criteria={criteria[doc.kind] ?? []} title={`Экспертиза документа «${doc.title}»`} />
                ) : canWrite ? (
                  <Alert>Экспертиза откроется после отметки «обмен документами выполнен».</Alert>
                ) : (
                  <p className="text-sm text-slate-600">Экспертиза ещё не заполнена.</p>
                )}
              </Card>
            </div>
          );
        })}
      </section>

      <section className="space-y-4" aria-labelledby="received">
        <h2 id="received" className="text-xl font-semibold text-slate-900">
          Экспертиза документов школы {school.shortName} от школы {partner.school.shortName}
        </h2>
        {receivedReviews.length === 0 ? <p className="text-sm text-slate-600">Завершённых экспертиз пока нет.</p> : null}
        {receivedReviews.map((r) => (
          <Card key={r.id}>
            <ReviewResult review={r} criteria={allCriteria.filter((c) => c.documentKind === r.document.kind)} title={`«${r.document.title}»`} />
          </Card>
        ))}
      </section>
    </div>
  );
}
