import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { deficitsOf, nextActivities, progressPercent, toScores } from "@/lib/domain/competency";
import { getThresholds } from "@/lib/features/diagnostics/settings";

const cycleSchoolRow = {
  id: true,
  categories: true,
  school: { select: { code: true, name: true, shortName: true, kind: true } },
  pairings: { where: { active: true }, select: { curator: { select: { name: true, email: true } } } },
  riskProfile: { select: { status: true } },
  _count: { select: { documents: true } },
} as const;

/** Coordinator: every school of the cycle with categories and curator. */
export async function getCoordinatorHome(actor: Actor, cycle: CurrentCycle) {
  const db = getDb();
  const rows = await db.cycleSchool.findMany({
    where: { AND: [scope.cycleSchool(actor, "school:read"), { cycleId: cycle.id }] },
    select: cycleSchoolRow,
    orderBy: { school: { shortName: "asc" } },
  });
  const schoolsInMunicipality = await db.school.count({ where: scope.school(actor, "school:read") });
  const curators = new Set(rows.flatMap((r) => r.pairings.map((p) => p.curator.email)));
  const withCurator = rows.filter((r) => r.pairings.length > 0).length;
  return { rows, schoolsInMunicipality, curatorCount: curators.size, withCurator };
}

/** Curator: the schools paired with them in the cycle. */
export async function getCuratorHome(actor: Actor, cycle: CurrentCycle) {
  return getDb().cycleSchool.findMany({
    where: {
      AND: [scope.cycleSchool(actor, "school:read"), { cycleId: cycle.id, pairings: { some: { curatorId: actor.userId, active: true } } }],
    },
    select: cycleSchoolRow,
    orderBy: { school: { shortName: "asc" } },
  });
}

/** School team: their school's card for the cycle. */
export async function getSchoolAdminHome(actor: Actor, schoolId: string, cycle: CurrentCycle | null) {
  const db = getDb();
  const school = await db.school.findFirst({
    where: { AND: [scope.school(actor, "school:read"), { id: schoolId }] },
    select: {
      code: true,
      name: true,
      shortName: true,
      kind: true,
      address: true,
      contingents: { orderBy: { year: "desc" }, take: 1 },
      cycleSchools: { where: { cycleId: cycle?.id ?? "" }, select: cycleSchoolRow },
    },
  });
  if (!school) return null;
  const teachers = await db.user.count({
    where: { AND: [scope.user(actor, "user:read"), { roles: { some: { role: "teacher", schoolId } } }] },
  });
  return { school, cycleSchool: school.cycleSchools[0] ?? null, teachers };
}

// ── teacher and tutor homes ──

/** Teacher: their diagnostics (levels, deficits), ИОМ with progress and next activities, consultations. */
export async function getTeacherHome(actor: Actor, cycle: CurrentCycle | null) {
  const db = getDb();
  const [diagnostics, iom, consultations, thresholds] = await Promise.all([
    db.competencyDiagnostic.findMany({
      where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { teacherId: actor.userId }, cycle ? { cycleId: cycle.id } : {}] },
      orderBy: { date: "asc" },
      select: { kind: true, date: true, subject: true, methodological: true, digital: true, communicative: true, psychological: true },
    }),
    cycle
      ? db.iom.findFirst({
          where: { AND: [scope.iom(actor, "iom:read"), { teacherId: actor.userId, cycleId: cycle.id }] },
          select: {
            id: true,
            status: true,
            approvedAt: true,
            activities: { select: { id: true, title: true, kind: true, status: true, plannedStart: true, plannedEnd: true } },
          },
        })
      : null,
    db.consultation.findMany({
      where: { AND: [scope.consultation(actor, "consultation:read"), { teacherId: actor.userId }] },
      orderBy: { date: "desc" },
      take: 10,
      select: { id: true, date: true, module: true, nextSteps: true, tutor: { select: { name: true } }, subject: { select: { name: true } } },
    }),
    getThresholds(db),
  ]);
  const entry = diagnostics.find((d) => d.kind === "entry");
  const deficits = entry ? deficitsOf(toScores(entry), thresholds) : [];
  return {
    diagnostics,
    thresholds,
    deficits,
    iom: iom ? { ...iom, progress: progressPercent(iom.activities), next: nextActivities(iom.activities) } : null,
    consultations,
  };
}

/** Tutor: the teachers assigned to them with their consultations, deficits and ИОМ state. */
export async function getTutorHome(actor: Actor, cycle: CurrentCycle | null = null) {
  const db = getDb();
  const assignments = await db.tutorAssignment.findMany({
    where: { AND: [scope.tutorAssignment(actor, "consultation:read"), { tutorId: actor.userId, active: true }] },
    select: {
      teacher: {
        select: {
          id: true,
          name: true,
          roles: { where: { role: "teacher" }, select: { school: { select: { shortName: true, code: true } } } },
        },
      },
    },
    orderBy: { teacher: { name: "asc" } },
  });
  const teacherIds = assignments.map((a) => a.teacher.id);
  const [stats, entries, ioms, thresholds] = await Promise.all([
    db.consultation.groupBy({
      by: ["teacherId"],
      where: { AND: [scope.consultation(actor, "consultation:read"), { tutorId: actor.userId }] },
      _count: { _all: true },
      _max: { date: true },
    }),
    cycle
      ? db.competencyDiagnostic.findMany({
          where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { cycleId: cycle.id, kind: "entry", teacherId: { in: teacherIds } }] },
        })
      : [],
    cycle
      ? db.iom.findMany({
          where: { AND: [scope.iom(actor, "iom:read"), { cycleId: cycle.id, teacherId: { in: teacherIds } }] },
          select: { id: true, teacherId: true, status: true, activities: { select: { status: true } } },
        })
      : [],
    getThresholds(db),
  ]);
  const byTeacher = new Map(stats.map((s) => [s.teacherId, s]));
  const entryOf = new Map(entries.map((e) => [e.teacherId, e]));
  const iomOf = new Map(ioms.map((i) => [i.teacherId, i]));
  return assignments.map(({ teacher }) => {
    const entry = entryOf.get(teacher.id);
    const iom = iomOf.get(teacher.id);
    return {
      id: teacher.id,
      name: teacher.name,
      school: teacher.roles[0]?.school ?? null,
      consultations: byTeacher.get(teacher.id)?._count._all ?? 0,
      lastConsultation: byTeacher.get(teacher.id)?._max.date ?? null,
      deficits: entry ? deficitsOf(toScores(entry), thresholds) : [],
      iom: iom ? { id: iom.id, status: iom.status, progress: progressPercent(iom.activities) } : null,
    };
  });
}

