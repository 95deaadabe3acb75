/**
 * Sections I (МНЦ) and II (МТКП) of the analytical report. Pure.
 */
import { CATEGORY_LABELS, CONSULTATION_MODULE_LABELS, EVENT_TYPE_LABELS, TUTOR_FUNCTION_LABELS } from "@/lib/i18n/labels";
import { formatNumber, pluralForm } from "@/lib/i18n/plural";
import type { SurveyAudience } from "@/lib/db/generated/enums";
import {
  consultationReach,
  consultationsByModule,
  consultationsBySubject,
  eventsByModule,
  eventsByType,
  eventsPerSchool,
  projectActivity,
  schoolsReached,
  surveyLines,
} from "./data";
import type { Block, ReportSection, SectionContext } from "./document";
import { CONSULTATION_MODULES } from "./figures";
import { agree, counted, DATIVE, eventsSentence, GENITIVE, joinRu, NOUNS, partOf, percentText, REPORT_EVENT_ORDER } from "./sentences";

const n = (value: number) => formatNumber(value);

/** «МБОУ-ООШ № 21 (ШНОР, 500+)» */
export function schoolWithCategories(s: { shortName: string; categories: readonly (keyof typeof CATEGORY_LABELS)[] }): string {
  // Abbreviations stay as they are; «Зона риска» is lower-cased inside a sentence.
  const label = (c: keyof typeof CATEGORY_LABELS) => (c === "risk_zone" ? CATEGORY_LABELS[c].toLocaleLowerCase("ru") : CATEGORY_LABELS[c]);
  return s.categories.length ? `${s.shortName} (${s.categories.map(label).join(", ")})` : s.shortName;
}

/** The paragraphs quoting the closed surveys of one audience, or a note that there are none. */
export function surveyBlocks(ctx: SectionContext, audience: SurveyAudience): Block[] {
  const surveys = surveyLines(ctx.data.surveys, audience);
  const who = audience === "school_leaders" ? "руководителей школ" : "педагогов";
  if (surveys.length === 0) return [{ type: "paragraph", text: `Закрытых анкет ${who} по циклу нет: результаты анкетирования в справку не включены.` }];
  return surveys.map((s) => {
    const lines = s.lines.map((l) => (l.label ? `${percentText(l.share!)} ${l.label}` : `«${l.question}»: ${l.sentence}`));
    const body = lines.length ? `: ${lines.join("; ")}` : ": ответов на вопросы с выбором нет";
    return { type: "paragraph", text: `По данным анкетирования «${s.title}» (${counted(s.responses, NOUNS.respondent)})${body}.` } satisfies Block;
  });
}

export function mncSection(ctx: SectionContext): ReportSection {
  const { data } = ctx;
  const blocks: Block[] = [{ type: "paragraph", text: ctx.text("mnc.intro"), editableKey: "mnc.intro" }];

  const schools = data.schools;
  blocks.push({
    type: "paragraph",
    text: schools.length
      ? `С января по декабрь ${data.year} года в рамках МНЦ осуществлено сопровождение ${n(schools.length)} ${pluralForm(schools.length, GENITIVE.school)}: ${joinRu(schools.map(schoolWithCategories))}.`
      : `В списки цикла ${data.year} года школы не включены.`,
  });

  const byType = eventsByType(data.events);
  const total = data.events.length;
  const participants = data.events.reduce((s, e) => s + e.participants, 0);
  if (total === 0) {
    blocks.push({ type: "paragraph", text: `В ${data.year} году мероприятия МНЦ не проводились.` });
  } else {
    const counts = Object.fromEntries(REPORT_EVENT_ORDER.map((t) => [t, byType[t].count]));
    blocks.push({
      type: "paragraph",
      text: `В ${data.year} году на муниципальном уровне ${eventsSentence(counts)} – всего ${counted(total, NOUNS.event)}, ${counted(participants, NOUNS.participant)}.`,
    });
    blocks.push({
      type: "table",
      caption: "Мероприятия МНЦ по видам",
      columns: ["Вид мероприятия", "Количество", "Участников"],
      rows: REPORT_EVENT_ORDER.filter((t) => byType[t].count > 0).map((t) => [EVENT_TYPE_LABELS[t], n(byType[t].count), n(byType[t].participants)]),
      footer: ["Итого", n(total), n(participants)],
    });
    const modules = eventsByModule(data.events);
    if (modules.length) {
      blocks.push({ type: "paragraph", text: `Мероприятия проведены по ${n(modules.length)} ${pluralForm(modules.length, DATIVE.module)} плана деятельности МНЦ:` });
      blocks.push({
        type: "table",
        caption: "Модули плана МНЦ",
        columns: ["Модуль плана", "Мероприятий", "Участников"],
        rows: modules.map((m) => [m.label, n(m.count), n(m.participants)]),
      });
    } else {
      blocks.push({ type: "paragraph", text: "Мероприятия не отнесены к модулям плана МНЦ." });
    }
    const reached = schoolsReached(data.events, schools.map((s) => s.code));
    blocks.push({
      type: "paragraph",
      text:
        `Мероприятиями МНЦ ${agree(reached.all, "f", { m: "охвачен", f: "охвачена", n: "охвачено" })} ${counted(reached.all, NOUNS.school)}` +
        (schools.length ? `, в том числе ${partOf(reached.ofCycle.length, schools.length, GENITIVE.school)} цикла.` : "."),
    });
  }
  if (schools.length) {
    const perSchool = eventsPerSchool(data.events);
    blocks.push({
      type: "table",
      caption: "Школы цикла",
      columns: ["Школа", "Категории", "Куратор", "Мероприятий МНЦ с участием школы"],
      rows: schools.map((s) => [s.shortName, s.categories.map((c) => CATEGORY_LABELS[c]).join(", ") || "—", s.curatorName ?? "не назначен", n(perSchool.get(s.code) ?? 0)]),
    });
  }
  blocks.push(...surveyBlocks(ctx, "school_leaders"));
  blocks.push({ type: "paragraph", text: ctx.text("mnc.conclusion"), editableKey: "mnc.conclusion" });
  return { key: "mnc", heading: "I. Муниципальный наставнический центр (МНЦ)", blocks };
}

