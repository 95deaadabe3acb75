import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { CycleStatus } from "@/lib/db/generated/enums";
import { nextCycleTitle } from "@/lib/domain/report/carry-over";
import { planCarryOver, planIsEmpty, SKIP_REASON_LABELS } from "@/lib/domain/report/carry-plan";
import { isAppError } from "@/lib/errors";
import { carryRefusal, loadCarryExisting, loadCarrySource, loadCatalogueFor, loadCycleForCarry } from "./load";

export type NextCyclePreview = {
  /** The cycle the report is about. */
  cycleId: string;
  year: number;
  /** The year of the roadmap to open. */
  nextYear: number;
  /** The title the new cycle gets (or the draft's own title). */
  title: string;
  /** A cycle of the next year that exists already. */
  existing: { id: string; year: number; title: string; status: CycleStatus } | null;
  /** Why the button is not offered (next cycle past its draft); null when it is. */
  refusal: string | null;
  /** Nothing left to create: every school listed, every measure carried. */
  upToDate: boolean;
  schools: { toList: number; listed: number; withCurator: number };
  measures: { toCarry: number; alreadyCarried: number };
  documents: number;
  factors: Array<{ school: string; code: number; title: string }>;
  /** Section V of the report: the new cycle's tasks (filled when its list is empty). */
  tasks: string[];
  tasksWillFill: boolean;
  skipped: Array<{ school: string; reason: string; count: number }>;
};

/**
 * What «Создать дорожную карту на {год + 1}» would do now, for the panel on
 * the cycle page: the same loaders and planner as the action, nothing
 * written. Null while the cycle's report is not approved. 403 without
 * `cycle:manage`, 404 outside the actor's scope.
 */
export async function previewNextCycle(actor: Actor, cycleId: string): Promise<NextCyclePreview | null> {
  if (!can(actor, "cycle:manage")) forbidden();
  const db = getDb();
  let loaded;
  try {
    loaded = await loadCycleForCarry(db, actor, cycleId);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { cycle, report, next, reportTasks } = loaded;
  if (report?.status !== "approved") return null;
  const nextYear = cycle.year + 1;
  const refusal = carryRefusal({ cycle, report, next });
  const [source, catalogue, existing] = await Promise.all([loadCarrySource(db, cycle), loadCatalogueFor(db, nextYear), next ? loadCarryExisting(db, next.id) : null]);
  let n = 0;
  const plan = planCarryOver(source, { cycleId: next?.id ?? "new", year: nextYear, catalogue, includePairings: true, pairedOn: new Date(), existing }, () => `preview-${++n}`);
  const shortName = new Map(source.schools.map((s) => [s.schoolId, s.shortName]));

  const skipped = new Map<string, { school: string; reason: string; count: number }>();
  for (const s of plan.skipped) {
    const key = `${s.schoolId}:${s.reason}`;
    const entry = skipped.get(key) ?? { school: shortName.get(s.schoolId) ?? "", reason: SKIP_REASON_LABELS[s.reason], count: 0 };
    if (s.measureId) entry.count += 1;
    skipped.set(key, entry);
  }
  const tasksWillFill = reportTasks.length > 0 && (!next || next.tasks.length === 0);

  return {
    cycleId: cycle.id,
    year: cycle.year,
    nextYear,
    title: next?.title ?? nextCycleTitle(cycle.title, cycle.year),
    existing: next ? { id: next.id, year: next.year, title: next.title, status: next.status } : null,
    refusal,
    upToDate: !!next && planIsEmpty(plan) && !tasksWillFill,
    schools: {
      toList: plan.cycleSchools.length,
      listed: plan.schools.filter((s) => s.listed === "existing").length,
      withCurator: plan.pairings.length,
    },
    measures: { toCarry: plan.measures.length, alreadyCarried: plan.alreadyCarried },
    documents: plan.documents.length,
    factors: plan.factors.map((f) => ({ school: shortName.get(f.schoolId) ?? "", code: f.code, title: f.title })),
    tasks: reportTasks,
    tasksWillFill,
    skipped: [...skipped.values()],
  };
}
