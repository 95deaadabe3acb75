import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { reviewTotals, SCORE_LABELS, type Score } from "@/lib/domain/reviews/scoring";
import { formatDate } from "@/lib/i18n/dates";
import { REVIEW_STATUS_LABELS, REVIEW_VERDICT_LABELS } from "@/lib/i18n/labels";
import { formatPercent } from "@/lib/i18n/plural";
import type { ReviewStatus, ReviewVerdict } from "@/lib/db/generated/enums";

export type ReviewResultData = {
  id: string;
  status: ReviewStatus;
  verdict: ReviewVerdict | null;
  strengths: string | null;
  recommendations: string | null;
  revisionNumber: number;
  submittedAt: Date | null;
  reviewer: { name: string; position: string | null };
  reviewerSchool?: { school: { shortName: string } } | null;
  scores: { criterionId: string; score: number; comment: string | null }[];
};

/** A review read-only: scores with comments, totals, strengths, recommendations, verdict. */
export function ReviewResult({ review, criteria, title }: { review: ReviewResultData; criteria: { id: string; code: string; text: string }[]; title: string }) {
  const byId = Object.fromEntries(review.scores.map((s) => [s.criterionId, s]));
  const shown = criteria.filter((c) => byId[c.id]);
  const totals = reviewTotals(
    criteria.map((c) => c.id),
    byId,
  );
  return (
    <section aria-label={title} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">{title}</h3>
        <Badge>{REVIEW_STATUS_LABELS[review.status]}</Badge>
        {review.verdict ? <Badge tone={review.verdict === "confirmed" ? "success" : "warning"}>{REVIEW_VERDICT_LABELS[review.verdict]}</Badge> : null}
      </div>
      <p className="text-sm text-slate-600">
        {review.reviewerSchool ? `${review.reviewerSchool.school.shortName}, ` : ""}
        {review.reviewer.name}
        {review.submittedAt ? `, ${formatDate(review.submittedAt)}` : ""}; редакция документа № {review.revisionNumber}. Итого: {totals.total} из {totals.max}
        {totals.percent !== null ? ` (${formatPercent(totals.percent)})` : ""}
      </p>
      <Table caption={`${title}: оценки по критериям`}>
        <thead>
          <tr>
            <Th>Критерий</Th>
            <Th>Оценка</Th>
            <Th>Комментарий</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {shown.map((c) => (
            <tr key={c.id}>
              <Td>{c.text}</Td>
              <Td className="whitespace-nowrap">
                {byId[c.id].score} — {SCORE_LABELS[byId[c.id].score as Score]}
              </Td>
              <Td>{byId[c.id].comment ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {review.strengths ? (
        <div>
          <h4 className="text-sm font-medium text-slate-600">Сильные стороны</h4>
          <p className="whitespace-pre-line text-sm">{review.strengths}</p>
        </div>
      ) : null}
      {review.recommendations ? (
        <div>
          <h4 className="text-sm font-medium text-slate-600">Рекомендации</h4>
          <p className="whitespace-pre-line text-sm">{review.recommendations}</p>
        </div>
      ) : null}
    </section>
  );
}
