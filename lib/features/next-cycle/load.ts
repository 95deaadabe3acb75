/**
 * What next year's roadmap is made from: the cycle (within the actor's
 * `cycle:manage` scope), its report, the next cycle if one exists, the old
 * cycle's schools, documents, tasks and measures as the pure planner wants
 * them (lib/domain/report/carry-plan.ts), and what the next cycle already
 * holds. Shared by the action (inside its transaction) and the preview.
 * Reads are one query per table, whatever the size of the municipality.
 */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import { DEADLINE_FIELDS } from "@/lib/domain/cycles/deadlines";
import { normalizeCycleTasks } from "@/lib/domain/cycles/tasks";
import type { CarrySource, CarryTarget, ExistingDocument } from "@/lib/domain/report/carry-plan";
import { INTEGRITY_CARRY_REFUSAL, tasksMatchSnapshot, verifyContentHash } from "@/lib/domain/report/integrity";
import { parseNarrative } from "@/lib/domain/report/narrative";
import { DOCUMENT_EDITABLE } from "@/lib/domain/workflow";
import { outOfScope } from "@/lib/errors";
import { approvalHashes } from "@/lib/features/report/view";
import { resolveCatalogYear } from "@/lib/features/risk-profile/catalogue";
import { logger } from "@/lib/logger";
import { CYCLE_STATUS_LABELS } from "@/lib/i18n/labels";

const num = (value: { toString(): string } | null): number | null => (value === null ? null : Number(value.toString()));

const nextSelect = { id: true, year: true, title: true, status: true, version: true, tasks: true, previousCycleId: true } as const;

/** The cycle, its report and the next cycle; 404 (audited) outside the actor's scope. */
export async function loadCycleForCarry(db: Tx, actor: Actor, cycleId: string) {
  const cycle = await db.cycle.findFirst({
    where: { AND: [scope.cycle(actor, "cycle:manage"), { id: cycleId }] },
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      municipalityId: true,
      ...(Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, true])) as Record<(typeof DEADLINE_FIELDS)[number], true>),
      report: { select: { id: true, status: true, narrative: true, snapshot: true, contentHash: true } },
      nextCycle: { select: nextSelect },
    },
  });
  if (!cycle) throw outOfScope("Cycle", cycleId);
  // A cycle of the next year opened by hand (before this one had a report) is the next cycle too.
  const next =
    cycle.nextCycle ??
    (await db.cycle.findUnique({ where: { municipalityId_year: { municipalityId: cycle.municipalityId, year: cycle.year + 1 } }, select: nextSelect }));
  const stored = cycle.report;
  const tasks = stored ? parseNarrative(stored.narrative).tasks : [];
  const report = stored && { id: stored.id, status: stored.status, intact: stored.status === "approved" && (await approvedReportIntact(db, stored, tasks)) };
  return { cycle, report, next, reportTasks: normalizeCycleTasks(tasks) };
}

/**
 * An approved report is carried over only while its snapshot still hashes to
 * the hash audited at approval and section V's tasks in the narrative column
 * (which the roadmap takes) are the ones that snapshot shows (decision 046).
 */
async function approvedReportIntact(db: Tx, report: { id: string; snapshot: unknown; contentHash: string | null }, tasks: readonly string[]) {
  const check = verifyContentHash(report.snapshot, report.contentHash, await approvalHashes(db, report.id));
  const tasksIntact = tasksMatchSnapshot(tasks, report.snapshot);
  if (check.ok && tasksIntact) return true;
  logger.error({ reportId: report.id, hash: check.ok ? "ok" : check.reason, tasks: tasksIntact ? "ok" : "differ" }, "approved report failed its integrity check: next year's roadmap refused");
  return false;
}

export type CycleForCarry = Awaited<ReturnType<typeof loadCycleForCarry>>;

export const REPORT_NOT_APPROVED = "Сначала утвердите аналитическую справку приказом.";

/**
 * Why next year's roadmap cannot be made from this cycle now, or null:
 * the report is not approved; the next cycle has moved past its draft (its
 * lists and programmes are the schools' work now); or a cycle of the next
 * year follows another one; or the approved report failed its integrity
 * check.
 */
export function carryRefusal({ cycle, report, next }: Pick<CycleForCarry, "cycle" | "report" | "next">): string | null {
  if (report?.status !== "approved") return REPORT_NOT_APPROVED;
  if (!report.intact) return INTEGRITY_CARRY_REFUSAL;
  if (!next) return null;
  if (next.previousCycleId && next.previousCycleId !== cycle.id) {
    return `Цикл ${next.year} года уже продолжает другой цикл: перенос из цикла ${cycle.year} года невозможен.`;
  }
  if (next.status !== "draft") {
    return (
      `Дорожная карта на ${next.year} год уже открыта: цикл «${next.title}» на этапе «${CYCLE_STATUS_LABELS[next.status]}». ` +
      "Переносить в него школы и меры можно, только пока он в статусе «Черновик»."
    );
  }
  return null;
}

