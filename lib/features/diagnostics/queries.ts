import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { deficitsOf, effect, levelsOf, summarize, toScores, type Scores } from "@/lib/domain/competency";
import type { Prisma } from "@/lib/db/generated/client";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import type { DiagnosticsQuery } from "./schemas";
import { getThresholds } from "./settings";

export const DIAGNOSTICS_PAGE_SIZE = 25;

/** The cycle asked for (within scope) or the current one; null when there is none. */
export async function resolveCycle(actor: Actor, cycleId?: string) {
  const db = getDb();
  if (cycleId) {
    const cycle = await db.cycle.findFirst({
      where: { AND: [scope.cycle(actor, "cycle:read"), { id: cycleId }] },
      select: { id: true, year: true, title: true, status: true, municipalityId: true },
    });
    if (!cycle) notFound();
    return cycle;
  }
  return getCurrentCycle(actor);
}

/** The diagnostics of a cycle in the actor's `diagnostic:read` scope, optionally of one school (by code). */
function diagnosticsWhere(actor: Actor, cycleId: string, schoolCode?: string): Prisma.CompetencyDiagnosticWhereInput {
  return { AND: [scope.diagnostic(actor, "diagnostic:read"), { cycleId }, schoolCode ? { school: { code: schoolCode } } : {}] };
}

/**
 * The competency summary (teachers, averages, Δ, level distribution) of a
 * cycle within the actor's scope, or of one school of it: the figures of the
 * /diagnostics page, for the REST API. The caller checks the cycle's scope.
 */
export async function getDiagnosticsSummary(actor: Actor, cycleId: string, schoolCode?: string) {
  const db = getDb();
  const [thresholds, rows] = await Promise.all([
    getThresholds(db),
    db.competencyDiagnostic.findMany({
      where: diagnosticsWhere(actor, cycleId, schoolCode),
      select: { teacherId: true, kind: true, subject: true, methodological: true, digital: true, communicative: true, psychological: true },
    }),
  ]);
  return summarize(
    rows.map((r) => ({ teacherId: r.teacherId, kind: r.kind, scores: toScores(r) })),
    thresholds,
  );
}

/**
 * /diagnostics: the summary (school, or municipality with a school filter)
 * and the per-teacher list with levels and deficits, all within the actor's
 * diagnostic scope (a teacher sees only themselves).
 */
export async function getDiagnosticsOverview(actor: Actor, query: DiagnosticsQuery) {
  if (!can(actor, "diagnostic:read")) forbidden();
  const cycle = await resolveCycle(actor, query.cycle);
  const data = await loadDiagnostics(actor, cycle, query);
  const pages = Math.max(1, Math.ceil(data.teachers.length / DIAGNOSTICS_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pages);
  const teachers = data.teachers.slice((page - 1) * DIAGNOSTICS_PAGE_SIZE, page * DIAGNOSTICS_PAGE_SIZE);
  return { ...data, cycle, teachers, total: data.teachers.length, page, pages };
}

/**
 * The summary and every teacher row of a cycle for the filters (no
 * pagination): the page slices it, the .xlsx export takes all. The caller
 * has checked `diagnostic:read` and resolved the cycle within scope.
 */
export async function loadDiagnostics(actor: Actor, cycle: { id: string } | null, query: DiagnosticsQuery) {
  const db = getDb();
  const thresholds = await getThresholds(db);
  const schools = await db.school.findMany({
    where: { AND: [scope.school(actor, "diagnostic:read"), { diagnostics: { some: cycle ? { cycleId: cycle.id } : { id: "" } } }] },
    select: { id: true, code: true, shortName: true },
    orderBy: { shortName: "asc" },
  });
  if (!cycle) return { thresholds, schools, summary: summarize([], thresholds), teachers: [] };

  const where = diagnosticsWhere(actor, cycle.id, query.school);
  const rows = await db.competencyDiagnostic.findMany({
    where,
    select: {
      id: true,
      kind: true,
      date: true,
      version: true,
      teacherId: true,
      subject: true,
      methodological: true,
      digital: true,
      communicative: true,
      psychological: true,
      teacher: { select: { name: true } },
      school: { select: { code: true, shortName: true } },
    },
    orderBy: [{ teacher: { name: "asc" } }, { kind: "asc" }],
  });
  const summary = summarize(
    rows.map((r) => ({ teacherId: r.teacherId, kind: r.kind, scores: toScores(r) })),
    thresholds,
  );

  type Row = (typeof rows)[number];
  const byTeacher = new Map<string, { teacherId: string; name: string; school: Row["school"]; entry: Row | null; repeat: Row | null }>();
  for (const r of rows) {
    const t = byTeacher.get(r.teacherId) ?? { teacherId: r.teacherId, name: r.teacher.name, school: r.school, entry: null, repeat: null };
    t[r.kind] = r;
    byTeacher.set(r.teacherId, t);
  }
  const q = query.q?.toLocaleLowerCase("ru");
  const teachers = [...byTeacher.values()]
    .map((t) => {
      const entry: Scores | null = t.entry ? toScores(t.entry) : null;
      const repeat: Scores | null = t.repeat ? toScores(t.repeat) : null;
      const latest = repeat ?? entry;
      return {
        ...t,
        entryScores: entry,
        repeatScores: repeat,
        entryLevels: entry ? levelsOf(entry, thresholds) : null,
        repeatLevels: repeat ? levelsOf(repeat, thresholds) : null,
        entryDeficits: entry ? deficitsOf(entry, thresholds) : [],
        currentDeficits: latest ? deficitsOf(latest, thresholds) : [],
        effect: effect(entry, repeat),
      };
    })
    .filter((t) => !q || t.name.toLocaleLowerCase("ru").includes(q))
    .filter((t) => query.deficits !== "1" || t.entryDeficits.length > 0);
  return { thresholds, schools, summary, teachers };
}

export type DiagnosticTeacherRow = Awaited<ReturnType<typeof loadDiagnostics>>["teachers"][number];

/**
 * The record/edit form: teachers the actor may record diagnostics for, and
 * the existing diagnostic of the chosen teacher and kind (with its version).
 */
export async function getDiagnosticForm(actor: Actor, params: { teacher?: string; kind?: string; cycle?: string }) {
  if (!can(actor, "diagnostic:write")) forbidden();
  const db = getDb();
  const cycle = await resolveCycle(actor, params.cycle);
  if (!cycle) notFound();
  const teachers = await db.roleAssignment.findMany({
    where: { role: "teacher", school: scope.school(actor, "diagnostic:write"), user: { active: true } },
    select: { user: { select: { id: true, name: true } }, school: { select: { shortName: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const kind: "entry" | "repeat" = params.kind === "repeat" ? "repeat" : "entry";
  const teacherId = params.teacher && teachers.some((t) => t.user.id === params.teacher) ? params.teacher : undefined;
  if (params.teacher && !teacherId) notFound();
  const existing = teacherId
    ? await db.competencyDiagnostic.findFirst({
        where: { AND: [scope.diagnostic(actor, "diagnostic:write"), { teacherId, cycleId: cycle.id, kind }] },
      })
    : null;
  return {
    cycle,
    kind,
    teacherId,
    teachers: teachers.map((t) => ({ id: t.user.id, name: t.user.name, school: t.school?.shortName ?? "" })),
    existing: existing ? { ...toScores(existing), date: existing.date.toISOString().slice(0, 10), version: existing.version } : null,
  };
}
