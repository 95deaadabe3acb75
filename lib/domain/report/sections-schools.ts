/**
 * Sections III (per school: risks, measures, indicators, documents) and IV
 * (educational results against the municipal averages, early warnings) of
 * the analytical report. Pure.
 */
import { documentHeading } from "@/lib/domain/documents/fields";
import { EARLY_WARNING_DEFINITION, EXAM_METRICS, formatMetric, seriesTitle, type Comparison } from "@/lib/domain/results";
import { CATEGORY_TITLES, DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS, RISK_PROFILE_STATUS_LABELS, SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";
import { formatIndicatorValue, indicatorSummary, INDICATOR_OUTCOME_LABELS, schoolMeasures, workedOnRisks, type ReportSchool } from "./data";
import type { Block, ReportSection, SectionContext } from "./document";
import { agree, capitalize, counted, GENITIVE, joinRu, NOUNS, partOf, percentText } from "./sentences";

const n = (value: number) => formatNumber(value);

const INDICATOR_GENITIVE = { one: "показателя", few: "показателей", many: "показателей" };

/** «Выполнено 5 из 15 мероприятий (33,3 %); не выполнено – 1; не завершено – 9, в том числе просрочено – 7.» */
export function measuresSentence(school: Pick<ReportSchool, "measureGroups">): string {
  const m = schoolMeasures(school.measureGroups);
  if (m.total === 0) return "Мероприятия дорожной карты школы в системе не отражены.";
  const parts = [`Выполнено ${partOf(m.done, m.total, GENITIVE.measure)} (${percentText(m.percentDone ?? 0)})`, `не выполнено – ${n(m.notDone)}`];
  parts.push(m.open > 0 ? `не завершено – ${n(m.open)}, в том числе просрочено – ${n(m.overdue)}` : "незавершённых нет");
  return `${parts.join("; ")}.`;
}

/** «Категории: ШНОР, участник проекта «500+». Куратор: … Рисковый профиль: подтверждён.» */
export function schoolFactsSentence(school: ReportSchool): string {
  const categories = school.categories.length ? school.categories.map((c) => CATEGORY_TITLES[c].toLocaleLowerCase("ru")).join("; ") : "не указаны";
  const profile = school.riskProfileStatus ? RISK_PROFILE_STATUS_LABELS[school.riskProfileStatus].toLocaleLowerCase("ru") : "не заполнен";
  return `Категории: ${categories}. Куратор: ${school.curatorName ?? "не назначен"}. Рисковый профиль: ${profile}.`;
}

function schoolBlocks(ctx: SectionContext, school: ReportSchool): Block[] {
  const blocks: Block[] = [{ type: "subheading", text: school.shortName }, { type: "paragraph", text: schoolFactsSentence(school) }];

  const risks = workedOnRisks(school);
  if (risks.length) {
    blocks.push({ type: "paragraph", text: "Риски, с которыми велась работа:" });
    blocks.push({
      type: "list",
      ordered: false,
      items: risks.map(
        (r) =>
          `${r.code}. ${r.title} – значимость ${r.significance ? SIGNIFICANCE_LABELS[r.significance].toLocaleLowerCase("ru") : "не оценена"}; ` +
          `антирисковая программа: ${r.program ? DOCUMENT_STATUS_LABELS[r.program].toLocaleLowerCase("ru") : "не разработана"}`,
      ),
    });
  } else {
    blocks.push({ type: "paragraph", text: "Факторов риска высокой значимости и антирисковых программ нет." });
  }

  blocks.push({ type: "paragraph", text: measuresSentence(school) });

  const indicators = indicatorSummary(school.indicators);
  if (indicators.rows.length) {
    blocks.push({
      type: "table",
      caption: `Показатели мероприятий: ${school.shortName}`,
      columns: ["Показатель", "Базовое значение", "Целевое значение", "Фактическое значение", "Итог"],
      rows: indicators.rows.map((r) => [
        r.name,
        formatIndicatorValue(r.baseline, r.unit),
        formatIndicatorValue(r.target, r.unit),
        formatIndicatorValue(r.actual, r.unit),
        INDICATOR_OUTCOME_LABELS[r.outcome],
      ]),
    });
    blocks.push({
      type: "paragraph",
      text: `Целевые значения достигнуты по ${partOf(indicators.achieved, indicators.rows.length, INDICATOR_GENITIVE)}${
        indicators.measured < indicators.rows.length ? `; фактические значения не внесены по ${n(indicators.rows.length - indicators.measured)}` : ""
      }.`,
    });
  }

  if (school.documents.length) {
    blocks.push({
      type: "table",
      caption: `Документы: ${school.shortName}`,
      columns: ["Документ", "Статус"],
      rows: school.documents.map((d) => [documentHeading(DOCUMENT_KIND_LABELS[d.kind], d.title), DOCUMENT_STATUS_LABELS[d.status]]),
    });
  } else {
    blocks.push({ type: "paragraph", text: "Концептуальные документы школы в системе не представлены." });
  }
  blocks.push({ type: "paragraph", text: ctx.schoolText(school.code), editableKey: `school.${school.code}` });
  return blocks;
}

export function schoolsSection(ctx: SectionContext): ReportSection {
  const schools = ctx.data.schools;
  const blocks: Block[] = schools.length
    ? [
        {
          type: "paragraph",
          text: `В списки цикла ${ctx.data.year} года ${agree(schools.length, "f", { m: "включён", f: "включена", n: "включено" })} ${counted(schools.length, NOUNS.school)}; ниже – итоги реализации дорожной карты каждой из них.`,
        },
        ...schools.flatMap((s) => schoolBlocks(ctx, s)),
      ]
    : [{ type: "paragraph", text: "Школы в списки цикла не включены." }];
  return { key: "schools", heading: "III. Реализация дорожных карт школ", blocks };
}

/** The rows of a school's results table: every compared metric of every series, years Y−2 … Y and the municipal average of Y. */
export function resultRows(comparisons: readonly Comparison[], year: number): string[][] {
  const years = [year - 2, year - 1, year];
  const rows: string[][] = [];
  for (const c of comparisons) {
    for (const spec of EXAM_METRICS[c.exam]) {
      const cell = (y: number) => c.years.find((x) => x.year === y);
      const own = years.map((y) => formatMetric(spec, cell(y)?.school?.values[spec.key] ?? null));
      if (own.every((v) => v === "—")) continue;
      rows.push([`${seriesTitle(c)}: ${spec.phrase}`, ...own, formatMetric(spec, cell(year)?.municipality?.values[spec.key] ?? null)]);
    }
  }
  return rows;
}

/** «Признаки зоны риска … выявлены у 6 из 7 школ цикла: …» */
export function resultsSummary(schools: readonly Pick<ReportSchool, "shortName" | "warnings">[], year: number): string {
  const flagged = schools.filter((s) => s.warnings.length > 0).map((s) => s.shortName);
  const clear = schools.filter((s) => s.warnings.length === 0).map((s) => s.shortName);
  if (schools.length === 0) return "Школы в списки цикла не включены.";
  if (flagged.length === 0) return `По итогам ${year} года признаки зоны риска по образовательным результатам не выявлены ни у одной школы цикла.`;
  const head = `По итогам ${year} года признаки зоны риска по образовательным результатам выявлены у ${partOf(flagged.length, schools.length, GENITIVE.school)} цикла: ${joinRu(flagged)}.`;
  return clear.length ? `${head} Не выявлены: ${joinRu(clear)}.` : head;
}

export function resultsSection(ctx: SectionContext): ReportSection {
  const { data } = ctx;
  const blocks: Block[] = [
    { type: "paragraph", text: EARLY_WARNING_DEFINITION },
    { type: "paragraph", text: resultsSummary(data.schools, data.year) },
  ];
  if (data.flaggedOutside.length) {
    blocks.push({ type: "paragraph", text: `Признаки зоны риска выявлены также у школ, не включённых в списки цикла: ${joinRu(data.flaggedOutside.map((s) => s.shortName))}.` });
  }
  for (const school of data.schools) {
    blocks.push({ type: "subheading", text: school.shortName });
    const rows = resultRows(school.comparisons, data.year);
    if (rows.length === 0) {
      blocks.push({ type: "paragraph", text: "Результаты оценочных процедур школы в систему не загружены." });
      continue;
    }
    blocks.push({
      type: "table",
      caption: `Результаты оценочных процедур: ${school.shortName}`,
      columns: ["Процедура и показатель", String(data.year - 2), String(data.year - 1), String(data.year), `Среднее по муниципалитету, ${data.year}`],
      rows,
    });
    if (school.warnings.length) {
      blocks.push({ type: "paragraph", text: "Признаки зоны риска:" });
      blocks.push({ type: "list", ordered: false, items: school.warnings.map((w) => capitalize(w.reason)) });
    } else {
      blocks.push({ type: "paragraph", text: "Признаков зоны риска по результатам не выявлено." });
    }
  }
  blocks.push({ type: "paragraph", text: ctx.text("results.conclusion"), editableKey: "results.conclusion" });
  return { key: "results", heading: "IV. Динамика образовательных результатов", blocks };
}
