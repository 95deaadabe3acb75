import "server-only";
import { getDb } from "@/lib/db/client";
import { EVENT_COLUMNS } from "@/lib/features/events/columns";
import { findEventRows } from "@/lib/features/events/queries";
import { eventListQuerySchema } from "@/lib/features/events/schemas";
import { periodLabel } from "@/lib/features/support/period";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from "@/lib/i18n/labels";
import { filterLines, loadCycle, queryObject, quoted, rowsLine, type RegisterBuilder } from "../common";

/**
 * The МНЦ events register with the page's filters and sorting (no
 * pagination, the calendar's month is ignored): the events of the cycle's
 * municipality within the actor's event scope.
 */
export const eventsExport: RegisterBuilder = async (actor, { cycleId, query }) => {
  const cycle = await loadCycle(actor, "event:read", cycleId);
  const q = eventListQuerySchema.parse(queryObject(query));
  const db = getDb();
  const inMunicipality = { municipalityId: cycle.municipalityId };
  const [rows, module, project, school] = await Promise.all([
    findEventRows(actor, q, inMunicipality),
    q.module ? db.planModule.findFirst({ where: { id: q.module, ...inMunicipality }, select: { title: true } }) : null,
    q.project && q.project !== "none" ? db.municipalProject.findFirst({ where: { id: q.project, ...inMunicipality }, select: { title: true } }) : null,
    q.school ? db.school.findFirst({ where: { id: q.school, ...inMunicipality }, select: { shortName: true } }) : null,
  ]);
  return {
    title: "Мероприятия МНЦ",
    filename: `Мероприятия МНЦ ${cycle.year}.xlsx`,
    sheets: [{ name: "Мероприятия", columns: EVENT_COLUMNS, rows }],
    info: [
      ["Цикл (муниципалитет)", cycle.title],
      ...filterLines([
        ["Период", q.from || q.to ? periodLabel(q.from, q.to) : undefined],
        ["Поиск по теме", quoted(q.q)],
        ["Вид", q.type && EVENT_TYPE_LABELS[q.type]],
        ["Формат", q.format && EVENT_FORMAT_LABELS[q.format]],
        ["Аудитория", q.audience && EVENT_AUDIENCE_LABELS[q.audience]],
        ["Модуль плана", q.module && (module?.title ?? q.module)],
        ["Муниципальный проект", q.project === "none" ? "вне проектов" : q.project && (project?.title ?? q.project)],
        ["Школа", q.school && (school?.shortName ?? q.school)],
      ]),
      rowsLine(rows.length),
    ],
  };
};
