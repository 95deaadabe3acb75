/**
 * A school's year (CycleSchool) within the actor's scope — the anchor of
 * every roadmap page (`/schools/[code]/…?cycle=<id>`) and action. Pages get a
 * 404 through `notFound()`, actions through `outOfScope()`.
 */
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import { getDb, type Tx } from "@/lib/db/client";
import { outOfScope } from "@/lib/errors";
import { getCurrentCycle } from "@/lib/features/cycles/queries";

export const cycleSchoolSelect = {
  id: true,
  cycleId: true,
  schoolId: true,
  categories: true,
  version: true,
  school: { select: { id: true, code: true, name: true, shortName: true, municipalityId: true } },
  cycle: {
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      municipalityId: true,
      diagnosisDeadline: true,
      programmesDeadline: true,
      expertiseDeadline: true,
      mutualExchangeDeadline: true,
      mutualMeetingDeadline: true,
      mutualUploadDeadline: true,
      implementationEnd: true,
      reportDeadline: true,
    },
  },
} as const;

/**
 * For pages: the school (by code) in the given cycle, or in the actor's
 * current cycle. Missing permission → 403; outside the scope or not in the
 * cycle → 404.
 */
export async function getCycleSchoolOrNotFound(actor: Actor, code: string, permission: Permission, cycleId?: string) {
  if (!can(actor, permission)) forbidden();
  const cycle = cycleId ? { id: cycleId } : await getCurrentCycle(actor);
  if (!cycle) notFound();
  const row = await getDb().cycleSchool.findFirst({
    where: { AND: [scope.cycleSchool(actor, permission), { cycleId: cycle.id, school: { code } }] },
    select: cycleSchoolSelect,
  });
  if (!row) notFound();
  return row;
}

export type CycleSchoolRow = NonNullable<Awaited<ReturnType<typeof getCycleSchoolOrNotFound>>>;

/** For actions, inside their transaction: the CycleSchool by id, or a 404 (audited). */
export async function loadCycleSchool(tx: Tx, actor: Actor, permission: Permission, cycleSchoolId: string) {
  const row = await tx.cycleSchool.findFirst({
    where: { AND: [scope.cycleSchool(actor, permission), { id: cycleSchoolId }] },
    select: cycleSchoolSelect,
  });
  if (!row) throw outOfScope("CycleSchool", cycleSchoolId);
  return row;
}

/** For route handlers: the school (by code) in the cycle within the actor's scope, or an audited 404. */
export async function findCycleSchoolOrThrow(actor: Actor, cycleId: string, code: string, permission: Permission) {
  const row = await getDb().cycleSchool.findFirst({
    where: { AND: [scope.cycleSchool(actor, permission), { cycleId, school: { code } }] },
    select: cycleSchoolSelect,
  });
  if (!row) throw outOfScope("CycleSchool", `${cycleId}/${code}`);
  return row;
}
