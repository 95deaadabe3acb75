/**
 * Early warnings as people read them (decision 040): grouped by exam, subject
 * and grade, each reason without the repeated series title; and the note a
 * flagged school carries into the next cycle's lists. Pure: no I/O.
 */
import { seriesKey } from "./series";
import { seriesTitle, warningSummary, type ResultWarning, type WarningRule } from "./warnings";

export const WARNING_RULE_LABELS: Record<WarningRule, string> = {
  below_average: "Ниже среднего",
  falling: "Снижение",
};

export type WarningGroup = {
  key: string;
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
    if (!group) groups.set(key, (group = { key, title, items: [] }));
    const prefix = `${title}: `;
    const text = w.reason.startsWith(prefix) ? w.reason.slice(prefix.length) : w.reason;
    group.items.push({ rule: w.rule, metric: w.metric, years: w.years, text: capitalize(text) });
  }
  return [...groups.values()];
}

/** Longest note written to `CycleSchool.note` by the early warning. */
export const WARNING_NOTE_MAX = 1000;

/**
 * «Раннее предупреждение по результатам 2025 года: ОГЭ, математика: …; …»,
 * cut at `max` characters with «…» (the full reasons stay on the results page).
 */
export function warningNote(asOfYear: number, warnings: readonly ResultWarning[], max = WARNING_NOTE_MAX): string {
  const text = `Раннее предупреждение по результатам ${asOfYear} года: ${warningSummary(warnings)}.`;
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
