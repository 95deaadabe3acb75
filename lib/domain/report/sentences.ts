/**
 * The Russian phrases of the analytical report: counts with their nouns in
 * the right form («1 вебинар, 2 вебинара, 5 вебинаров»), the verb agreeing
 * with the first count («проведён 1 семинар», «проведено 8 семинаров»),
 * lists joined «а, б и в», genitive counts after «из» and «для». Pure.
 */
import type { EventType } from "@/lib/db/generated/enums";
import { formatNumber, formatPercent, plural, pluralForm, type PluralForms } from "@/lib/i18n/plural";

type Gender = "m" | "f" | "n";
export type CountedNoun = PluralForms & { gender: Gender };

/** How the report names each kind of МНЦ event after a number (nominative: «1 …», «2 …», «5 …»). */
export const EVENT_TYPE_NOUNS = {
  seminar: { one: "практико-ориентированный семинар", few: "практико-ориентированных семинара", many: "практико-ориентированных семинаров", gender: "m" },
  webinar: { one: "вебинар", few: "вебинара", many: "вебинаров", gender: "m" },
  videoconference: { one: "видеоконференция", few: "видеоконференции", many: "видеоконференций", gender: "f" },
  master_class: { one: "мастер-класс", few: "мастер-класса", many: "мастер-классов", gender: "m" },
  consulting: { one: "муниципальный консалтинг", few: "муниципальных консалтинга", many: "муниципальных консалтингов", gender: "m" },
  training: { one: "тренинг", few: "тренинга", many: "тренингов", gender: "m" },
  methodical_session: { one: "методическая сессия", few: "методические сессии", many: "методических сессий", gender: "f" },
  management_school: {
    one: "заседание Школы управленческого мастерства",
    few: "заседания Школы управленческого мастерства",
    many: "заседаний Школы управленческого мастерства",
    gender: "n",
  },
} as const satisfies Record<EventType, CountedNoun>;

/** The order of event kinds in the report's sentence and table: the seed-001 order (seminars, webinars, videoconferences first). */
export const REPORT_EVENT_ORDER = [
  "seminar",
  "webinar",
  "videoconference",
  "management_school",
  "consulting",
  "master_class",
  "training",
  "methodical_session",
] as const satisfies readonly EventType[];

/** Nouns counted in the report, nominative after a number. */
export const NOUNS = {
  event: { one: "мероприятие", few: "мероприятия", many: "мероприятий", gender: "n" },
  participant: { one: "участник", few: "участника", many: "участников", gender: "m" },
  consultation: { one: "консультация", few: "консультации", many: "консультаций", gender: "f" },
  school: { one: "школа", few: "школы", many: "школ", gender: "f" },
  respondent: { one: "респондент", few: "респондента", many: "респондентов", gender: "m" },
  measure: { one: "мероприятие", few: "мероприятия", many: "мероприятий", gender: "n" },
  indicator: { one: "показатель", few: "показателя", many: "показателей", gender: "m" },
} as const satisfies Record<string, CountedNoun>;

/** Genitive after a preposition («из 1 школы», «из 5 школ», «для 21 педагога», «для 4 педагогов»). */
export const GENITIVE = {
  school: { one: "школы", few: "школ", many: "школ" },
  teacher: { one: "педагога", few: "педагогов", many: "педагогов" },
  measure: { one: "мероприятия", few: "мероприятий", many: "мероприятий" },
  event: { one: "мероприятия", few: "мероприятий", many: "мероприятий" },
  consultation: { one: "консультации", few: "консультаций", many: "консультаций" },
} as const satisfies Record<string, PluralForms>;

/** Dative after «по» («по 1 модулю», «по 6 модулям»). */
export const DATIVE = {
  module: { one: "модулю", few: "модулям", many: "модулям" },
} as const satisfies Record<string, PluralForms>;

/** «8 практико-ориентированных семинаров» */
export function counted(count: number, noun: PluralForms): string {
  return plural(count, noun);
}

/** «а», «а и б», «а, б и в». */
export function joinRu(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} и ${items[items.length - 1]}`;
}

/**
 * A short participle agreeing with «N <noun>» placed after it: with 1, 21, 31 …
 * it takes the noun's gender («проведён 1 семинар», «проведена 1
 * видеоконференция»), otherwise the neuter («проведено 8 семинаров»).
 */
export function agree(count: number, gender: Gender, forms: { m: string; f: string; n: string }): string {
  if (pluralForm(count, { one: "one", few: "other", many: "other" }) !== "one") return forms.n;
  return forms[gender];
}

/** «проведён / проведена / проведено». */
export function heldVerb(count: number, gender: Gender): string {
  return agree(count, gender, { m: "проведён", f: "проведена", n: "проведено" });
}

/**
 * «проведено 8 практико-ориентированных семинаров, 6 вебинаров,
 * 3 видеоконференции, 1 заседание Школы управленческого мастерства,
 * 1 муниципальный консалтинг и 1 мастер-класс»: every kind with at least one
 * event, in the report's order; «мероприятия не проводились» when none.
 */
export function eventsSentence(byType: Partial<Record<EventType, number>>): string {
  const present = REPORT_EVENT_ORDER.filter((type) => (byType[type] ?? 0) > 0);
  if (present.length === 0) return "мероприятия не проводились";
  const first = present[0];
  const parts = present.map((type) => counted(byType[type]!, EVENT_TYPE_NOUNS[type]));
  return `${heldVerb(byType[first]!, EVENT_TYPE_NOUNS[first].gender)} ${joinRu(parts)}`;
}

/** «5 из 15 мероприятий», «1 из 21 мероприятия». */
export function partOf(part: number, total: number, genitive: PluralForms): string {
  return `${formatNumber(part)} из ${formatNumber(total)} ${pluralForm(total, genitive)}`;
}

/** A share in percent for the report: «100 %», «85,7 %», the sign never wrapped away from the number. */
export function percentText(value: number): string {
  return formatPercent(value).replace(" %", "\u00a0%");
}

/** «Толстошей Сергей Викторович» → «Толстошей С.В.» (a single word is left as is). */
export function surnameWithInitials(fullName: string): string {
  // Already abbreviated («С.В. Толстошей», «Толстошей С.В.»): keep it as written.
  if (/[А-ЯЁA-Z]\./u.test(fullName)) return fullName.trim().replace(/\s+/g, " ");
  const [surname, ...rest] = fullName.trim().split(/\s+/);
  if (!surname || rest.length === 0) return fullName.trim();
  return `${surname} ${rest.map((part) => `${part.charAt(0).toLocaleUpperCase("ru")}.`).join("")}`;
}

/** First letter upper-cased. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);
}

/** First letter lower-cased, unless the word is an abbreviation («ЕГЭ», «МНЦ»). */
export function decapitalize(text: string): string {
  if (/^[А-ЯЁA-Z]{2}/.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase("ru") + text.slice(1);
}

/**
 * Typography for rendering (screen, print, .docx): no line break between «№»
 * and its number, a number and «%», «г.» and the town. The document's
 * strings keep ordinary spaces (they are what is hashed and searched); the
 * renderers apply this.
 */
export function nonBreaking(text: string): string {
  return text.replace(/№ (?=\d)/gu, "№\u00a0").replace(/(\d) %/gu, "$1\u00a0%").replace(/(^|\s)г\. (?=\S)/gu, "$1г.\u00a0");
}
