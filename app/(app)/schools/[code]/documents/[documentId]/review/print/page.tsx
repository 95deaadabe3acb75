import type { Metadata } from "next";
import { PrintButton } from "@/components/reviews/print-button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireActor } from "@/lib/auth/session";
import { documentHeading } from "@/lib/domain/documents/fields";
import { reviewTotals, SCORE_LABELS, type Score } from "@/lib/domain/reviews/scoring";
import { getReviewPage } from "@/lib/features/reviews/queries";
import { formatLongDate } from "@/lib/i18n/dates";
import { DOCUMENT_KIND_LABELS, REVIEW_VERDICT_LABELS } from "@/lib/i18n/labels";
import { formatPercent } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Лист экспертизы" };

type Props = { params: Promise<{ code: string; documentId: string }>; searchParams: Promise<{ cycle?: string }> };

/** The printable expertise sheet of the latest completed review (or the curator's current draft). */
export default async function ReviewPrintPage({ params, searchParams }: Props) {
  const { code, documentId } = await params;
  const { cycle } = await searchParams;
  const actor = await requireActor();
  const data = await getReviewPage(actor, decodeURIComponent(code), documentId, cycle);
  const review = data.reviews.find((r) => r.status === "submitted") ?? (data.isReviewer ? data.current : null);
  if (!review) return <EmptyState title="Экспертиза ещё не проводилась">Лист экспертизы появится, когда куратор заполнит экспертизу.</EmptyState>;
  const byId = Object.fromEntries(review.scores.map((s) => [s.criterionId, s]));
  const criteria = data.criteria.filter((c) => c.active || byId[c.id]);
  const totals = reviewTotals(criteria.map((c) => c.id), byId);
  return (
    <article className="mx-auto max-w-3xl space-y-4 bg-white p-6 text-sm print:max-w-none print:p-0 print:text-xs">
      <div className="flex justify-end print:hidden">
        <PrintButton />
      </div>
      <header className="space-y-1 text-center">
        <p>{data.municipality.centerName}</p>
        <p>{data.municipality.name}</p>
        <h1 className="pt-2 text-lg font-semibold">Лист экспертизы</h1>
        <p>{documentHeading(DOCUMENT_KIND_LABELS[data.document.kind], data.document.title)}</p>
        {review.status === "draft" ? <p className="font-semibold">Черновик — экспертиза не завершена</p> : null}
      </header>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Образовательная организация</dt>
        <dd>{data.cycleSchool.school.name}</dd>
        <dt className="font-medium">Цикл</dt>
        <dd>{data.cycleSchool.cycle.title}</dd>
        <dt className="font-medium">Редакция документа</dt>
        <dd>№ {review.revisionNumber}</dd>
      </dl>
      <table className="w-full border-collapse border border-slate-400">
        <caption className="sr-only">Оценки по критериям</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-slate-400 px-2 py-1 text-left">№</th>
            <th scope="col" className="border border-slate-400 px-2 py-1 text-left">Критерий</th>
            <th scope="col" className="border border-slate-400 px-2 py-1 text-left">Оценка</th>
            <th scope="col" className="border border-slate-400 px-2 py-1 text-left">Комментарий</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c, i) => (
            <tr key={c.id} className="break-inside-avoid">
              <td className="border border-slate-400 px-2 py-1 align-top">{i + 1}</td>
              <td className="border border-slate-400 px-2 py-1 align-top">{c.text}</td>
              <td className="whitespace-nowrap border border-slate-400 px-2 py-1 align-top">
                {byId[c.id] ? `${byId[c.id].score} — ${SCORE_LABELS[byId[c.id].score as Score]}` : "—"}
              </td>
              <td className="border border-slate-400 px-2 py-1 align-top">{byId[c.id]?.comment ?? ""}</td>
            </tr>
          ))}
          <tr>
            <td colSpan={2} className="border border-slate-400 px-2 py-1 text-right font-medium">
              Итого
            </td>
            <td colSpan={2} className="border border-slate-400 px-2 py-1">
              {totals.total} из {totals.max}
              {totals.percent !== null ? ` (${formatPercent(totals.percent)})` : ""}
            </td>
          </tr>
        </tbody>
      </table>
      <section>
        <h2 className="font-semibold">Сильные стороны</h2>
        <p className="whitespace-pre-line">{review.strengths ?? "—"}</p>
      </section>
      <section>
        <h2 className="font-semibold">Рекомендации</h2>
        <p className="whitespace-pre-line">{review.recommendations ?? "—"}</p>
      </section>
      <p>
        <span className="font-semibold">Итог экспертизы: </span>
        {review.verdict ? REVIEW_VERDICT_LABELS[review.verdict] : "—"}
      </p>
      <footer className="grid grid-cols-2 gap-4 pt-6">
        <p>
          Куратор: {review.reviewer.name}
          {review.reviewer.position ? `, ${review.reviewer.position}` : ""}
        </p>
        <p className="text-right">Дата: {formatLongDate(review.submittedAt ?? review.updatedAt)}</p>
      </footer>
    </article>
  );
}