/** Administrator: the installation at a glance. */
export async function getAdminHome(actor: Actor) {
  const db = getDb();
  const users = scope.user(actor, "user:manage");
  const [municipalities, schools, activeUsers, inactiveUsers, cycles] = await Promise.all([
    db.municipality.count({ where: scope.municipality(actor, "municipality:read") }),
    db.school.count({ where: scope.school(actor, "school:read") }),
    db.user.count({ where: { AND: [users, { active: true }] } }),
    db.user.count({ where: { AND: [users, { active: false }] } }),
    db.cycle.count({ where: scope.cycle(actor, "cycle:read") }),
  ]);
  return { municipalities, schools, activeUsers, inactiveUsers, cycles };
}

// ── the curator's queues ──

const QUEUE_LIMIT = 20;
const queueSchool = { select: { school: { select: { code: true, shortName: true } } } } as const;

/**
 * Curator: what waits for them across their paired schools in the cycle —
 * risk profiles and documents submitted for expertise, measures done and
 * awaiting confirmation, overdue measures. Each queue: up to 20 items and the total.
 */
export async function getCuratorQueues(actor: Actor, cycle: CurrentCycle, today = new Date()) {
  const db = getDb();
  const mine = { cycleId: cycle.id, pairings: { some: { curatorId: actor.userId, active: true } } };
  const day = new Date(`${today.toISOString().slice(0, 10)}T00:00:00Z`);
  const profileWhere = { AND: [scope.riskProfile(actor, "risk_profile:confirm"), { status: "submitted" as const, cycleSchool: mine }] };
  const documentWhere = { AND: [scope.document(actor, "document:review"), { status: "submitted" as const, cycleSchool: mine }] };
  const doneWhere = { AND: [scope.measure(actor, "measure:confirm"), { status: "done" as const, document: { cycleSchool: mine } }] };
  const overdueWhere = {
    AND: [
      scope.measure(actor, "measure:read"),
      { status: { in: ["planned" as const, "in_progress" as const, "needs_revision" as const] }, deadline: { lt: day }, document: { cycleSchool: mine } },
    ],
  };
  const measureSelect = { id: true, title: true, deadline: true, status: true, completedAt: true, document: { select: { cycleSchool: queueSchool } } } as const;
  const [profiles, profileCount, documents, documentCount, done, doneCount, overdue, overdueCount] = await Promise.all([
    db.riskProfile.findMany({ where: profileWhere, orderBy: { submittedAt: "asc" }, take: QUEUE_LIMIT, select: { id: true, submittedAt: true, cycleSchool: queueSchool } }),
    db.riskProfile.count({ where: profileWhere }),
    db.programDocument.findMany({
      where: documentWhere,
      orderBy: { submittedAt: "asc" },
      take: QUEUE_LIMIT,
      select: { id: true, title: true, kind: true, submittedAt: true, cycleSchool: queueSchool },
    }),
    db.programDocument.count({ where: documentWhere }),
    db.measure.findMany({ where: doneWhere, orderBy: { completedAt: "asc" }, take: QUEUE_LIMIT, select: measureSelect }),
    db.measure.count({ where: doneWhere }),
    db.measure.findMany({ where: overdueWhere, orderBy: { deadline: "asc" }, take: QUEUE_LIMIT, select: measureSelect }),
    db.measure.count({ where: overdueWhere }),
  ]);
  return {
    profiles: { items: profiles, total: profileCount },
    documents: { items: documents, total: documentCount },
    done: { items: done, total: doneCount },
    overdue: { items: overdue, total: overdueCount },
  };
}

// ── coordinator: teachers (diagnostics and ИОМ) ──

/** Counts for the coordinator's home: teachers diagnosed (entry / repeat) and ИОМ by status in the cycle. */
export async function getCoordinatorTeacherCounts(actor: Actor, cycleId: string) {
  const db = getDb();
  const [entry, repeat, ioms] = await Promise.all([
    db.competencyDiagnostic.count({ where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { cycleId, kind: "entry" }] } }),
    db.competencyDiagnostic.count({ where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { cycleId, kind: "repeat" }] } }),
    db.iom.groupBy({ by: ["status"], where: { AND: [scope.iom(actor, "iom:read"), { cycleId }] }, _count: { _all: true } }),
  ]);
  const iomBy = Object.fromEntries(ioms.map((r) => [r.status, r._count._all]));
  return { entry, repeat, iomTotal: ioms.reduce((s, r) => s + r._count._all, 0), iomApproved: iomBy.approved ?? 0, iomSubmitted: iomBy.submitted ?? 0 };
}
