import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { formatValue } from "@/components/charts/format";
import { MeasureStatusBadge } from "@/components/measures/measure-status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import type { CycleStatus, DocumentKind } from "@/lib/db/generated/enums";
import { REPORT_STATE_LABELS, type Stage } from "@/lib/domain/dashboard";
import { ATTENTION_DEFINITION, COUNTER_LABELS, type CounterKey } from "@/lib/domain/measures";
import { getCuratorCoverage, getDocumentShares, getMeasureStatuses, getMostOverdueMeasures, getStageProgress } from "@/lib/features/dashboard/queries";
import { formatDate } from "@/lib/i18n/dates";
import { CYCLE_STATUS_LABELS, DOCUMENT_KIND_LABELS, PLURALS } from "@/lib/i18n/labels";
import { formatNumber, plural } from "@/lib/i18n/plural";
import { DetailsLink, NoData, numCell } from "./figure-parts";

type Props = { actor: Actor; cycleId: string };

const percent = (v: number | null) => formatValue(v, "percent");

/** Where the cycle is, in words. */
export function currentStageText(status: CycleStatus): string {
  if (status === "draft") return "цикл ещё не начат (черновик)";
  if (status === "closed") return "цикл закрыт";
  return CYCLE_STATUS_LABELS[status];
}

export const STAGES_TITLE = "Ход цикла по этапам";

