"use client";
import { useId, useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { needsComment, reviewTotals, SCORE_LABELS, SCORES, scoreField } from "@/lib/domain/reviews/scoring";
import { saveMutualReviewDraftAction, submitMutualReviewAction } from "@/lib/features/mutual/actions";
import { saveCuratorReviewDraftAction, submitCuratorReviewAction } from "@/lib/features/reviews/actions";
import { formatPercent } from "@/lib/i18n/plural";

type Criterion = { id: string; code: string; text: string };
type Verdict = "confirmed" | "needs_revision";
export type ReviewFormInitial = {
  id: string;
  version: number;
  verdict: Verdict | null;
  strengths: string | null;
  recommendations: string | null;
  scores: { criterionId: string; score: number; comment: string | null }[];
} | null;

function TextArea({ label, value, onChange, error, name }: { label: string; value: string; onChange: (v: string) => void; error?: string; name: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={cn("block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm", error ? "border-red-500" : "border-slate-300")}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The expertise form: a 0–3 radio group and a comment per criterion (the
 * comment is required below «Да»), strengths, recommendations, verdict. The
 * same form serves the curator (`kind="curator"`, the verdict confirms or
 * returns the document) and mutual expertise (`kind="mutual"`).
 */
export function ReviewForm({
  kind,
  documentId,
  documentVersion,
  pairId,
  criteria,
  initial,
}: {
  kind: "curator" | "mutual";
  documentId: string;
  documentVersion?: number;
  pairId?: string;
  criteria: Criterion[];
  initial: ReviewFormInitial;
}) {
  const draft = useAction(kind === "curator" ? saveCuratorReviewDraftAction : saveMutualReviewDraftAction);
  const submit = useAction(kind === "curator" ? submitCuratorReviewAction : submitMutualReviewAction);
  const [scores, setScores] = useState<Record<string, { score: number | null; comment: string }>>(() =>
    Object.fromEntries(criteria.map((c) => {
      const s = initial?.scores.find((x) => x.criterionId === c.id);
      return [c.id, { score: s?.score ?? null, comment: s?.comment ?? "" }];
    })),
  );
  const [strengths, setStrengths] = useState(initial?.strengths ?? "");
  const [recommendations, setRecommendations] = useState(initial?.recommendations ?? "");
  const [verdict, setVerdict] = useState<Verdict | null>(initial?.verdict ?? null);
  const [review, setReview] = useState({ id: initial?.id ?? null, version: initial?.version ?? 0 });
  const [last, setLast] = useState<"draft" | "submit" | null>(null);
  const base = useId();

  const active = last === "submit" ? submit : draft;
  const fieldErrors = (active.result.validationErrors as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? {};
  const serverError = active.result.serverError?.message;
  const pending = draft.isPending || submit.isPending;
  const totals = reviewTotals(criteria.map((c) => c.id), scores);

  const input = () => ({
    documentId,
    reviewId: review.id,
    version: review.version,
    ...(documentVersion !== undefined ? { documentVersion } : {}),
    ...(pairId ? { pairId } : {}),
    scores: Object.fromEntries(Object.entries(scores).filter(([, s]) => s.score !== null || s.comment.trim())),
    strengths,
    recommendations,
    verdict,
  });

  async function run(mode: "draft" | "submit") {
    setLast(mode);
    const result = await (mode === "draft" ? draft : submit).executeAsync(input());
    if (result?.data?.ok) setReview({ id: result.data.reviewId, version: result.data.version });
  }

  const setScore = (id: string, patch: Partial<{ score: number | null; comment: string }>) => setScores((s) => ({ ...s, [id]: { ...s[id], ...patch } }));

  return (
    <form
      noValidate
      className="space-y-5"
      aria-label="Экспертиза документа"
      onSubmit={(e) => {
        e.preventDefault();
        void run("submit");
      }}
    >
      <div aria-live="polite" className="space-y-2">
        {serverError ? <Alert tone="error">{serverError}</Alert> : null}
        {Object.keys(fieldErrors).length ? <Alert tone="error">Проверьте отмеченные поля.</Alert> : null}
        {last === "draft" && draft.result.data?.ok ? <Alert tone="success">Черновик экспертизы сохранён.</Alert> : null}
        {last === "submit" && submit.result.data?.ok ? <Alert tone="success">Экспертиза завершена.</Alert> : null}
      </div>
      <ol className="space-y-4">
        {criteria.map((c, i) => {
          const s = scores[c.id];
          const scoreError = fieldErrors[scoreField(c.id, "score")]?.[0];
          const commentError = fieldErrors[scoreField(c.id, "comment")]?.[0];
          return (
            <li key={c.id} className="rounded-md border border-slate-200 bg-white p-3">
              <fieldset aria-describedby={scoreError ? `${base}-${c.id}-score-error` : undefined}>
                <legend className="text-sm font-medium text-slate-900">
                  {i + 1}. {c.text}
                </legend>
                <div className="mt-2 flex flex-wrap gap-3" role="radiogroup" aria-label={`Оценка по критерию ${i + 1}`}>
                  {SCORES.map((value) => (
                    <label key={value} className="inline-flex items-center gap-1.5 text-sm">
                      <input type="radio" name={`score-${c.id}`} value={value} checked={s.score === value} onChange={() => setScore(c.id, { score: value })} />
                      {value} — {SCORE_LABELS[value]}
                    </label>
                  ))}
                </div>
                {scoreError ? (
                  <p id={`${base}-${c.id}-score-error`} className="mt-1 text-sm text-red-700">
                    {scoreError}
                  </p>
                ) : null}
              </fieldset>
              <div className="mt-2">
                <TextArea
                  label={needsComment(s.score) ? `Комментарий к критерию ${i + 1} (обязателен)` : `Комментарий к критерию ${i + 1}`}
                  name={`comment-${c.id}`}
                  value={s.comment}
                  onChange={(v) => setScore(c.id, { comment: v })}
                  error={commentError}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-slate-700" aria-live="polite">
        Оценено критериев: {totals.scored} из {totals.criteria}. Сумма баллов: {totals.total} из {totals.max}
        {totals.percent !== null ? ` (${formatPercent(Math.round((totals.total / totals.max) * 1000) / 10)})` : ""}
      </p>
      <TextArea label="Сильные стороны" name="strengths" value={strengths} onChange={setStrengths} error={fieldErrors.strengths?.[0]} />
      <TextArea label="Рекомендации" name="recommendations" value={recommendations} onChange={setRecommendations} error={fieldErrors.recommendations?.[0]} />
      <fieldset aria-describedby={fieldErrors.verdict ? `${base}-verdict-error` : undefined}>
        <legend className="text-sm font-medium text-slate-900">Итог экспертизы</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {(
            [
              ["confirmed", "Подтверждено"],
              ["needs_revision", "Требуется доработка"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="inline-flex items-center gap-1.5 text-sm">
              <input type="radio" name="verdict" value={value} checked={verdict === value} onChange={() => setVerdict(value)} />
              {label}
            </label>
          ))}
        </div>
        {fieldErrors.verdict ? (
          <p id={`${base}-verdict-error`} className="mt-1 text-sm text-red-700">
            {fieldErrors.verdict[0]}
          </p>
        ) : null}
        {kind === "curator" ? (
          <p className="mt-1 text-xs text-slate-500">«Требуется доработка» вернёт документ школе вместе с комментариями.</p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={pending} onClick={() => void run("draft")}>
          Сохранить черновик
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? "Сохранение…" : "Завершить экспертизу"}
        </Button>
      </div>
    </form>
  );
}
