"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { carriedMeasuresText } from "@/lib/domain/report/carry-over";
import { createNextCycleAction } from "@/lib/features/next-cycle/actions";
import type { NextCyclePreview } from "@/lib/features/next-cycle/queries";
import { CYCLE_STATUS_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

const FACTOR = { one: "фактор риска", few: "фактора риска", many: "факторов риска" } as const;
const TASK = { one: "задача", few: "задачи", many: "задач" } as const;
const DOCUMENT = { one: "черновик программы", few: "черновика программ", many: "черновиков программ" } as const;
const PAIRING = { one: "закрепление куратора", few: "закрепления кураторов", many: "закреплений кураторов" } as const;

/** «7 школ, 9 мер перенесено, 2 фактора риска, 4 задачи» — the parts that are not zero. */
function summaryParts(p: NextCyclePreview): string {
  const parts = [
    p.schools.toList > 0 ? plural(p.schools.toList, PLURALS.school) : null,
    carriedMeasuresText(p.measures.toCarry),
    p.factors.length > 0 ? plural(p.factors.length, FACTOR) : null,
    p.tasksWillFill ? `${plural(p.tasks.length, TASK)} из раздела V справки` : null,
  ];
  return parts.filter(Boolean).join(", ");
}

/**
 * «Дорожная карта на {год + 1}» on a cycle whose analytical report is
 * approved: what carrying the year over would create (`previewNextCycle`),
 * whether to keep the curator pairings, and the button that opens the new
 * cycle's draft (or fills the draft already open) and goes to it.
 */
export function NextCyclePanel({ cycleId, preview }: { cycleId: string; preview: NextCyclePreview }) {
  const router = useRouter();
  const checkboxId = useId();
  const [includePairings, setIncludePairings] = useState(true);
  const { execute, result, isPending, hasSucceeded } = useCreateAction(createNextCycleAction, {
    onSuccess: ({ data }) => data && router.push(`/cycles/${data.id}`),
  });
  const { nextYear, existing } = preview;
  const button = `Создать дорожную карту на ${nextYear} год`;
  const keepPairings = includePairings && preview.schools.withCurator > 0;
  const pairingsNote = preview.schools.withCurator === 0 ? "" : keepPairings ? "Кураторы останутся закреплены за школами." : "Кураторов нужно будет закрепить заново.";

  return (
    <Card aria-labelledby="next-cycle-title" className="print:hidden">
      <CardTitle id="next-cycle-title">Дорожная карта на {nextYear} год</CardTitle>
      {preview.refusal ? (
        <div className="space-y-2 text-sm">
          <Alert>{preview.refusal}</Alert>
          {existing ? <CycleLink id={existing.id} year={existing.year} /> : null}
        </div>
      ) : preview.upToDate && existing ? (
        <div className="space-y-2 text-sm">
          <p>
            Черновик цикла {existing.year} года открыт, всё уже перенесено: школы
            {preview.measures.alreadyCarried > 0 ? `, ${plural(preview.measures.alreadyCarried, PLURALS.measure)}` : ""}, факторы риска.
          </p>
          <CycleLink id={existing.id} year={existing.year} />
        </div>
      ) : (
        <div className="space-y-4 text-sm">
          <p className="text-base">
            {existing
              ? `Черновик цикла ${existing.year} года уже открыт («${CYCLE_STATUS_LABELS[existing.status]}»); в него будет добавлено: ${summaryParts(preview)}.`
              : `Будет открыт черновик цикла ${nextYear} года: ${summaryParts(preview)}.`}
          </p>
          <ul className="list-disc space-y-1 pl-5 text-slate-700">
            <li>
              Школы попадут в списки с теми же категориями
              {preview.schools.listed > 0 ? ` (уже в списках: ${plural(preview.schools.listed, PLURALS.school)})` : ""}; их можно изменить в черновике.
            </li>
            <li>
              Незавершённые меры (запланированные, в работе, на доработке и невыполненные) переносятся как запланированные, со сроком на год позже и
              базовым значением, равным достигнутому; у каждой — ссылка на исходную.
              {preview.measures.alreadyCarried > 0 ? ` Уже перенесено раньше: ${plural(preview.measures.alreadyCarried, PLURALS.measure)}.` : ""}
            </li>
            {preview.factors.length > 0 ? (
              <li>
                Факторы риска, по которым показатели программ не достигли целей, — для них будут созданы черновики антирисковых программ с
                обоснованием:
                <ul className="mt-1 list-[circle] pl-5">
                  {preview.factors.map((f) => (
                    <li key={`${f.school}-${f.code}`}>
                      {f.school}: {f.code}. {f.title}
                    </li>
                  ))}
                </ul>
              </li>
            ) : (
              <li>Показатели антирисковых программ достигли целей: факторы риска не переносятся.</li>
            )}
            {preview.documents > 0 ? <li>Всего будет создано: {plural(preview.documents, DOCUMENT)}.</li> : null}
            {preview.tasksWillFill ? (
              <li>
                Задачи дорожной карты — из раздела V справки:
                <ol className="mt-1 list-decimal pl-5">
                  {preview.tasks.map((task, i) => (
                    <li key={i}>{task}</li>
                  ))}
                </ol>
              </li>
            ) : null}
            {preview.skipped.map((s, i) => (
              <li key={i} className="text-amber-900">
                Не переносится ({s.school}): {s.reason}
                {s.count > 0 ? ` — ${plural(s.count, PLURALS.measure)}` : ""}.
              </li>
            ))}
          </ul>
          <div className="flex items-start gap-2">
            <input
              id={checkboxId}
              type="checkbox"
              className="mt-0.5"
              checked={includePairings}
              onChange={(e) => setIncludePairings(e.target.checked)}
              disabled={preview.schools.withCurator === 0}
            />
            <label htmlFor={checkboxId}>
              Сохранить закрепление кураторов
              <span className="block text-xs text-slate-500">
                {preview.schools.withCurator > 0
                  ? `${plural(preview.schools.withCurator, PAIRING)} с сегодняшней даты, без сетевого договора.`
                  : "Закреплять некого: у перенесённых школ нет действующих кураторов или они уже закреплены."}
              </span>
            </label>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <ConfirmDialog
              trigger={isPending ? "Создание…" : button}
              title={`${button}?`}
              description={
                existing
                  ? `В черновик цикла ${existing.year} года будет добавлено: ${summaryParts(preview)}. То, что уже перенесено, не повторится. ${pairingsNote}`.trim()
                  : `Откроется черновик цикла ${nextYear} года: ${summaryParts(preview)}. ${pairingsNote}${pairingsNote ? " " : ""}Административные команды школ получат уведомления.`
              }
              confirmLabel="Создать"
              triggerVariant="primary"
              confirmVariant="primary"
              disabled={isPending || hasSucceeded}
              onConfirm={() => execute({ cycleId, includePairings: keepPairings })}
            />
            {existing ? <CycleLink id={existing.id} year={existing.year} /> : null}
          </div>
        </div>
      )}
      <div aria-live="polite" className="mt-3">
        {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
        {hasSucceeded ? <Alert tone="success">Дорожная карта на {nextYear} год открыта, переходим к циклу…</Alert> : null}
      </div>
    </Card>
  );
}

function CycleLink({ id, year }: { id: string; year: number }) {
  return (
    <Link href={`/cycles/${id}`} className="font-medium text-brand-700 hover:underline">
      Открыть цикл {year} года →
    </Link>
  );
}
