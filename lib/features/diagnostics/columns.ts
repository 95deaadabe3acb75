/**
 * The /diagnostics tables' columns: the summary per competency and the
 * teachers with their entry and repeat values. One list for the page and the
 * .xlsx export, so the headers are the same Russian words in both. Where the
 * screen used to pack two numbers in a cell («69 → 82») there are two columns
 * («…, вх.» / «…, повт.»), so the spreadsheet holds numbers.
 */
import type { Competency } from "@/lib/db/generated/enums";
import { COMPETENCIES, LEVELS, type CompetencySummary, type Level, type Scores } from "@/lib/domain/competency";
import type { ExportColumn } from "@/lib/features/exports/types";
import { COMPETENCY_LABELS, COMPETENCY_LEVEL_LABELS } from "@/lib/i18n/labels";

export type DiagnosticSummaryRow = {
  competency: Competency;
  entry: number | null;
  repeat: number | null;
  delta: number | null;
  entryLevels: Record<Level, number>;
  repeatLevels: Record<Level, number>;
};

/** One row per competency, in the canonical order. */
export function diagnosticSummaryRows(summary: CompetencySummary): DiagnosticSummaryRow[] {
  return COMPETENCIES.map((c) => ({
    competency: c,
    entry: summary.entry?.[c] ?? null,
    repeat: summary.repeat?.[c] ?? null,
    delta: summary.delta?.[c] ?? null,
    entryLevels: summary.entryDistribution[c],
    repeatLevels: summary.repeatDistribution[c],
  }));
}

export const DIAGNOSTIC_SUMMARY_COLUMNS: ExportColumn<DiagnosticSummaryRow>[] = [
  { key: "competency", header: "Компетенция", width: 28, value: (r) => COMPETENCY_LABELS[r.competency] },
  { key: "entry", header: "Входная, ср.", width: 12, numFmt: "0.0", value: (r) => r.entry },
  { key: "repeat", header: "Повторная, ср.", width: 12, numFmt: "0.0", value: (r) => r.repeat },
  { key: "delta", header: "Изменение", width: 12, numFmt: "+0.0;-0.0;0", value: (r) => r.delta },
  ...LEVELS.flatMap((l): ExportColumn<DiagnosticSummaryRow>[] => [
    { key: `${l}Entry`, header: `${COMPETENCY_LEVEL_LABELS[l]}, вх.`, width: 11, numFmt: "0", value: (r) => r.entryLevels[l] },
    { key: `${l}Repeat`, header: `${COMPETENCY_LEVEL_LABELS[l]}, повт.`, width: 11, numFmt: "0", value: (r) => r.repeatLevels[l] },
  ]),
];

/** What a teacher row carries (a row of `loadDiagnostics(...).teachers`). */
export type DiagnosticTeacherLike = {
  name: string;
  school: { shortName: string };
  entryScores: Scores | null;
  repeatScores: Scores | null;
  entryDeficits: Competency[];
};

export const competencyHeader = (c: Competency, kind: "entry" | "repeat") => `${COMPETENCY_LABELS[c]}, ${kind === "entry" ? "вх." : "повт."}`;
export const deficitsText = (deficits: readonly Competency[]) => (deficits.length ? deficits.map((d) => COMPETENCY_LABELS[d]).join(", ") : "нет");

export const DIAGNOSTIC_TEACHER_COLUMNS: ExportColumn<DiagnosticTeacherLike>[] = [
  { key: "name", header: "Педагог", width: 32, value: (t) => t.name },
  { key: "school", header: "Школа", width: 28, value: (t) => t.school.shortName },
  ...COMPETENCIES.flatMap((c): ExportColumn<DiagnosticTeacherLike>[] => [
    { key: `${c}Entry`, header: competencyHeader(c, "entry"), width: 12, numFmt: "0.##", value: (t) => t.entryScores?.[c] ?? null },
    { key: `${c}Repeat`, header: competencyHeader(c, "repeat"), width: 12, numFmt: "0.##", value: (t) => t.repeatScores?.[c] ?? null },
  ]),
  { key: "deficits", header: "Дефициты (входная)", width: 40, value: (t) => deficitsText(t.entryDeficits) },
];