/** The old cycle as the planner reads it. */
export async function loadCarrySource(db: Tx, cycle: { id: string; year: number; municipalityId: string }): Promise<CarrySource> {
  const [schools, documents, tasks, measures] = await Promise.all([
    db.cycleSchool.findMany({
      where: { cycleId: cycle.id },
      orderBy: { school: { shortName: "asc" } },
      select: {
        id: true,
        schoolId: true,
        categories: true,
        school: { select: { code: true, shortName: true, active: true } },
        pairings: {
          where: { active: true },
          select: {
            curatorId: true,
            schoolYear: true,
            curator: { select: { active: true, roles: { where: { role: "curator", municipalityId: cycle.municipalityId }, select: { id: true } } } },
          },
        },
      },
    }),
    db.programDocument.findMany({
      where: { cycleSchool: { cycleId: cycle.id } },
      select: { id: true, cycleSchoolId: true, kind: true, riskFactor: { select: { code: true } } },
    }),
    db.documentTask.findMany({
      where: { document: { cycleSchool: { cycleId: cycle.id } } },
      select: { id: true, documentId: true, sortOrder: true, title: true, cause: true },
    }),
    db.measure.findMany({
      where: { document: { cycleSchool: { cycleId: cycle.id } } },
      select: {
        id: true,
        documentId: true,
        taskId: true,
        sortOrder: true,
        status: true,
        title: true,
        deadline: true,
        responsible: true,
        participants: true,
        expectedResult: true,
        indicatorName: true,
        indicatorUnit: true,
        baseline: true,
        target: true,
        actual: true,
        reportForm: true,
      },
    }),
  ]);
  return {
    year: cycle.year,
    schools: schools.map((s) => {
      const pairing = s.pairings[0];
      return {
        cycleSchoolId: s.id,
        schoolId: s.schoolId,
        code: s.school.code,
        shortName: s.school.shortName,
        active: s.school.active,
        categories: s.categories,
        curator: pairing ? { curatorId: pairing.curatorId, schoolYear: pairing.schoolYear, eligible: pairing.curator.active && pairing.curator.roles.length > 0 } : null,
      };
    }),
    documents: documents.map((d) => ({ id: d.id, cycleSchoolId: d.cycleSchoolId, kind: d.kind, riskFactorCode: d.riskFactor?.code ?? null })),
    tasks,
    measures: measures.map((m) => ({ ...m, baseline: num(m.baseline), target: num(m.target), actual: num(m.actual) })),
  };
}

/** The risk catalogue the next cycle uses: the latest catalogue year up to it. */
export async function loadCatalogueFor(db: Tx, year: number): Promise<CarryTarget["catalogue"]> {
  const catalogYear = await resolveCatalogYear(db, year);
  if (catalogYear === null) return [];
  return db.riskFactor.findMany({ where: { catalogYear }, orderBy: { code: "asc" }, select: { id: true, code: true, title: true } });
}

/** What a next cycle already holds: its schools, documents with their tasks, carried measures. */
export async function loadCarryExisting(db: Tx, nextCycleId: string): Promise<NonNullable<CarryTarget["existing"]>> {
  const [schools, documents, carried] = await Promise.all([
    db.cycleSchool.findMany({
      where: { cycleId: nextCycleId },
      select: { id: true, schoolId: true, _count: { select: { pairings: { where: { active: true } } } } },
    }),
    db.programDocument.findMany({
      where: { cycleSchool: { cycleId: nextCycleId } },
      select: {
        id: true,
        cycleSchoolId: true,
        kind: true,
        riskFactorId: true,
        status: true,
        analysis: true,
        tasks: { select: { id: true, title: true, cause: true, sortOrder: true, measures: { orderBy: { sortOrder: "desc" }, take: 1, select: { sortOrder: true } } } },
      },
    }),
    db.measure.findMany({ where: { carriedFromId: { not: null }, document: { cycleSchool: { cycleId: nextCycleId } } }, select: { carriedFromId: true } }),
  ]);
  return {
    schools: schools.map((s) => ({ cycleSchoolId: s.id, schoolId: s.schoolId, hasActiveCurator: s._count.pairings > 0 })),
    documents: documents.map(
      (d): ExistingDocument => ({
        id: d.id,
        cycleSchoolId: d.cycleSchoolId,
        kind: d.kind,
        riskFactorId: d.riskFactorId,
        editable: DOCUMENT_EDITABLE.includes(d.status),
        hasAnalysis: !!d.analysis?.trim(),
        tasks: d.tasks.map((t) => ({ id: t.id, title: t.title, cause: t.cause, sortOrder: t.sortOrder, maxMeasureSortOrder: t.measures[0]?.sortOrder ?? 0 })),
      }),
    ),
    carriedFromIds: carried.map((m) => m.carriedFromId!),
  };
}
