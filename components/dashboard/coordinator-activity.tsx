import { BarChart } from "@/components/charts/bar-chart";
import { ChartFigure } from "@/components/charts/chart-figure";
import { formatValue } from "@/components/charts/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import type { ConsultationModule, EventType } from "@/lib/db/generated/enums";
import { getCycleConsultations, getCycleEvents, getDiagnosticsComparison, getIomCoverage } from "@/lib/features/dashboard/queries";
import { COMPETENCY_LABELS, CONSULTATION_MODULE_LABELS, EVENT_TYPE_LABELS, PLURALS } from "@/lib/i18n/labels";
import { formatNumber, plural } from "@/lib/i18n/plural";
import { DetailsLink, NoData, numCell } from "./figure-parts";

type Props = { actor: Actor; cycleId: string };

const yearRange = (year: number) => `from=${year}-01-01&to=${year}-12-31`;

/** Short chart labels; the tables carry the full names. */
const EVENT_TYPE_SHORT: Record<EventType, string> = {
  seminar: "Семинар",
  webinar: "Вебинар",
  videoconference: "Видеоконференция",
  master_class: "Мастер-класс",
  consulting: "Консалтинг",
  training: "Тренинг",
  methodical_session: "Метод. сессия",
  management_school: "Школа упр. мастерства",
};

const MODULE_SHORT: Record<ConsultationModule, string> = {
  subject_competence: "Предметная",
  methodical_competence: "Методическая",
  assessment: "Оценочная",
};

export const EVENTS_TITLE = "Мероприятия МНЦ по видам";

