import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import type { CurrentCycle } from "@/lib/features/cycles/queries";

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

/** Teacher: their diagnostics and ИОМ in the cycle. */
export async function getTeacherHome(actor: Actor, cycle: CurrentCycle | null) {
  const db = getDb();
  const [diagnostics, iom] = await Promise.all([
    db.competencyDiagnostic.findMany({
      where: { AND: [scope.diagnostic(actor, "diagnostic:read"), { teacherId: actor.userId }, cycle ? { cycleId: cycle.id } : {}] },
      orderBy: { date: "asc" },
      select: { kind: true, date: true, subject: true, methodological: true, digital: true, communicative: true, psychological: true },
    }),
    cycle
      ? db.iom.findFirst({
          where: { AND: [scope.iom(actor, "iom:read"), { teacherId: actor.userId, cycleId: cycle.id }] },
          select: { status: true, approvedAt: true, activities: { select: { status: true } } },
        })
      : null,
  ]);
  return { diagnostics, iom };
}

/** Tutor: the teachers assigned to them, with their consultations. */
export async function getTutorHome(actor: Actor) {
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
  const stats = await db.consultation.groupBy({
    by: ["teacherId"],
    where: { AND: [scope.consultation(actor, "consultation:read"), { tutorId: actor.userId }] },
    _count: { _all: true },
    _max: { date: true },
  });
  const byTeacher = new Map(stats.map((s) => [s.teacherId, s]));
  return assignments.map(({ teacher }) => ({
    id: teacher.id,
    name: teacher.name,
    school: teacher.roles[0]?.school ?? null,
    consultations: byTeacher.get(teacher.id)?._count._all ?? 0,
    lastConsultation: byTeacher.get(teacher.id)?._max.date ?? null,
  }));
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
