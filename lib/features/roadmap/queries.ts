import "server-only";
import { scope } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { isOverdue, matchesCounter, needsAttention, type CounterKey } from "@/lib/domain/measures";
import { buildSections } from "@/lib/domain/roadmap/sections";
import { getCycleSchoolOrNotFound, type CycleSchoolRow } from "@/lib/features/schools/cycle-school";

export type RoadmapFilter = { cycle?: string; section?: string; status?: CounterKey };

/**
 * The school's roadmap in a cycle: sections with counters (lib/domain/roadmap)
 * and the measure list, filtered by a section and a counter (drill-down).
 * One school has tens of measures: they are loaded and counted in JS by the
 * same pure functions the monitor's SQL aggregates feed.
 */
export async function getRoadmapOrNotFound(actor: Actor, code: string, filter: RoadmapFilter) {
  const cycleSchool = await getCycleSchoolOrNotFound(actor, code, "measure:read", filter.cycle);
  return getRoadmap(actor, cycleSchool, filter);
}

/** The roadmap of a school year already loaded through its scope (the page and the .xlsx export). */
export async function getRoadmap(actor: Actor, cycleSchool: CycleSchoolRow, filter: RoadmapFilter) {
  const { sections, documents, measures, today } = await loadRoadmap(actor, cycleSchool.id);
  const section = sections.find((s) => s.key === filter.section);
  const rows = measures
    .map((m) => {
      const overdue = isOverdue(m, today);
      return {
        ...m,
        overdue,
        attention: needsAttention(m.status, overdue),
        document: documents.find((d) => d.id === m.documentId) ?? null,
        sectionTitle: sections.find((s) => s.documentIds.includes(m.documentId))?.title ?? null,
      };
    })
    .filter((m) => (section ? section.documentIds.includes(m.documentId) : true))
    .filter((m) => (filter.status ? matchesCounter(filter.status, m.status, m.overdue) : true));
  return { cycleSchool, sections, documents, measures: rows, section: section ?? null };
}

/**
 * The sections of one school's year (a CycleSchool the caller has already
 * found within the actor's `measure:read` scope), with the documents and
 * measures behind them. Shared by the roadmap page, its export and the REST API.
 */
export async function loadRoadmap(actor: Actor, cycleSchoolId: string, today = new Date()) {
  const db = getDb();
  const [profile, documents, measures] = await Promise.all([
    db.riskProfile.findFirst({
      where: { AND: [scope.riskProfile(actor, "measure:read"), { cycleSchoolId }] },
      select: { status: true, factors: { select: { significance: true, programRequired: true, factor: { select: { code: true, title: true } } } } },
    }),
    db.programDocument.findMany({
      where: { AND: [scope.document(actor, "measure:read"), { cycleSchoolId }] },
      select: { id: true, kind: true, status: true, title: true, riskFactor: { select: { code: true, title: true } } },
    }),
    db.measure.findMany({
      where: { AND: [scope.measure(actor, "measure:read"), { document: { cycleSchoolId } }] },
      orderBy: [{ deadline: "asc" }, { sortOrder: "asc" }],
      select: {
        id: true,
        title: true,
        deadline: true,
        status: true,
        responsible: true,
        documentId: true,
        indicatorName: true,
        indicatorUnit: true,
        baseline: true,
        target: true,
        actual: true,
        task: { select: { title: true } },
        _count: { select: { evidence: true } },
        // Carried over from last year's cycle: the year, for the marker in the list.
        carriedFrom: { select: { document: { select: { cycleSchool: { select: { cycle: { select: { year: true } } } } } } } },
      },
    }),
  ]);
  const sections = buildSections({
    today,
    riskProfile: profile,
    assessments: (profile?.factors ?? []).map((f) => ({
      factorCode: f.factor.code,
      factorTitle: f.factor.title,
      significance: f.significance,
      programRequired: f.programRequired,
    })),
    documents: documents.map((d) => ({ id: d.id, kind: d.kind, status: d.status, riskFactorCode: d.riskFactor?.code ?? null, riskFactorTitle: d.riskFactor?.title ?? null })),
    measures,
  });
  return { sections, documents, measures, today };
}

export type Roadmap = Awaited<ReturnType<typeof getRoadmap>>;
export type RoadmapMeasureRow = Roadmap["measures"][number];
