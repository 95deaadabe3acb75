import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckboxFilter, FilterForm, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { COMPETENCIES, LEVELS } from "@/lib/domain/competency";
import { DIAGNOSTIC_SUMMARY_COLUMNS, DIAGNOSTIC_TEACHER_COLUMNS, deficitsText, diagnosticSummaryRows } from "@/lib/features/diagnostics/columns";
import type { getDiagnosticsOverview } from "@/lib/features/diagnostics/queries";
import type { DiagnosticsQuery } from "@/lib/features/diagnostics/schemas";
import { COMPETENCY_LABELS, COMPETENCY_LEVEL_LABELS, PLURALS } from "@/lib/i18n/labels";
import { formatNumber, formatPercent, plural } from "@/lib/i18n/plural";
import { LevelChart } from "./level-chart";
import { LEVEL_TONES } from "./level-tones";

type Data = Awaited<ReturnType<typeof getDiagnosticsOverview>>;

const pct = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatPercent(v));
const signed = (v: number | null | undefined) => (v === null || v === undefined ? "—" : `${v > 0 ? "+" : ""}${formatNumber(v)}`);

export function DiagnosticsOverview({ data, query, canWrite }: { data: Data; query: DiagnosticsQuery; canWrite: boolean }) {
  const { summary, thresholds } = data;
  const chartData = COMPETENCIES.map((c) => ({ competency: COMPETENCY_LABELS[c], ...summary.entryDistribution[c] }));
  return (
    <div className="space-y-6">
      <FilterForm submitLabel="Показать">
        <SearchFilter label="Педагог" defaultValue={query.q} placeholder="ФИО" controlClassName="w-56" />
        {data.schools.length > 1 ? (
          <SelectFilter label="Школа" name="school" defaultValue={query.school} allLabel="Все школы муниципалитета" options={data.schools.map((s) => ({ value: s.code, label: s.shortName }))} />
        ) : null}
        <CheckboxFilter label="Только с дефицитами" name="deficits" defaultChecked={query.deficits === "1"} />
      </FilterForm>

      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Педагогов прошли диагностику" value={formatNumber(summary.teachers)} />
        <Stat label="Низкий уровень" value={`менее ${formatNumber(thresholds.low)} %`} hint="Компетенции на низком уровне — профессиональные дефициты" />
        <Stat label="Высокий уровень" value={`от ${formatNumber(thresholds.high)} %`} />
      </dl>

      <Card aria-labelledby="summary-title">
        <CardTitle id="summary-title">Уровень сформированности профессиональных компетенций</CardTitle>
        {summary.teachers === 0 ? (
          <EmptyState title="Диагностика ещё не проводилась" />
        ) : (
          <Table caption="Средние показатели входной и повторной диагностики, %">
            <thead>
              <tr>
                {DIAGNOSTIC_SUMMARY_COLUMNS.map((col, i) => (
                  <Th key={col.key} className={i > 0 ? "text-right" : undefined}>
                    {col.header}
                  </Th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {diagnosticSummaryRows(summary).map((r) => (
                <tr key={r.competency}>
                  <Td className="font-medium">{COMPETENCY_LABELS[r.competency]}</Td>
                  <Td className="text-right">{pct(r.entry)}</Td>
                  <Td className="text-right">{pct(r.repeat)}</Td>
                  <Td className="text-right">{signed(r.delta)}</Td>
                  {LEVELS.flatMap((l) => [
                    <Td key={`${l}-entry`} className="text-right">
                      {r.entryLevels[l]}
                    </Td>,
                    <Td key={`${l}-repeat`} className="text-right">
                      {r.repeatLevels[l]}
                    </Td>,
                  ])}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      {summary.teachers > 0 ? (
        <Card aria-labelledby="levels-title">
          <CardTitle id="levels-title">Распределение по уровням (входная диагностика)</CardTitle>
          <p className="mb-2 text-sm text-slate-600">Те же числа — в таблице выше, столбцы «Низкий», «Средний», «Высокий».</p>
          <LevelChart data={chartData} />
        </Card>
      ) : null}

      <section aria-labelledby="teachers-title" className="space-y-3">
        <h2 id="teachers-title" className="text-lg font-semibold">
          Педагоги: {plural(data.total, PLURALS.teacher)}
        </h2>
        {data.teachers.length === 0 ? (
          <EmptyState title="Никого не нашлось">Измените условия отбора.</EmptyState>
        ) : (
          <Table caption="Педагоги: уровни компетенций и дефициты">
            <thead>
              <tr>
                {DIAGNOSTIC_TEACHER_COLUMNS.map((col, i) => (
                  <Th key={col.key} className={i > 1 && col.key !== "deficits" ? "text-right" : undefined}>
                    {col.header}
                  </Th>
                ))}
                {canWrite ? <Th>Диагностика</Th> : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.teachers.map((t) => (
                <tr key={t.teacherId}>
                  <Td className="font-medium">{t.name}</Td>
                  <Td>{t.school.shortName}</Td>
                  {COMPETENCIES.flatMap((c) => {
                    const levels = t.repeatLevels ?? t.entryLevels;
                    const badge = levels ? (
                      <div>
                        <Badge tone={LEVEL_TONES[levels[c]]}>{COMPETENCY_LEVEL_LABELS[levels[c]]}</Badge>
                      </div>
                    ) : null;
                    return [
                      <Td key={`${c}-entry`} className="text-right whitespace-nowrap">
                        {t.entryScores ? formatNumber(t.entryScores[c]) : "—"}
                        {t.repeatLevels ? null : badge}
                      </Td>,
                      <Td key={`${c}-repeat`} className="text-right whitespace-nowrap">
                        {t.repeatScores ? formatNumber(t.repeatScores[c]) : "—"}
                        {t.repeatLevels ? badge : null}
                      </Td>,
                    ];
                  })}
                  <Td>{deficitsText(t.entryDeficits)}</Td>
                  {canWrite ? (
                    <Td className="space-x-2 whitespace-nowrap">
                      <Link className="text-brand-700 underline" href={`/diagnostics/record?teacher=${t.teacherId}&kind=entry&cycle=${data.cycle?.id ?? ""}`}>
                        входная
                      </Link>
                      <Link className="text-brand-700 underline" href={`/diagnostics/record?teacher=${t.teacherId}&kind=repeat&cycle=${data.cycle?.id ?? ""}`}>
                        повторная
                      </Link>
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={data.page} pages={data.pages} basePath="/diagnostics" params={{ q: query.q, school: query.school, deficits: query.deficits, cycle: query.cycle }} />
      </section>
    </div>
  );
}
