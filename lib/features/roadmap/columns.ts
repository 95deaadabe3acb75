/**
 * The roadmap's columns: the sections (cards on /schools/[code]/roadmap) and
 * the measures. One list for the page and the .xlsx export, so the headers
 * are the same Russian words in both.
 */
import { COUNTER_KEYS, COUNTER_LABELS } from "@/lib/domain/measures";
import type { RoadmapSection } from "@/lib/domain/roadmap/sections";
import type { ExportColumn } from "@/lib/features/exports/types";
import { DOCUMENT_STATUS_LABELS, MEASURE_STATUS_LABELS, RISK_PROFILE_STATUS_LABELS, SIGNIFICANCE_LABELS } from "@/lib/i18n/labels";
import type { MeasureStatus } from "@/lib/db/generated/enums";

export function sectionStatusLabel(section: Pick<RoadmapSection, "key" | "status">): string {
  if (section.status === "not_started") return "Не начато";
  return section.key === "diagnosis" ? RISK_PROFILE_STATUS_LABELS[section.status] : DOCUMENT_STATUS_LABELS[section.status];
}

/** «антирисковая программа обязательна» / «программа по решению школы» (factor sections only). */
export function sectionProgramText(section: Pick<RoadmapSection, "riskFactorCode" | "required">): string | null {
  if (section.riskFactorCode === null) return null;
  return section.required ? "антирисковая программа обязательна" : "программа по решению школы";
}

export const ROADMAP_SECTION_COLUMNS: ExportColumn<RoadmapSection>[] = [
  { key: "title", header: "Раздел", width: 50, value: (s) => s.title },
  { key: "status", header: "Статус", width: 22, value: (s) => sectionStatusLabel(s) },
  { key: "significance", header: "Значимость", width: 14, value: (s) => (s.significance ? SIGNIFICANCE_LABELS[s.significance] : null) },
  { key: "program", header: "Антирисковая программа", width: 34, value: (s) => sectionProgramText(s) },
  ...COUNTER_KEYS.map((k): ExportColumn<RoadmapSection> => ({ key: k, header: COUNTER_LABELS[k], width: 14, numFmt: "0", value: (s) => (s.key === "diagnosis" ? null : s.counters[k]) })),
];

type Decimalish = { toNumber(): number } | number | null;
const num = (v: Decimalish) => (v === null ? null : typeof v === "number" ? v : v.toNumber());

/** What the measure columns read (a row of `getRoadmap(...).measures`). */
export type RoadmapMeasureLike = {
  title: string;
  deadline: Date | null;
  responsible: string | null;
  status: MeasureStatus;
  indicatorName: string | null;
  indicatorUnit: string | null;
  baseline: Decimalish;
  target: Decimalish;
  actual: Decimalish;
  attention: boolean;
  sectionTitle: string | null;
  document: { title: string } | null;
  task: { title: string };
  _count: { evidence: number };
};

export const ROADMAP_MEASURE_COLUMNS: ExportColumn<RoadmapMeasureLike>[] = [
  { key: "section", header: "Раздел", width: 36, value: (m) => m.sectionTitle },
  { key: "document", header: "Документ", width: 36, value: (m) => m.document?.title ?? null },
  { key: "task", header: "Задача", width: 40, value: (m) => m.task.title },
  { key: "title", header: "Мероприятие", width: 50, value: (m) => m.title },
  { key: "deadline", header: "Срок", width: 12, value: (m) => m.deadline },
  { key: "responsible", header: "Ответственные", width: 28, value: (m) => m.responsible },
  { key: "status", header: "Статус", width: 22, value: (m) => MEASURE_STATUS_LABELS[m.status] },
  { key: "indicator", header: "Показатель", width: 36, value: (m) => m.indicatorName },
  { key: "unit", header: "Единица измерения", width: 12, value: (m) => m.indicatorUnit },
  { key: "baseline", header: "Базовое значение", width: 12, numFmt: "0.##", value: (m) => num(m.baseline) },
  { key: "target", header: "Целевое значение", width: 12, numFmt: "0.##", value: (m) => num(m.target) },
  { key: "actual", header: "Фактическое значение", width: 12, numFmt: "0.##", value: (m) => num(m.actual) },
  { key: "evidence", header: "Подтверждающих документов", width: 14, numFmt: "0", value: (m) => m._count.evidence },
  { key: "attention", header: "Требует внимания", width: 12, value: (m) => (m.attention ? "Да" : "Нет") },
];

/** The measure table on the page shows these columns (headers from the list above). */
export const ROADMAP_MEASURE_SCREEN_KEYS = ["title", "status", "deadline", "responsible"] as const;
export const roadmapMeasureHeader = (key: (typeof ROADMAP_MEASURE_SCREEN_KEYS)[number]) => ROADMAP_MEASURE_COLUMNS.find((c) => c.key === key)!.header;
