/**
 * Early warnings as people read them (decision 040): grouped by exam, subject
 * and grade, each reason without the repeated series title; and the note a
 * flagged school carries into the next cycle's lists. Pure: no I/O.
 */
import type { ExamKind } from "@/lib/db/generated/enums";
import { metricSpec } from "./metrics";
import { seriesKey } from "./series";
import { pluralForm } from "@/lib/i18n/plural";
import { seriesTitle, type ResultWarning, type WarningRule } from "./warnings";
import { truncate } from "@/lib/domain/common/text";

export const WARNING_RULE_LABELS: Record<WarningRule, string> = {
  below_average: "Хуже среднего",
  falling: "Ухудшение 2 года подряд",
};

export type WarningGroup = {
  key: string;
  exam: ExamKind;
  /** «ОГЭ, математика». */
  title: string;
  items: { rule: WarningRule; metric: ResultWarning["metric"]; years: number[]; text: string }[];
};

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("ru") + text.slice(1);

/** Warnings (already in reading order) grouped by series, each text without the «ЕГЭ, русский язык: » prefix. */
export function groupWarnings(warnings: readonly ResultWarning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const w of warnings) {
    const key = seriesKey(w);
    const title = seriesTitle(w);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, exam: w.exam, title, items: [] }));
    const prefix = `${title}: `;
    const text = w.reason.startsWith(prefix) ? w.reason.slice(prefix.length) : w.reason;
    group.items.push({ rule: w.rule, metric: w.metric, years: w.years, text: capitalize(text) });
  }
  return [...groups.values()];
}

const yearsText = (years: readonly number[]) =>
  years.length > 2 && years.every((y, i) => i === 0 || y === years[i - 1] + 1) ? `${years[0]}–${years[years.length - 1]}` : years.join(", ");

/**
 * A group in two short lists for a table row: which metrics are below the
 * average in which years, which got worse two years running —
 * «средняя отметка (2023–2025)».
 */
export function warningDigest(group: WarningGroup): Record<WarningRule, string[]> {
  const out: Record<WarningRule, string[]> = { below_average: [], falling: [] };
  for (const item of group.items) {
    const phrase = metricSpec(group.exam, item.metric)?.phrase ?? item.metric;
    out[item.rule].push(`${phrase} (${yearsText(item.years)})`);
  }
  return out;
}

/** Longest note written to `CycleSchool.note` by the early warning. */
export const WARNING_NOTE_MAX = 1000;

const SUBJECTS = { one: "предмет", few: "предмета", many: "предметов" };
const NOTE_RULES: Record<WarningRule, string> = { below_average: "хуже среднего", falling: "ухудшение 2 года подряд" };

/**
 * The note a flagged school carries into the cycle's lists, short enough to
 * read in a table row (the figures stay on the results page):
 * «Раннее предупреждение по результатам 2025 года. ОГЭ, математика: хуже
 * среднего — средняя отметка (2023–2025); ухудшение 2 года подряд — …».
 * Over `max` characters whole groups are left out, «и ещё N» says how many.
 */
export function warningNote(asOfYear: number, warnings: readonly ResultWarning[], max = WARNING_NOTE_MAX): string {
  const head = `Раннее предупреждение по результатам ${asOfYear} года.`;
  const parts = groupWarnings(warnings).map((g) => {
    const digest = warningDigest(g);
    const rules = (["below_average", "falling"] as const).filter((r) => digest[r].length).map((r) => `${NOTE_RULES[r]} — ${digest[r].join(", ")}`);
    return `${g.title}: ${rules.join("; ")}.`;
  });
  const more = (n: number) => ` И ещё ${n} ${pluralForm(n, SUBJECTS)} — на странице «Результаты обучения».`;
  let text = head;
  for (let i = 0; i < parts.length; i++) {
    const next = `${text} ${parts[i]}`;
    const left = parts.length - i - 1;
    if (next.length > (left ? max - more(left).length : max)) return truncate(`${text}${more(parts.length - i)}`, max);
    text = next;
  }
  return text;
}
