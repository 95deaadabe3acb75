import "server-only";
import { ZONE_LABELS } from "@/lib/domain/measures";
import { MONITOR_COLUMNS } from "@/lib/features/monitor/columns";
import { filterMonitorRows, getMonitorRows } from "@/lib/features/monitor/queries";
import { monitorQuerySchema } from "@/lib/features/monitor/schemas";
import { CATEGORY_LABELS } from "@/lib/i18n/labels";
import { filterLines, loadCycle, queryObject, quoted, rowsLine, type RegisterBuilder } from "../common";

/** The municipal monitor of the cycle with the page's filters and sorting (no pagination). */
export const monitorExport: RegisterBuilder = async (actor, { cycleId, query }) => {
  const cycle = await loadCycle(actor, "monitor:read", cycleId);
  const q = monitorQuerySchema.parse(queryObject(query));
  const all = await getMonitorRows(actor, cycle);
  const rows = filterMonitorRows(all, q);
  const curator = q.curator === "none" ? "не назначен" : all.find((r) => r.curatorId === q.curator)?.curatorName;
  return {
    title: "Мониторинг реализации",
    filename: `Мониторинг ${cycle.year}.xlsx`,
    sheets: [{ name: "Мониторинг", columns: MONITOR_COLUMNS, rows }],
    info: [
      ["Цикл", cycle.title],
      ...filterLines([
        ["Поиск", quoted(q.q)],
        ["Категория", q.category && CATEGORY_LABELS[q.category]],
        ["Зона", q.zone && ZONE_LABELS[q.zone]],
        ["Куратор", q.curator && (curator ?? q.curator)],
      ]),
      rowsLine(rows.length),
    ],
  };
};