/** (1) Cycle progress by stage. */
export async function StagesFigure({ actor, cycleId }: Props) {
  const { cycle, stages, report } = await getStageProgress(actor, cycleId);
  const data = stages.map((s) => ({ stage: CYCLE_STATUS_LABELS[s.stage], percent: s.percent }));
  const ratio = (s: (typeof stages)[number]) => (s.stage === "reporting" ? `справка: ${REPORT_STATE_LABELS[report]}` : `${formatNumber(s.done)} из ${formatNumber(s.total)}`);
  const state = (s: { current: boolean; passed: boolean }) => (s.current ? "текущий этап" : s.passed ? "пройден" : "впереди");
  return (
    <ChartFigure
      title={STAGES_TITLE}
      description={
        <>
          Текущий этап: <strong className="font-semibold text-slate-900">{currentStageText(cycle.status)}</strong>. Для каждого этапа — доля
          выполненного.
        </>
      }
      chart={<BarChart data={data} categoryKey="stage" series={[{ key: "percent", name: "Выполнено, %" }]} format="percent" layout="vertical" domain={[0, 100]} />}
      alternative={
        <>
          <Table caption={STAGES_TITLE}>
            <thead>
              <tr>
                <Th>Этап</Th>
                <Th className={numCell}>Выполнено</Th>
                <Th className={numCell}>%</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {stages.map((s) => (
                <tr key={s.stage} className={s.current ? "bg-brand-50" : undefined}>
                  <Td>
                    <span className={s.current ? "font-semibold" : undefined}>{CYCLE_STATUS_LABELS[s.stage as Stage]}</span>
                    <span className="block text-xs text-slate-600">
                      {state(s)} · {s.measure}
                    </span>
                  </Td>
                  <Td className={s.stage === "reporting" ? "text-right" : numCell}>{ratio(s)}</Td>
                  <Td className={numCell}>{percent(s.percent)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <DetailsLink href={`/cycles/${cycle.id}/monitor`}>Мониторинг реализации по школам</DetailsLink>
          <DetailsLink href={`/cycles/${cycle.id}/report`}>Аналитическая справка цикла</DetailsLink>
        </>
      }
    />
  );
}

const DOC_KIND_SHORT: Record<DocumentKind, string> = {
  concept: "Концепции",
  medium_term_program: "Среднесрочные",
  anti_risk_program: "Антирисковые",
};

export const DOCUMENTS_TITLE = "Подтверждённые документы";

/** (2) Documents confirmed, overall and by kind. */
export async function DocumentsFigure({ actor, cycleId }: Props) {
  const shares = await getDocumentShares(actor, cycleId);
  if (shares.total === 0) {
    return <ChartFigure title={DOCUMENTS_TITLE} alternative={<NoData>Школы цикла ещё не создали документов.</NoData>} />;
  }
  const data = [{ kind: "Все документы", percent: shares.percent }, ...shares.byKind.map((k) => ({ kind: DOC_KIND_SHORT[k.kind], percent: k.percent }))];
  return (
    <ChartFigure
      title={DOCUMENTS_TITLE}
      description={`Подтверждено куратором ${formatNumber(shares.confirmed)} из ${formatNumber(shares.total)} документов — ${percent(shares.percent)}.`}
      chart={<BarChart data={data} categoryKey="kind" series={[{ key: "percent", name: "Подтверждено, %" }]} format="percent" layout="vertical" domain={[0, 100]} />}
      alternative={
        <>
          <Table caption={DOCUMENTS_TITLE}>
            <thead>
              <tr>
                <Th>Вид документа</Th>
                <Th className={numCell}>Подтверждено</Th>
                <Th className={numCell}>%</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...shares.byKind.map((k) => ({ ...k, label: DOCUMENT_KIND_LABELS[k.kind], total_: false })), { ...shares, kind: "all", label: "Все документы", total_: true }].map((k) => (
                <tr key={k.kind} className={k.total_ ? "font-semibold" : undefined}>
                  <Td>{k.label}</Td>
                  <Td className={numCell}>
                    {formatNumber(k.confirmed)} из {formatNumber(k.total)}
                  </Td>
                  <Td className={numCell}>{percent(k.percent)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <DetailsLink href={`/cycles/${cycleId}/monitor?sort=documents`}>Документы по школам в мониторинге</DetailsLink>
        </>
      }
    />
  );
}

const STATUS_KEYS = ["planned", "inProgress", "done", "notDone", "needsRevision"] as const satisfies readonly CounterKey[];

export const MEASURES_TITLE = "Статусы мероприятий";

/** (3) Measure status counters (decision 016). */
export async function MeasureStatusFigure({ actor, cycleId }: Props) {
  const m = await getMeasureStatuses(actor, cycleId);
  if (m.total === 0) {
    return <ChartFigure title={MEASURES_TITLE} alternative={<NoData>В программах школ цикла ещё нет мероприятий.</NoData>} />;
  }
  const data = STATUS_KEYS.map((k) => ({ status: COUNTER_LABELS[k], count: m.counters[k] }));
  return (
    <ChartFigure
      title={MEASURES_TITLE}
      description={`${plural(m.total, PLURALS.measure)} в программах школ; выполнено ${percent(m.percentDone)}.`}
      chart={<BarChart data={data} categoryKey="status" series={[{ key: "count", name: "Мероприятий" }]} layout="vertical" />}
      alternative={
        <>
          <Table caption={MEASURES_TITLE}>
            <thead>
              <tr>
                <Th>Статус</Th>
                <Th className={numCell}>Мероприятий</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {STATUS_KEYS.map((k) => (
                <tr key={k}>
                  <Td>{COUNTER_LABELS[k]}</Td>
                  <Td className={numCell}>{formatNumber(m.counters[k])}</Td>
                </tr>
              ))}
              <tr className="font-semibold">
                <Td>Всего</Td>
                <Td className={numCell}>{formatNumber(m.total)}</Td>
              </tr>
              <tr>
                <Td>Требуют внимания</Td>
                <Td className={numCell}>{formatNumber(m.counters.attention)}</Td>
              </tr>
              <tr>
                <Td>Из них просрочено</Td>
                <Td className={numCell}>{formatNumber(m.overdue)}</Td>
              </tr>
            </tbody>
          </Table>
          <p className="mt-2 text-xs text-slate-600">«Выполнено» — вместе с ожидающими подтверждения куратора. {ATTENTION_DEFINITION}</p>
          <DetailsLink href={`/cycles/${cycleId}/monitor?sort=percentDone&dir=desc`}>Мероприятия по школам в мониторинге</DetailsLink>
        </>
      }
    />
  );
}

export const OVERDUE_TITLE = "Самые просроченные мероприятия";

/** (4) The ten most overdue measures: a table. */
export async function OverdueFigure({ actor, cycleId }: Props) {
  const { rows, total } = await getMostOverdueMeasures(actor, cycleId);
  if (total === 0) return <ChartFigure title={OVERDUE_TITLE} alternative={<NoData>Просроченных мероприятий нет.</NoData>} />;
  return (
    <ChartFigure
      title={OVERDUE_TITLE}
      description={`Просрочено: ${plural(total, PLURALS.measure)}; ${total > rows.length ? `показаны ${rows.length} с самым ранним сроком` : "показаны все"}.`}
      alternative={
        <>
          <Table caption={OVERDUE_TITLE}>
            <thead>
              <tr>
                <Th>Школа</Th>
                <Th>Мероприятие</Th>
                <Th>Срок</Th>
                <Th className={numCell}>Дней просрочки</Th>
                <Th>Статус</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((m) => (
                <tr key={m.id}>
                  <Td className="whitespace-nowrap">{m.school.shortName}</Td>
                  <Td className="min-w-56">
                    <Link href={`/schools/${m.school.code}/measures/${m.id}`} className="text-brand-700 hover:underline">
                      {m.title}
                    </Link>
                  </Td>
                  <Td className="whitespace-nowrap">{formatDate(m.deadline)}</Td>
                  <Td className={numCell}>{formatNumber(m.days)}</Td>
                  <Td>
                    <MeasureStatusBadge status={m.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <DetailsLink href={`/cycles/${cycleId}/monitor?sort=overdue&dir=desc`}>Просрочки по школам в мониторинге</DetailsLink>
        </>
      }
    />
  );
}

/** «Лобанова Елена Николаевна» → «Лобанова Е. Н.» (chart labels are short; the table has the full name). */
function initials(name: string): string {
  const [last, ...rest] = name.split(/\s+/).filter(Boolean);
  return rest.length ? `${last} ${rest.map((p) => `${p[0]}.`).join(" ")}` : name;
}

export const COVERAGE_TITLE = "Охват кураторами";

/** (5) Curator coverage and schools per curator. */
export async function CuratorCoverageFigure({ actor, cycleId }: Props) {
  const c = await getCuratorCoverage(actor, cycleId);
  if (c.schools === 0) return <ChartFigure title={COVERAGE_TITLE} alternative={<NoData>В списки цикла ещё не включены школы.</NoData>} />;
  const without = c.schools - c.withCurator;
  const data = [...c.byCurator.map((x) => ({ curator: initials(x.name), schools: x.schools })), ...(without ? [{ curator: "Без куратора", schools: without }] : [])];
  return (
    <ChartFigure
      title={COVERAGE_TITLE}
      description={`${percent(c.percent)}: куратор назначен ${formatNumber(c.withCurator)} из ${plural(c.schools, PLURALS.school)} цикла. Школ на куратора:`}
      chart={<BarChart data={data} categoryKey="curator" series={[{ key: "schools", name: "Школ" }]} layout="vertical" />}
      alternative={
        <>
          <p className="mb-2 text-sm">
            Охват кураторами: <strong className="font-semibold">{percent(c.percent)}</strong> ({formatNumber(c.withCurator)} из {formatNumber(c.schools)})
          </p>
          <Table caption="Школ на куратора">
            <thead>
              <tr>
                <Th>Куратор</Th>
                <Th className={numCell}>Школ</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {c.byCurator.map((x) => (
                <tr key={x.curatorId}>
                  <Td>{x.name}</Td>
                  <Td className={numCell}>{formatNumber(x.schools)}</Td>
                </tr>
              ))}
              {without ? (
                <tr>
                  <Td>Без куратора</Td>
                  <Td className={numCell}>{formatNumber(without)}</Td>
                </tr>
              ) : null}
            </tbody>
          </Table>
          <DetailsLink href={`/cycles/${cycleId}/pairings`}>Кураторы школ цикла</DetailsLink>
        </>
      }
    />
  );
}
