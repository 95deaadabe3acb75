import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, hasRole, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { availableEvents, iomMachine } from "@/lib/domain/workflow";
import { deficitsOf, effect, progressPercent, round1, toScores, uncoveredDeficits } from "@/lib/domain/competency";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { getThresholds } from "@/lib/features/diagnostics/settings";
import type { IomListQuery } from "./schemas";

export const IOM_PAGE_SIZE = 25;

/** /iom: teacher — own; tutor — tutees'; school admin — the school's; coordinator — the municipality's. */
export async function listIoms(actor: Actor, query: IomListQuery) {
  if (!can(actor, "iom:read")) forbidden();
  const db = getDb();
  const cycle = await getCurrentCycle(actor);
  const where: Prisma.IomWhereInput = {
    AND: [
      scope.iom(actor, "iom:read"),
      cycle ? { cycleId: cycle.id } : {},
      query.status ? { status: query.status } : {},
      query.q ? { teacher: { name: { contains: query.q, mode: "insensitive" } } } : {},
    ],
  };
  const total = await db.iom.count({ where });
  const pages = Math.max(1, Math.ceil(total / IOM_PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pages);
  const rows = await db.iom.findMany({
    where,
    orderBy: { teacher: { name: "asc" } },
    skip: (page - 1) * IOM_PAGE_SIZE,
    take: IOM_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      approvedAt: true,
      teacher: { select: { name: true } },
      school: { select: { shortName: true } },
      activities: { select: { status: true } },
    },
  });
  const ioms = rows.map((r) => ({ ...r, progress: progressPercent(r.activities), activityCount: r.activities.length }));

  // Who the actor may draft a route for in the current cycle: themselves (teacher) or tutees without one.
  let creatable: { id: string; name: string }[] = [];
  if (cycle && can(actor, "iom:write")) {
    creatable = await db.user.findMany({
      where: {
        AND: [
          scope.user(actor, "iom:write"),
          { active: true, roles: { some: { role: "teacher" } }, ioms: { none: { cycleId: cycle.id } } },
          hasRole(actor, "admin") ? { id: "" } : {},
        ],
      },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    });
  }
  return { cycle, ioms, total, page, pages, creatable };
}

/** One route with its activities, evidence, deficits and effect; 404 outside the scope. */
export async function getIomOrNotFound(actor: Actor, id: string) {
  if (!can(actor, "iom:read")) forbidden();
  const db = getDb();
  const iom = await db.iom.findFirst({
    where: { AND: [scope.iom(actor, "iom:read"), { id }] },
    select: {
      id: true,
      status: true,
      version: true,
      teacherId: true,
      cycleId: true,
      submittedAt: true,
      approvedAt: true,
      approvalOrderNo: true,
      approvalOrderDate: true,
      returnComment: true,
      teacher: { select: { name: true, position: true } },
      approvedBy: { select: { name: true } },
      school: { select: { shortName: true, code: true } },
      cycle: { select: { title: true, year: true } },
      activities: {
        orderBy: [{ sortOrder: "asc" }, { plannedStart: "asc" }],
        include: { evidence: { select: { id: true, kind: true, title: true, url: true, fileId: true, createdAt: true }, orderBy: { createdAt: "asc" } } },
      },
    },
  });
  if (!iom) notFound();
  const diagnostics = await db.competencyDiagnostic.findMany({
    where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { teacherId: iom.teacherId, cycleId: iom.cycleId }] },
  });
  const thresholds = await getThresholds(db);
  const entryRow = diagnostics.find((d) => d.kind === "entry");
  const repeatRow = diagnostics.find((d) => d.kind === "repeat");
  const entry = entryRow ? toScores(entryRow) : null;
  const repeat = repeatRow ? toScores(repeatRow) : null;
  const deficits = entry ? deficitsOf(entry, thresholds) : [];
  const isOwnTeacher = iom.teacherId === actor.userId;
  const writable = (await db.iom.count({ where: { AND: [scope.iom(actor, "iom:write"), { id }] } })) > 0;
  const approvable = (await db.iom.count({ where: { AND: [scope.iom(actor, "iom:approve"), { id }] } })) > 0;
  return {
    iom,
    entry,
    repeat,
    effect: effect(entry, repeat),
    deficits,
    uncovered: uncoveredDeficits(deficits, iom.activities),
    progress: progressPercent(iom.activities),
    events: availableEvents(iomMachine, iom.status),
    can: { write: writable, approve: approvable },
    isOwnTeacher,
  };
}

/**
 * For the roadmap section «Недостаточная предметная и методическая
 * компетентность педагогических работников»: of the school's teachers with
 * deficits (entry diagnostic of the cycle), how many have an approved ИОМ,
 * and the average progress of those routes. Within the actor's scope.
 */
export async function iomCoverageForSchool(actor: Actor, cycleId: string, schoolId: string) {
  const db = getDb();
  const thresholds = await getThresholds(db);
  const entries = await db.competencyDiagnostic.findMany({
    where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { cycleId, schoolId, kind: "entry" }] },
  });
  const withDeficits = entries.filter((e) => deficitsOf(toScores(e), thresholds).length > 0).map((e) => e.teacherId);
  const approved = await db.iom.findMany({
    where: { AND: [scope.iom(actor, "iom:read"), { cycleId, schoolId, status: "approved", teacherId: { in: withDeficits } }] },
    select: { activities: { select: { status: true } } },
  });
  const teachersWithDeficits = withDeficits.length;
  const withApprovedIom = approved.length;
  return {
    teachersWithDeficits,
    withApprovedIom,
    /** In %, one decimal; null when no teacher has deficits. */
    share: teachersWithDeficits ? round1((withApprovedIom / teachersWithDeficits) * 100) : null,
    /** Average progress of the approved routes in %; null without any. */
    avgProgress: approved.length ? round1(approved.reduce((s, i) => s + progressPercent(i.activities), 0) / approved.length) : null,
  };
}