/** (6) МНЦ events of the cycle by type. */
export async function EventsFigure({ actor, cycleId }: Props) {
  const e = await getCycleEvents(actor, cycleId);
  if (e.total === 0) return <ChartFigure title={EVENTS_TITLE} alternative={<NoData>Мероприятий МНЦ в цикле {e.year} года пока нет.</NoData>} />;
  const data = e.byType.map((r) => ({ type: EVENT_TYPE_SHORT[r.key as EventType], count: r.count }));
  return (
    <ChartFigure
      title={EVENTS_TITLE}
      description={`${plural(e.total, PLURALS.event)} цикла ${e.year} года, участников — ${formatNumber(e.participants)}.`}
      chart={<BarChart data={data} categoryKey="type" series={[{ key: "count", name: "Мероприятий" }]} layout="vertical" />}
      alternative={
        <>
          <Table caption={EVENTS_TITLE}>
            <thead>
              <tr>
                <Th>Вид мероприятия</Th>
                <Th className={numCell}>Проведено</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...e.byType.map((r) => ({ key: r.key, name: EVENT_TYPE_LABELS[r.key as EventType], count: r.count, participants: r.participants })), { key: "all", name: "Всего", count: e.total, participants: e.participants }].map((r) => (
                <tr key={r.key} className={r.key === "all" ? "font-semibold" : undefined}>
                  <Td>
                    {r.name}
                    <span className="block text-xs font-normal text-slate-600">участников: {formatNumber(r.participants)}</span>
                  </Td>
                  <Td className={numCell}>{formatNumber(r.count)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <DetailsLink href={`/events?${yearRange(e.year)}`}>Реестр мероприятий МНЦ</DetailsLink>
        </>
      }
    />
  );
}

export const CONSULTATIONS_MODULE_TITLE = "Консультации МТКП по модулям";
export const CONSULTATIONS_MONTH_TITLE = "Консультации МТКП по месяцам";

/** (7a) МТКП consultations of the cycle by thematic module. */
export async function ConsultationsByModuleFigure({ actor, cycleId }: Props) {
  const c = await getCycleConsultations(actor, cycleId);
  if (c.total === 0) return <ChartFigure title={CONSULTATIONS_MODULE_TITLE} alternative={<NoData>Консультаций МТКП в цикле {c.year} года пока нет.</NoData>} />;
  const data = c.byModule.map((r) => ({ module: MODULE_SHORT[r.module], count: r.count }));
  return (
    <ChartFigure
      title={CONSULTATIONS_MODULE_TITLE}
      description={`${plural(c.total, PLURALS.consultation)} тьюторов с педагогами в цикле ${c.year} года.`}
      chart={<BarChart data={data} categoryKey="module" series={[{ key: "count", name: "Консультаций" }]} layout="vertical" />}
      alternative={
        <>
          <Table caption={CONSULTATIONS_MODULE_TITLE}>
            <thead>
              <tr>
                <Th>Тематический модуль</Th>
                <Th className={numCell}>Консультаций</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {c.byModule.map((r) => (
                <tr key={r.module}>
                  <Td>{CONSULTATION_MODULE_LABELS[r.module]}</Td>
                  <Td className={numCell}>{formatNumber(r.count)}</Td>
                </tr>
              ))}
              <tr className="font-semibold">
                <Td>Всего</Td>
                <Td className={numCell}>{formatNumber(c.total)}</Td>
              </tr>
            </tbody>
          </Table>
          <DetailsLink href={`/consultations?${yearRange(c.year)}`}>Журнал консультаций МТКП</DetailsLink>
        </>
      }
    />
  );
}

const MONTH_NAMES = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];

/** (7b) МТКП consultations of the cycle by month. */
export async function ConsultationsByMonthFigure({ actor, cycleId }: Props) {
  const c = await getCycleConsultations(actor, cycleId);
  if (c.total === 0) return <ChartFigure title={CONSULTATIONS_MONTH_TITLE} alternative={<NoData>Консультаций МТКП в цикле {c.year} года пока нет.</NoData>} />;
  const data = c.byMonth.map((m) => ({ month: m.label, count: m.count }));
  const withAny = c.byMonth.filter((m) => m.count > 0);
  return (
    <ChartFigure
      title={CONSULTATIONS_MONTH_TITLE}
      description={`Месяцев с консультациями: ${formatNumber(withAny.length)}; в остальных — ни одной.`}
      chart={<BarChart data={data} categoryKey="month" series={[{ key: "count", name: "Консультаций" }]} height={240} />}
      alternative={
        <Table caption={`${CONSULTATIONS_MONTH_TITLE} (месяцы без консультаций не показаны)`}>
          <thead>
            <tr>
              <Th>Месяц</Th>
              <Th className={numCell}>Консультаций</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {withAny.map((m) => (
              <tr key={m.key}>
                <Td>
                  {MONTH_NAMES[m.month - 1]} {m.year}
                </Td>
                <Td className={numCell}>{formatNumber(m.count)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      }
    />
  );
}

export const IOM_TITLE = "Охват ИОМ";

/** (8a) ИОМ coverage: teachers with deficits at entry vs those with an approved ИОМ. */
export async function IomCoverageFigure({ actor, cycleId }: Props) {
  const c = await getIomCoverage(actor, cycleId);
  if (c.withDeficits === 0) {
    return <ChartFigure title={IOM_TITLE} alternative={<NoData>Ни у одного педагога входная диагностика не выявила дефицитов (или её ещё нет).</NoData>} />;
  }
  const data = c.bySchool.map((r) => ({ school: r.shortName, withDeficits: r.withDeficits, withApprovedIom: r.withApprovedIom }));
  const series = [
    { key: "withDeficits", name: "С дефицитами" },
    { key: "withApprovedIom", name: "С утверждённым ИОМ" },
  ];
  return (
    <ChartFigure
      title={IOM_TITLE}
      description={`Утверждённый ИОМ у ${formatNumber(c.withApprovedIom)} из ${plural(c.withDeficits, PLURALS.teacher)} с дефицитами по входной диагностике — ${formatValue(c.percent, "percent")}.`}
      chart={<BarChart data={data} categoryKey="school" series={series} layout="vertical" />}
      alternative={
        <>
          <Table caption={IOM_TITLE}>
            <thead>
              <tr>
                <Th>Школа</Th>
                <Th className="text-right">
                  Утверждён ИОМ <span className="block text-xs font-normal">из педагогов с дефицитами</span>
                </Th>
                <Th className={numCell}>Доля</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {[...c.bySchool.map((r) => ({ ...r, key: r.schoolId, name: r.shortName, all: false })), { ...c, key: "all", name: "Всего", all: true }].map((r) => (
                <tr key={r.key} className={r.all ? "font-semibold" : undefined}>
                  <Td>{r.name}</Td>
                  <Td className={numCell}>
                    {formatNumber(r.withApprovedIom)} из {formatNumber(r.withDeficits)}
                  </Td>
                  <Td className={numCell}>{formatValue(r.percent, "percent")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <DetailsLink href={`/diagnostics?cycle=${cycleId}&deficits=1`}>Педагоги с дефицитами</DetailsLink>
          <DetailsLink href="/iom">Маршруты педагогов (ИОМ)</DetailsLink>
        </>
      }
    />
  );
}

export const DIAGNOSTICS_TITLE = "Диагностика компетенций: входная и повторная";

/** (8b) Competency diagnostics: entry vs repeat. */
export async function DiagnosticsFigure({ actor, cycleId }: Props) {
  const d = await getDiagnosticsComparison(actor, cycleId);
  if (d.entryTeachers === 0 && d.repeatTeachers === 0) {
    return <ChartFigure title={DIAGNOSTICS_TITLE} alternative={<NoData>Диагностик компетенций в цикле пока нет.</NoData>} />;
  }
  const data = d.competencies.map((c) => ({ competency: COMPETENCY_LABELS[c.competency], entry: c.entry, repeat: c.repeat }));
  const series = [
    { key: "entry", name: "Входная, средний %" },
    { key: "repeat", name: "Повторная, средний %" },
  ];
  const delta = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${formatValue(v, "number")}`);
  return (
    <ChartFigure
      title={DIAGNOSTICS_TITLE}
      description={`Входную диагностику прошли ${plural(d.entryTeachers, PLURALS.teacher)}, повторную — ${plural(d.repeatTeachers, PLURALS.teacher)}. Средний уровень по каждой компетенции, %.`}
      chart={<BarChart data={data} categoryKey="competency" series={series} format="percent" layout="vertical" domain={[0, 100]} />}
      alternative={
        <>
          <Table caption={DIAGNOSTICS_TITLE}>
            <thead>
              <tr>
                <Th>Компетенция</Th>
                <Th className={numCell}>Входная</Th>
                <Th className={numCell}>Повторная</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {d.competencies.map((c) => (
                <tr key={c.competency}>
                  <Td>{COMPETENCY_LABELS[c.competency]}</Td>
                  <Td className={numCell}>{formatValue(c.entry, "percent")}</Td>
                  <Td className={numCell}>
                    {formatValue(c.repeat, "percent")}
                    {c.delta !== null ? <span className="block text-xs text-slate-600">{delta(c.delta)}&nbsp;п.&nbsp;п.</span> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <DetailsLink href={`/diagnostics?cycle=${cycleId}`}>Сводка диагностики компетенций</DetailsLink>
        </>
      }
    />
  );
}
