import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/lib/i18n/dates";
import type { DocumentPageData } from "@/lib/features/documents/queries";

const SCORE_LABELS = ["Нет", "Скорее нет", "Скорее да", "Да"] as const;

/** The latest submitted curator review of the document: per-criterion comments and recommendations. */
export function ReviewComments({ review }: { review: DocumentPageData["review"] }) {
  if (!review) return null;
  const commented = review.scores.filter((s) => s.comment && s.comment.trim() !== "");
  return (
    <aside aria-labelledby="review-comments" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm print:border-0 print:bg-white">
      <h2 id="review-comments" className="text-base font-semibold text-slate-900">
        Замечания экспертизы
      </h2>
      <p className="text-slate-700">
        {review.reviewer.name}, {formatDate(review.submittedAt)}, редакция {review.revisionNumber}
        {review.verdict ? (
          <Badge tone={review.verdict === "confirmed" ? "success" : "warning"} className="ml-2">
            {review.verdict === "confirmed" ? "Подтверждено" : "Требуется доработка"}
          </Badge>
        ) : null}
      </p>
      {commented.length > 0 ? (
        <ul className="space-y-2">
          {commented.map((s) => (
            <li key={s.criterion.code}>
              <span className="font-medium">
                {s.criterion.code}. {s.criterion.text}
              </span>{" "}
              <span className="text-slate-600">({SCORE_LABELS[s.score] ?? s.score})</span>
              <p className="whitespace-pre-line">{s.comment}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {review.recommendations ? (
        <div>
          <h3 className="font-medium">Рекомендации</h3>
          <p className="whitespace-pre-line">{review.recommendations}</p>
        </div>
      ) : null}
    </aside>
  );
}