export function mtkpSection(ctx: SectionContext): ReportSection {
  const { data } = ctx;
  const rows = data.consultations;
  const blocks: Block[] = [{ type: "paragraph", text: ctx.text("mtkp.intro"), editableKey: "mtkp.intro" }];
  if (rows.length === 0) {
    blocks.push({ type: "paragraph", text: `В ${data.year} году консультации муниципальных тьюторов не проводились.` });
  } else {
    const reach = consultationReach(rows);
    blocks.push({
      type: "paragraph",
      text:
        `В ${data.year} году муниципальными тьюторами ${agree(rows.length, "f", { m: "проведён", f: "проведена", n: "проведено" })} ${counted(rows.length, NOUNS.consultation)} ` +
        `для ${n(reach.teachers)} ${pluralForm(reach.teachers, GENITIVE.teacher)} из ${n(reach.schools)} ${pluralForm(reach.schools, GENITIVE.school)}.`,
    });
    const byModule = consultationsByModule(rows);
    blocks.push({
      type: "table",
      caption: "Консультации МТКП по тематическим модулям",
      columns: ["Тематический модуль", "Консультаций"],
      rows: CONSULTATION_MODULES.map((m) => [CONSULTATION_MODULE_LABELS[m], n(byModule[m])]),
      footer: ["Итого", n(rows.length)],
    });
    blocks.push({
      type: "table",
      caption: "Консультации МТКП по предметам",
      columns: ["Предмет", "Консультаций"],
      rows: consultationsBySubject(rows).map((s) => [s.label, n(s.count)]),
    });
    const functions = (Object.keys(TUTOR_FUNCTION_LABELS) as (keyof typeof TUTOR_FUNCTION_LABELS)[])
      .map((f) => ({ f, count: rows.filter((c) => c.functions.includes(f)).length }))
      .filter((x) => x.count > 0);
    if (functions.length) {
      blocks.push({
        type: "paragraph",
        text: `Реализованы функции муниципального тьютора (в скобках – число консультаций): ${functions.map((x) => `${TUTOR_FUNCTION_LABELS[x.f].toLocaleLowerCase("ru")} (${n(x.count)})`).join(", ")}.`,
      });
    }
  }
  blocks.push(...projectBlocks(ctx));
  blocks.push(...surveyBlocks(ctx, "teachers"));
  blocks.push({ type: "paragraph", text: ctx.text("mtkp.conclusion"), editableKey: "mtkp.conclusion" });
  return { key: "mtkp", heading: "II. Муниципальный тьюторский консультационный пункт (МТКП)", blocks };
}

function projectBlocks(ctx: SectionContext): Block[] {
  const { data } = ctx;
  const projects = projectActivity(data.projects, data.events, data.consultations);
  if (projects.length === 0) return [{ type: "paragraph", text: `Муниципальные проекты в ${data.year} году не реализовывались.` }];
  const names = joinRu(projects.map((p) => `«${p.title}»`));
  return [
    {
      type: "paragraph",
      text: `В ${data.year} году продолжена реализация ${projects.length === 1 ? "муниципального проекта" : "муниципальных проектов"} ${names}.`,
    },
    {
      type: "table",
      caption: "Муниципальные проекты",
      columns: ["Муниципальный проект", "Мероприятий МНЦ", "Консультаций МТКП"],
      rows: projects.map((p) => [p.title, n(p.events), n(p.consultations)]),
    },
  ];
}
