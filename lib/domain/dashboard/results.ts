/**
 * A school's results against the municipality on its dashboard: the
 * headline metric of each series (the first of EXAM_METRICS) in the latest
 * year the school has it, grouped by exam so that every chart has one unit
 * (ЕГЭ scores, ОГЭ marks, ВПР percentages never share an axis). Pure: no I/O.
 */
import type { ExamKind } from "@/lib/db/generated/enums";
import { EXAM_KINDS, EXAM_METRICS, isWorse, round, seriesTitle, type Comparison, type MetricSpec } from "@/lib/domain/results";

export type Headline = {
  key: string;
  /** «ОГЭ, русский язык». */
  title: string;
  /** The chart's category within its exam: «Русский язык», «Математика, 5 кл.». */
  label: string;
  year: number;
  school: number;
  municipality: number | null;
  /** school − municipality at the metric's precision; null without an average. */
  difference: number | null;
  /** Worse than the municipal average in the metric's direction; null without an average. */
  worse: boolean | null;
};

export type HeadlineGroup = { exam: ExamKind; spec: MetricSpec; rows: Headline[] };

/**
 * One row per series the school has a headline value for, in the latest
 * such year not after `maxYear` (the dashboard's cycle year); groups in exam
 * order, empty groups left out.
 */
export function headlineComparisons(comparisons: readonly Comparison[], maxYear: number): HeadlineGroup[] {
  const groups: HeadlineGroup[] = [];
  for (const exam of EXAM_KINDS) {
    const spec = EXAM_METRICS[exam][0];
    const rows: Headline[] = [];
    for (const c of comparisons) {
      if (c.exam !== exam) continue;
      const cell = c.years
        .filter((y) => y.year <= maxYear && y.school?.values[spec.key] != null)
        .sort((a, b) => b.year - a.year)[0];
      if (!cell) continue;
      const school = cell.school!.values[spec.key]!;
      const municipality = cell.municipality?.values[spec.key] ?? null;
      rows.push({
        key: c.key,
        title: seriesTitle(c),
        label: `${c.subjectName}${c.grade > 0 ? `, ${c.grade} кл.` : ""}`,
        year: cell.year,
        school,
        municipality,
        difference: municipality === null ? null : round(round(school, spec.digits) - round(municipality, spec.digits), spec.digits),
        worse: municipality === null ? null : isWorse(spec, school, municipality),
      });
    }
    if (rows.length) groups.push({ exam, spec, rows });
  }
  return groups;
}
