/**
 * Row-level scope: one builder per entity, returning the Prisma `where` that
 * limits a query to what the actor may see for a given permission.
 *
 *   coordinator  → their municipality
 *   curator      → schools paired with them (active pairings) and their records
 *   school_admin → their school
 *   teacher      → themselves
 *   tutor        → the teachers assigned to them
 *   admin        → everything
 *
 * A person with several roles gets the union over the grants that carry the
 * permission (a teacher who is also a curator elsewhere confirms measures only
 * as a curator). No grant → a filter that matches nothing. Every scoped query
 * spreads one of these; an unscoped helper carries an `unsafe` prefix.
 *
 * Pure: no I/O. Unit-tested in tests/unit/scope.test.ts and proven against
 * the demo data in tests/integration/scope.test.ts.
 */
import type { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { grantsFor, type Actor, type RoleGrant } from "./actor";
import type { Permission } from "./permissions";

/** Matches no row (every model has an `id`). */
export const NONE = { id: { in: [] as never[] } };

type ScopedRole = Exclude<Role, "admin">;
type Clause<W> = (grant: RoleGrant, actor: Actor) => W | null;
type ByRole<W> = Record<ScopedRole, Clause<W>>;

function build<W extends object>(actor: Actor, permission: Permission, byRole: ByRole<W>): W {
  const clauses: W[] = [];
  for (const grant of grantsFor(actor, permission)) {
    if (grant.role === "admin") return {} as W;
    const clause = byRole[grant.role](grant, actor);
    if (clause) clauses.push(clause);
  }
  if (clauses.length === 0) return NONE as W;
  return (clauses.length === 1 ? clauses[0] : { OR: clauses }) as W;
}

const municipality = (grant: RoleGrant) => grant.municipalityId ?? "";
const school = (grant: RoleGrant) => grant.schoolId ?? "";

/** Active pairings of the actor as curator. */
const pairedWith = (actor: Actor) => ({ pairings: { some: { curatorId: actor.userId, active: true } } });
/** Teachers assigned to the actor as tutor. */
const tuteeOf = (actor: Actor) => ({ tuteeAssignments: { some: { tutorId: actor.userId, active: true } } });

const cycleSchoolClauses: ByRole<Prisma.CycleSchoolWhereInput> = {
  coordinator: (g) => ({ cycle: { municipalityId: municipality(g) } }),
  curator: (_g, a) => pairedWith(a),
  school_admin: (g) => ({ schoolId: school(g) }),
  teacher: (g) => ({ schoolId: school(g) }),
  tutor: () => null,
};

const schoolClauses: ByRole<Prisma.SchoolWhereInput> = {
  coordinator: (g) => ({ municipalityId: municipality(g) }),
  curator: (_g, a) => ({ cycleSchools: { some: pairedWith(a) } }),
  school_admin: (g) => ({ id: school(g) }),
  teacher: (g) => ({ id: school(g) }),
  tutor: (_g, a) => ({ roles: { some: { role: "teacher", user: tuteeOf(a) } } }),
};

/** Records of one teacher: diagnostics, ИОМ. */
function teacherRecordClauses<W>(): ByRole<W> {
  return {
    coordinator: (g) => ({ school: { municipalityId: municipality(g) } }) as W,
    curator: (_g, a) => ({ school: { cycleSchools: { some: pairedWith(a) } } }) as W,
    school_admin: (g) => ({ schoolId: school(g) }) as W,
    teacher: (_g, a) => ({ teacherId: a.userId }) as W,
    tutor: (_g, a) => ({ teacher: tuteeOf(a) }) as W,
  };
}

/** Records owned by a municipality and visible to all its members. */
function municipalityClauses<W>(): ByRole<W> {
  const own: Clause<W> = (g) => ({ municipalityId: municipality(g) }) as W;
  return { coordinator: own, curator: own, school_admin: own, teacher: own, tutor: own };
}

/** Records that belong to the actor alone. */
function ownClauses<W>(): ByRole<W> {
  const own: Clause<W> = (_g, a) => ({ userId: a.userId }) as W;
  return { coordinator: own, curator: own, school_admin: own, teacher: own, tutor: own };
}

export const scope = {
  municipality: (a: Actor, p: Permission) =>
    build<Prisma.MunicipalityWhereInput>(a, p, {
      coordinator: (g) => ({ id: municipality(g) }),
      curator: (g) => ({ id: municipality(g) }),
      school_admin: (g) => ({ id: municipality(g) }),
      teacher: (g) => ({ id: municipality(g) }),
      tutor: (g) => ({ id: municipality(g) }),
    }),

  school: (a: Actor, p: Permission) => build<Prisma.SchoolWhereInput>(a, p, schoolClauses),

  cycle: (a: Actor, p: Permission) => build<Prisma.CycleWhereInput>(a, p, municipalityClauses()),

  cycleSchool: (a: Actor, p: Permission) => build<Prisma.CycleSchoolWhereInput>(a, p, cycleSchoolClauses),

  pairing: (a: Actor, p: Permission) =>
    build<Prisma.CuratorPairingWhereInput>(a, p, {
      coordinator: (g) => ({ cycleSchool: { cycle: { municipalityId: municipality(g) } } }),
      curator: (_g, actor) => ({ curatorId: actor.userId }),
      school_admin: (g) => ({ cycleSchool: { schoolId: school(g) } }),
      teacher: () => null,
      tutor: () => null,
    }),

  user: (a: Actor, p: Permission) =>
    build<Prisma.UserWhereInput>(a, p, {
      coordinator: (g) => ({ roles: { some: { municipalityId: municipality(g) } } }),
      curator: (_g, actor) => ({
        OR: [{ id: actor.userId }, { roles: { some: { school: { cycleSchools: { some: pairedWith(actor) } } } } }],
      }),
      school_admin: (g) => ({ roles: { some: { schoolId: school(g) } } }),
      teacher: (_g, actor) => ({ id: actor.userId }),
      tutor: (_g, actor) => ({ OR: [{ id: actor.userId }, tuteeOf(actor)] }),
    }),

  riskProfile: (a: Actor, p: Permission) =>
    build<Prisma.RiskProfileWhereInput>(a, p, mapClauses(cycleSchoolClauses, (cycleSchool) => ({ cycleSchool }))),

  document: (a: Actor, p: Permission) =>
    build<Prisma.ProgramDocumentWhereInput>(a, p, mapClauses(cycleSchoolClauses, (cycleSchool) => ({ cycleSchool }))),

  measure: (a: Actor, p: Permission) =>
    build<Prisma.MeasureWhereInput>(a, p, mapClauses(cycleSchoolClauses, (cycleSchool) => ({ document: { cycleSchool } }))),

  review: (a: Actor, p: Permission) =>
    build<Prisma.ReviewWhereInput>(
      a,
      p,
      mapClauses(cycleSchoolClauses, (cycleSchool) => ({
        OR: [{ document: { cycleSchool } }, { reviewerSchool: cycleSchool }],
      })),
    ),

  mutualPair: (a: Actor, p: Permission) =>
    build<Prisma.MutualPairWhereInput>(
      a,
      p,
      mapClauses(cycleSchoolClauses, (cycleSchool) => ({ OR: [{ schoolA: cycleSchool }, { schoolB: cycleSchool }] })),
    ),

  event: (a: Actor, p: Permission) =>
    build<Prisma.SupportEventWhereInput>(a, p, {
      coordinator: (g) => ({ municipalityId: municipality(g) }),
      curator: (g) => ({ municipalityId: municipality(g) }),
      tutor: (g) => ({ municipalityId: municipality(g) }),
      school_admin: (g) => ({ schools: { some: { id: school(g) } } }),
      teacher: (g) => ({ schools: { some: { id: school(g) } } }),
    }),

  consultation: (a: Actor, p: Permission) =>
    build<Prisma.ConsultationWhereInput>(a, p, {
      coordinator: (g) => ({ municipalityId: municipality(g) }),
      curator: () => null,
      school_admin: (g) => ({ schoolId: school(g) }),
      teacher: (_g, actor) => ({ teacherId: actor.userId }),
      tutor: (_g, actor) => ({ OR: [{ tutorId: actor.userId }, { teacher: tuteeOf(actor) }] }),
    }),

  tutorAssignment: (a: Actor, p: Permission) =>
    build<Prisma.TutorAssignmentWhereInput>(a, p, {
      coordinator: (g) => ({ tutor: { roles: { some: { role: "tutor", municipalityId: municipality(g) } } } }),
      curator: () => null,
      school_admin: (g) => ({ teacher: { roles: { some: { role: "teacher", schoolId: school(g) } } } }),
      teacher: (_g, actor) => ({ teacherId: actor.userId }),
      tutor: (_g, actor) => ({ tutorId: actor.userId }),
    }),

  diagnostic: (a: Actor, p: Permission) => build<Prisma.CompetencyDiagnosticWhereInput>(a, p, teacherRecordClauses()),

  iom: (a: Actor, p: Permission) => build<Prisma.IomWhereInput>(a, p, teacherRecordClauses()),

  examResult: (a: Actor, p: Permission) =>
    build<Prisma.ExamResultWhereInput>(a, p, mapClauses(schoolClauses, (s) => ({ school: s }))),

  survey: (a: Actor, p: Permission) => build<Prisma.SurveyWhereInput>(a, p, municipalityClauses()),

  practice: (a: Actor, p: Permission) => build<Prisma.PracticeWhereInput>(a, p, municipalityClauses()),

  report: (a: Actor, p: Permission) =>
    build<Prisma.AnalyticalReportWhereInput>(a, p, {
      coordinator: (g) => ({ cycle: { municipalityId: municipality(g) } }),
      curator: () => null,
      school_admin: () => null,
      teacher: () => null,
      tutor: () => null,
    }),

  notification: (a: Actor, p: Permission) => build<Prisma.NotificationWhereInput>(a, p, ownClauses()),

  apiToken: (a: Actor, p: Permission) => build<Prisma.ApiTokenWhereInput>(a, p, ownClauses()),

  auditLog: (a: Actor, p: Permission) =>
    build<Prisma.AuditLogWhereInput>(a, p, {
      coordinator: () => null,
      curator: () => null,
      school_admin: () => null,
      teacher: () => null,
      tutor: () => null,
    }),
};

export type ScopedEntity = keyof typeof scope;

function mapClauses<A, B>(clauses: ByRole<A>, wrap: (inner: A) => B): ByRole<B> {
  const out = {} as ByRole<B>;
  for (const role of Object.keys(clauses) as ScopedRole[]) {
    out[role] = (grant, actor) => {
      const inner = clauses[role](grant, actor);
      return inner ? wrap(inner) : null;
    };
  }
  return out;
}
