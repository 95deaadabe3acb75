/**
 * The generated texts of the analytical report, modelled on the Armavir
 * report of seed 001: the default title, the default narrative paragraphs
 * (each one editable until approval) and the default tasks for next year,
 * drawn from the data (unfinished measures, schools with an early warning,
 * projects to continue) plus the centre's standing tasks. Pure.
 */
import { formatLongDate } from "@/lib/i18n/dates";
import type { ReportData } from "./data";
import { projectActivity, schoolMeasures } from "./data";
import { counted, joinRu, NOUNS } from "./sentences";

/** «Об итогах реализации Дорожной карты … муниципального образования г. Армавир … в 2025 году». */
export function defaultReportTitle(municipalityName: string, year: number): string {
  return (
    "Об итогах реализации Дорожной карты повышения качества образования в школах с низкими результатами обучения " +
    `муниципального образования ${municipalityName} на основе деятельности муниципального наставнического центра ` +
    `и муниципального тьюторского консультационного пункта в ${year} году`
  );
}

/** «Дорожная карта … на 2025 год» → «Дорожной карты … на 2025 год» (after «Об утверждении»). */
export function roadmapGenitive(cycleTitle: string): string {
  return cycleTitle.replace(/^Дорожная карта/u, "Дорожной карты");
}

/** «9 января 2025 года» */
export function longDateWords(date: Date): string {
  return formatLongDate(date).replace(/ г\.$/u, " года");
}

/** The editable paragraphs with fixed keys (per-school comments are `school.<code>`). */
export const PARAGRAPH_KEYS = ["intro", "mnc.intro", "mnc.conclusion", "mtkp.intro", "mtkp.conclusion", "results.conclusion"] as const;
export type ParagraphKey = (typeof PARAGRAPH_KEYS)[number];

/** Russian names of the editable paragraphs (buttons, audit). */
export const PARAGRAPH_LABELS: Record<ParagraphKey, string> = {
  intro: "Вступление",
  "mnc.intro": "Вступление к разделу I (МНЦ)",
  "mnc.conclusion": "Вывод по разделу I (МНЦ)",
  "mtkp.intro": "Вступление к разделу II (МТКП)",
  "mtkp.conclusion": "Вывод по разделу II (МТКП)",
  "results.conclusion": "Вывод по разделу IV (результаты)",
};

export const schoolParagraphKey = (code: string) => `school.${code}`;

/** A paragraph key the report knows: a fixed one or a school's comment. */
export function isParagraphKey(key: string): boolean {
  return (PARAGRAPH_KEYS as readonly string[]).includes(key) || /^school\.[A-Za-z0-9_-]{1,40}$/.test(key);
}

/** The generated texts of the fixed paragraphs. */
export function defaultParagraphs(data: ReportData): Record<ParagraphKey, string> {
  const { year, letterhead } = data;
  const center = letterhead.centerName;
  const order = data.roadmapOrder;
  const basis =
    order.number && order.date
      ? `На основании приказа ${center} (далее – Центр) от ${longDateWords(order.date)} № ${order.number} «Об утверждении ${roadmapGenitive(data.cycleTitle)}»`
      : `В соответствии с Дорожной картой «${data.cycleTitle}»`;
  return {
    intro:
      `${basis}, в целях содействия региональной образовательной политике в части повышения качества образования в школах ` +
      `с низкими образовательными результатами специалистами ${order.number && order.date ? "Центра" : center} в декабре ${year} года ` +
      `проведён анализ реализации Дорожной карты повышения качества образования в школах с низкими результатами обучения ` +
      `муниципального образования ${letterhead.municipalityName} на основе деятельности муниципального наставнического центра ` +
      `и муниципального тьюторского консультационного пункта в ${year} году.`,
    "mnc.intro":
      `В ${year} году ${center} осуществлена система методического сопровождения школ с низкими результатами обучения, ` +
      "основанная на комплексной реализации стратегически значимых функций: диагностика, анализ, проектирование, методическая " +
      "поддержка, мониторинг, оценка качества. Работа по сопровождению школ с низкими образовательными результатами (далее – ШНОР) " +
      "реализуется на основе организации деятельности муниципального наставнического центра (далее – МНЦ) и муниципального " +
      "тьюторского консультационного пункта (далее – МТКП).",
    "mnc.conclusion":
      `Мероприятия в рамках муниципального наставнического центра в ${year} году реализованы в соответствии с поставленными ` +
      "задачами по методическому сопровождению школ с низкими образовательными результатами. Деятельность МНЦ способствовала " +
      "активизации работы по самообразованию управленцев.",
    "mtkp.intro":
      `В ${year} году сообщество муниципальных тьюторов осуществляло методическую деятельность по индивидуализации образования ` +
      "тьюторантов – учителей-предметников ШНОР, направленную на прояснение самообразовательных мотивов и профессиональных " +
      "интересов, поиск образовательных ресурсов для создания индивидуальной программы, формирование навыков профессиональной рефлексии.",
    "mtkp.conclusion":
      `В целом комплекс принятых в ${year} году мер в рамках тьюторского консультационного пункта содействовал росту мотивации ` +
      "педагогов к повышению эффективности образовательной деятельности и дальнейшему развитию профессионального мастерства.",
    "results.conclusion":
      `Школам с признаками зоны риска по образовательным результатам рекомендуется при разработке дорожных карт на ${year + 1} год ` +
      "скорректировать антирисковые программы с учётом выявленных проблемных зон и предусмотреть адресную работу с обучающимися группы риска.",
  };
}

