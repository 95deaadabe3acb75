import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { SURVEY_ANSWER_COLUMNS } from "@/lib/features/surveys/columns";
import type { SurveyResults as Results } from "@/lib/features/surveys/queries";
import { PLURALS } from "@/lib/i18n/labels";
import { formatNumber, formatPercent, plural } from "@/lib/i18n/plural";

/** Aggregate results only: counts and shares per answer, free texts without names. */
export function SurveyResults({ results }: { results: Results }) {
  if (results.responses === 0) return <EmptyState title="Ответов пока нет">Итоги появятся после первого ответа.</EmptyState>;
  const sentences = results.questions.map((q) => q.sentence).filter((s): s is string => Boolean(s));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        Получено: <strong>{plural(results.responses, PLURALS.response)}</strong>. Ответы анонимны: в итогах нет имён.
      </p>
      {sentences.length ? (
        <Card aria-labelledby="survey-summary">
          <CardTitle id="survey-summary">Главное</CardTitle>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      {results.questions.map((q, i) => (
        <Card key={q.id} aria-labelledby={`result-${q.id}`}>
          <CardTitle id={`result-${q.id}`}>
            {i + 1}. {q.text}
          </CardTitle>
          {q.result.kind === "text" ? (
            q.result.texts.length ? (
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {q.result.texts.map((t, k) => (
                  <li key={k}>{t}</li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">Свободных ответов нет.</p>
            )
          ) : (
            <>
              <Table caption={`Ответы на вопрос «${q.text}»`}>
                <thead>
                  <tr>
                    {SURVEY_ANSWER_COLUMNS.map((c, i) => (
                      <Th key={c.key} className={i > 0 ? "text-right" : undefined}>
                        {c.header}
                      </Th>
                    ))}
                    <Th className="w-1/3">
                      <span className="sr-only">Диаграмма</span>
                    </Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {q.result.rows.map((row) => (
                    <tr key={row.label}>
                      <Td>{row.label}</Td>
                      <Td className="text-right">{formatNumber(row.count)}</Td>
                      <Td className="text-right">{formatPercent(row.percent)}</Td>
                      <Td aria-hidden="true">
                        <div className="h-3 rounded bg-slate-100 print:border print:border-slate-400">
                          <div className="h-3 rounded bg-brand-600" style={{ width: `${row.percent}%` }} />
                        </div>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <p className="mt-2 text-sm text-slate-600">
                Ответили: {formatNumber(q.result.answered)}
                {q.result.kind === "scale" && q.result.average !== null ? `; средняя оценка — ${formatNumber(q.result.average)} из 5` : ""}
                {q.sentence ? `; ${q.sentence}` : ""}
              </p>
            </>
          )}
        </Card>
      ))}
    </div>
  );
}
