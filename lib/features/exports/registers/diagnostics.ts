import "server-only";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { outOfScope } from "@/lib/errors";
import { DIAGNOSTIC_SUMMARY_COLUMNS, DIAGNOSTIC_TEACHER_COLUMNS, diagnosticSummaryRows } from "@/lib/features/diagnostics/columns";
import { loadDiagnostics } from "@/lib/features/diagnostics/queries";
import { diagnosticsQuerySchema } from "@/lib/features/diagnostics/schemas";
import { formatNumber } from "@/lib/i18n/plural";
import { filterLines, loadCycle, queryObject, quoted, rowsLine, type RegisterBuilder } from "../common";

const READ = "diagnostic:read" as const;

/**
 * The /diagnostics summary of the cycle (one school with `school=<code>`,
 * else the actor's whole scope) and the teachers with their entry and
 * repeat values, exactly as the page lists them to this actor (a teacher: themselves).
 */
export const diagnosticsExport: RegisterBuilder = async (actor, { cycleId, query }) => {
  const cycle = await loadCycle(actor, READ, cycleId);
  const q = { ...diagnosticsQuerySchema.parse(queryObject(query)), cycle: cycle.id, page: undefined };
  const school = q.school
    ? await getDb().school.findFirst({ where: { AND: [scope.school(actor, READ), { code: q.school }] }, select: { code: true, shortName: true } })
    : null;
  if (q.school && !school) throw outOfScope("School", q.school);
  const { summary, teachers, thresholds } = await loadDiagnostics(actor, cycle, q);
  return {
    title: "Диагностика профессиональных компетенций",
    filename: `Диагностика компетенций ${school ? `${school.code} ` : ""}${cycle.year}.xlsx`,
    sheets: [
      { name: "Сводка", columns: DIAGNOSTIC_SUMMARY_COLUMNS, rows: summary.teachers ? diagnosticSummaryRows(summary) : [] },
      { name: "Педагоги", columns: DIAGNOSTIC_TEACHER_COLUMNS, rows: teachers },
    ],
    info: [
      ["Цикл", cycle.title],
      ["Педагогов прошли диагностику", String(summary.teachers)],
      ["Уровни", `низкий — менее ${formatNumber(thresholds.low)} %, высокий — от ${formatNumber(thresholds.high)} %`],
      ...filterLines([
        ["Школа", school && `${school.shortName} (код ОО ${school.code})`],
        ["Педагог", quoted(q.q)],
        ["Только с дефицитами", q.deficits === "1" ? "да" : undefined],
      ]),
      rowsLine(teachers.length),
    ],
  };
};