/** The generated comment on one school: what is left to do, and its results. */
export function defaultSchoolComment(school: ReportData["schools"][number], year: number): string {
  const m = schoolMeasures(school.measureGroups);
  const parts: string[] = [];
  if (m.total === 0) parts.push("Мероприятия дорожной карты школы в системе не отражены.");
  else if (m.open + m.notDone === 0) parts.push("Мероприятия дорожной карты школы выполнены в полном объёме.");
  else {
    const left = [m.open > 0 ? `не завершено ${counted(m.open, NOUNS.measure)}` : null, m.notDone > 0 ? `не выполнено ${counted(m.notDone, NOUNS.measure)}` : null]
      .filter(Boolean)
      .join(", ");
    parts.push(`Реализацию дорожной карты необходимо продолжить в ${year + 1} году: ${left}.`);
  }
  if (school.warnings.length > 0) parts.push("По результатам оценочных процедур у школы выявлены признаки зоны риска: антирисковые программы следует скорректировать с учётом проблемных зон.");
  return parts.join(" ");
}

const quoted = (titles: readonly string[]) => joinRu(titles.map((t) => `«${t}»`));

/** Section V by default: tasks from the data, then the centre's standing tasks (seed 001). No numbering or final punctuation. */
export function defaultTasks(data: ReportData): string[] {
  const next = data.year + 1;
  const tasks = [`разработать по итогам анализа Дорожную карту повышения качества образования в школах с низкими образовательными результатами на ${next} год`];

  const unfinished = data.schools
    .map((s) => ({ name: s.shortName, left: (() => { const m = schoolMeasures(s.measureGroups); return m.open + m.notDone; })() }))
    .filter((s) => s.left > 0);
  if (unfinished.length) {
    tasks.push(`обеспечить в ${next} году завершение невыполненных мероприятий дорожных карт школ: ${joinRu(unfinished.map((s) => `${s.name} (${counted(s.left, NOUNS.measure)})`))}`);
  }
  const flagged = data.schools.filter((s) => s.warnings.length > 0).map((s) => s.shortName);
  if (flagged.length) tasks.push(`обеспечить адресное методическое сопровождение школ с признаками зоны риска по образовательным результатам: ${joinRu(flagged)}`);
  if (data.flaggedOutside.length) {
    tasks.push(`рассмотреть включение в списки школ в зоне риска низких результатов на ${next} год: ${joinRu(data.flaggedOutside.map((s) => s.shortName))}`);
  }
  const projects = projectActivity(data.projects, data.events, data.consultations).map((p) => p.title);
  if (projects.length) tasks.push(`продолжить в ${next} году реализацию ${projects.length === 1 ? "муниципального проекта" : "муниципальных проектов"} ${quoted(projects)}`);

  tasks.push(
    `содействовать в ${next} году реализации целей региональной образовательной политики в части позиционирования достижений административных команд общеобразовательных организаций, обеспечивающих позитивную динамику качества образования`,
    "продолжить диссеминацию опыта реализации индивидуальных маршрутов профессионального совершенствования административных команд ОО в ходе работы Школы управленческого мастерства",
    "совершенствовать опыт «горизонтального обучения» среди руководящих работников ШНОР",
    `обеспечить адресное оказание методической помощи педагогическим работникам ОО в рамках деятельности муниципального тьюторского консультационного пункта в ${next} году`,
    "обеспечить структуризацию процесса повышения профессиональной компетентности педагогов в соответствии с исходным уровнем их предметных и методических компетенций на основе участия педагогов в сетевых профессиональных сообществах",
  );
  return tasks;
}

/** «1) …;» … «n) ….» — the tasks as the report prints them (numbered by the renderers). */
export function punctuateTasks(tasks: readonly string[]): string[] {
  return tasks.map((t, i) => `${t.trim().replace(/[;.,]+$/u, "")}${i === tasks.length - 1 ? "." : ";"}`);
}
