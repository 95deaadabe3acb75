import "server-only";
import { getDb } from "@/lib/db/client";
import { CONSULTATION_COLUMNS } from "@/lib/features/consultations/columns";
import { findConsultationRows } from "@/lib/features/consultations/queries";
import { consultationListQuerySchema } from "@/lib/features/consultations/schemas";
import { periodLabel } from "@/lib/features/support/period";
import { CONSULTATION_FORM_LABELS, CONSULTATION_MODULE_LABELS } from "@/lib/i18n/labels";
import { filterLines, loadCycle, queryObject, quoted, rowsLine, type RegisterBuilder } from "../common";

/** The МТКП consultations log with the page's filters: the cycle's municipality within the actor's consultation scope. */
export const consultationsExport: RegisterBuilder = async (actor, { cycleId, query }) => {
  const cycle = await loadCycle(actor, "consultation:read", cycleId);
  const q = consultationListQuerySchema.parse(queryObject(query));
  const rows = await findConsultationRows(actor, q, { municipalityId: cycle.municipalityId });
  const db = getDb();
  const [subject, school] = await Promise.all([
    q.subject ? db.subject.findUnique({ where: { id: q.subject }, select: { name: true } }) : null,
    q.school ? db.school.findFirst({ where: { id: q.school, municipalityId: cycle.municipalityId }, select: { shortName: true } }) : null,
  ]);
  // The teacher's name only from a listed row: the filter never reveals a name outside the scope.
  const teacher = q.teacher ? (rows[0]?.teacher.name ?? "нет консультаций в доступе") : undefined;
  return {
    title: "Консультации МТКП",
    filename: `Консультации МТКП ${cycle.year}.xlsx`,
    sheets: [{ name: "Консультации", columns: CONSULTATION_COLUMNS, rows }],
    info: [
      ["Цикл (муниципалитет)", cycle.title],
      ...filterLines([
        ["Период", q.from || q.to ? periodLabel(q.from, q.to) : undefined],
        ["Поиск", quoted(q.q)],
        ["Педагог", teacher],
        ["Предмет", q.subject && (subject?.name ?? q.subject)],
        ["Школа", q.school && (school?.shortName ?? q.school)],
        ["Модуль", q.module && CONSULTATION_MODULE_LABELS[q.module]],
        ["Форма", q.form && CONSULTATION_FORM_LABELS[q.form]],
      ]),
      rowsLine(rows.length),
    ],
  };
};
