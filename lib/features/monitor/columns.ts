/**
 * The monitor's columns: one list for the page and the .xlsx export, so the
 * headers are the same Russian words in both.
 */
import type { SchoolCategory } from "@/lib/db/generated/enums";
import type { ExportColumn } from "@/lib/features/exports/types";
import { ZONE_LABELS } from "@/lib/domain/measures";
import { CATEGORY_LABELS, RISK_PROFILE_STATUS_LABELS } from "@/lib/i18n/labels";
import type { MonitorRow } from "./queries";

export const SCHOOL_CATEGORIES_FOR_FILTER = ["shnor", "shnsu", "risk_zone", "p500"] as const satisfies readonly SchoolCategory[];

export type MonitorColumn = ExportColumn<MonitorRow> & { value: (row: MonitorRow) => string | number | null };

export const MONITOR_COLUMNS: MonitorColumn[] = [
  { key: "school", header: "Школа", width: 36, value: (r) => r.shortName },
  { key: "code", header: "Код ОО", width: 12, value: (r) => r.code },
  { key: "zone", header: "Зона", width: 10, value: (r) => ZONE_LABELS[r.zone] },
  { key: "categories", header: "Категории", width: 18, value: (r) => r.categories.map((c) => CATEGORY_LABELS[c]).join(", ") },
  { key: "curator", header: "Куратор", width: 24, value: (r) => r.curatorName ?? "—" },
  { key: "profile", header: "Профиль рисков", width: 22, value: (r) => (r.riskProfileStatus ? RISK_PROFILE_STATUS_LABELS[r.riskProfileStatus] : "Не начат") },
  { key: "documents", header: "Документы: подтверждено / всего", width: 16, value: (r) => `${r.documentsConfirmed} / ${r.documentsTotal}` },
  { key: "planned", header: "Запланировано", width: 10, value: (r) => r.counters.planned },
  { key: "inProgress", header: "Выполнение", width: 10, value: (r) => r.counters.inProgress },
  { key: "done", header: "Выполнено", width: 10, value: (r) => r.counters.done },
  { key: "notDone", header: "Не выполнено", width: 10, value: (r) => r.counters.notDone },
  { key: "needsRevision", header: "Требуется доработка", width: 12, value: (r) => r.counters.needsRevision },
  { key: "attention", header: "Требуют внимания", width: 12, value: (r) => r.counters.attention },
  { key: "percentDone", header: "% выполнения", width: 10, numFmt: "0", value: (r) => r.percentDone },
  { key: "overdue", header: "Просрочено", width: 10, value: (r) => r.overdue },
];
