/**
 * Every scope builder, for every demo account, against the seeded database:
 * the rows a role reads are exactly those its scope allows, written out here
 * independently of lib/auth/scope.ts (by school code and teacher e-mail).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scope, type ScopedEntity } from "@/lib/auth/scope";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import type { Permission } from "@/lib/auth/permissions";

const ACCOUNTS = ["admin", "coordinator", "curator", "curator2", "school", "teacher", "tutor"] as const;
type Account = (typeof ACCOUNTS)[number];

const CURATOR_SCHOOLS = ["edu230101", "edu230102", "edu230105"];
const CURATOR2_SCHOOLS = ["edu230103", "edu230104", "edu230106"];
const DEMO_SCHOOL = "edu230101";
const DEMO_MUNICIPALITY = "armavir-demo";
const TUTEES = ["teacher@opora.demo", "teacher2@opora.demo", "teacher3@opora.demo", "teacher4@opora.demo"];

/** A second municipality with its own school, teacher and records: nobody of the demo may see them. */
const OTHER = { municipality: "scope-test-other", school: "edu990001", teacher: "other-teacher@opora.test", coordinator: "other-coordinator@opora.test" };

/** A row reduced to what scope is about. */
type Row = { id: string; school?: string | null; teacher?: string | null; user?: string | null; muni?: string | null };
const isOther = (row: Row) =>
  row.school === OTHER.school || row.teacher === OTHER.teacher || row.muni === OTHER.municipality || row.user === OTHER.teacher || row.user === OTHER.coordinator;
type Rule = Record<Account, (row: Row) => boolean>;

const none = () => false;
/**
 * Everything of the demo municipality. Other tests add schools, people and
 * whole municipalities of their own, so "all" is membership in the demo
 * municipality (loaded in beforeAll), not "anything but the other one".
 */
const demo = { schools: new Set<string>(), users: new Set<string>() };
const all = (row: Row) =>
  !isOther(row) &&
  (row.muni == null || row.muni === DEMO_MUNICIPALITY) &&
  (row.school == null || demo.schools.has(row.school)) &&
  (row.teacher == null || demo.users.has(row.teacher)) &&
  (row.user == null || demo.users.has(row.user));
const bySchool = (codes: string[]) => (row: Row) => codes.includes(row.school ?? "");

/** School-bound records (roadmap): who sees which school. */
const schoolRule = (tutor = none, teacher = none): Rule => ({
  admin: () => true,
  coordinator: all,
  curator: bySchool(CURATOR_SCHOOLS),
  curator2: bySchool(CURATOR2_SCHOOLS),
  school: bySchool([DEMO_SCHOOL]),
  teacher,
  tutor,
});

/** Records of one teacher (diagnostics, ИОМ). */
const teacherRule: Rule = {
  ...schoolRule(),
  teacher: (row) => row.teacher === "teacher@opora.demo",
  tutor: (row) => TUTEES.includes(row.teacher ?? ""),
};

const db = () => getDb();
const roleSchool = { select: { school: { select: { code: true } } }, where: { role: "teacher" as const } };

/** Records that belong to a school's year: reduced to the school's code. */
const withCycleSchool = { cycleSchool: { select: { school: { select: { code: true } } } } } as const;
const byCycleSchool = (rows: { id: string; cycleSchool: { school: { code: string } } }[]): Row[] =>
  rows.map((r) => ({ id: r.id, school: r.cycleSchool.school.code }));

type Case = { entity: ScopedEntity; permission: Permission; fetch: (where: object) => Promise<Row[]>; rule: Rule };

const CASES: Case[] = [
  {
    entity: "school",
    permission: "school:read",
    fetch: async (where) => (await db().school.findMany({ where, select: { id: true, code: true } })).map((r) => ({ id: r.id, school: r.code })),
    rule: schoolRule(),
  },
  {
    entity: "cycleSchool",
    permission: "school:read",
    fetch: async (where) =>
      (await db().cycleSchool.findMany({ where, select: { id: true, school: { select: { code: true } } } })).map((r) => ({ id: r.id, school: r.school.code })),
    rule: schoolRule(),
  },
  {
    entity: "pairing",
    permission: "school:read",
    fetch: async (where) =>
      byCycleSchool(await db().curatorPairing.findMany({ where, select: { id: true, ...withCycleSchool } })),
    rule: schoolRule(),
  },
  {
    entity: "riskProfile",
    permission: "risk_profile:read",
    fetch: async (where) =>
      byCycleSchool(await db().riskProfile.findMany({ where, select: { id: true, ...withCycleSchool } })),
    rule: schoolRule(),
  },
  {
    entity: "document",
    permission: "document:read",
    fetch: async (where) =>
      byCycleSchool(await db().programDocument.findMany({ where, select: { id: true, ...withCycleSchool } })),
    rule: schoolRule(),
  },
  {
    entity: "measure",
    permission: "measure:read",
    fetch: async (where) =>
      (await db().measure.findMany({ where, select: { id: true, document: { select: withCycleSchool } } })).map((r) => ({
        id: r.id,
        school: r.document.cycleSchool.school.code,
      })),
    rule: schoolRule(),
  },
  {
    entity: "diagnostic",
    permission: "diagnostic:read",
    fetch: async (where) =>
      (await db().competencyDiagnostic.findMany({ where, select: { id: true, school: { select: { code: true } }, teacher: { select: { email: true } } } })).map(
        (r) => ({ id: r.id, school: r.school.code, teacher: r.teacher.email }),
      ),
    rule: teacherRule,
  },
  {
    entity: "iom",
    permission: "iom:read",
    fetch: async (where) =>
      (await db().iom.findMany({ where, select: { id: true, school: { select: { code: true } }, teacher: { select: { email: true } } } })).map((r) => ({
        id: r.id,
        school: r.school.code,
        teacher: r.teacher.email,
      })),
    rule: teacherRule,
  },
  {
    entity: "consultation",
    permission: "consultation:read",
    fetch: async (where) =>
      (await db().consultation.findMany({ where, select: { id: true, school: { select: { code: true } }, teacher: { select: { email: true } } } })).map(
        (r) => ({ id: r.id, school: r.school.code, teacher: r.teacher.email }),
      ),
    rule: {
      admin: () => true,
      coordinator: all,
      curator: none,
      curator2: none,
      school: bySchool([DEMO_SCHOOL]),
      teacher: (row) => row.teacher === "teacher@opora.demo",
      tutor: all, // every demo consultation is the tutor's own
    },
  },
  {
    entity: "tutorAssignment",
    permission: "consultation:read",
    fetch: async (where) =>
      (await db().tutorAssignment.findMany({ where, select: { id: true, teacher: { select: { email: true, roles: roleSchool } } } })).map((r) => ({
        id: r.id,
        teacher: r.teacher.email,
        school: r.teacher.roles[0]?.school?.code,
      })),
    rule: {
      admin: () => true,
      coordinator: all,
      curator: none,
      curator2: none,
      school: bySchool([DEMO_SCHOOL]),
      teacher: (row) => row.teacher === "teacher@opora.demo",
      tutor: all,
    },
  },
  {
    entity: "event",
    permission: "event:read",
    fetch: async (where) =>
      (await db().supportEvent.findMany({ where, select: { id: true, municipality: { select: { code: true } }, schools: { select: { code: true } } } })).flatMap(
        (r): Row[] =>
          r.schools.length
            ? r.schools.map((s) => ({ id: r.id, school: s.code, muni: r.municipality.code }))
            : [{ id: r.id, school: null, muni: r.municipality.code }],
      ),
    rule: { ...schoolRule(), curator: all, curator2: all },
  },
  {
    entity: "user",
    permission: "user:read",
    fetch: async (where) =>
      (
        await db().user.findMany({
          where,
          select: { id: true, email: true, roles: { select: { school: { select: { code: true } }, municipality: { select: { code: true } } } } },
        })
      ).flatMap((r): Row[] =>
        r.roles.length
          ? r.roles.map((g) => ({ id: r.id, user: r.email, school: g.school?.code ?? null, muni: g.municipality?.code ?? null }))
          : [{ id: r.id, user: r.email, muni: null }],
      ),
    rule: {
      admin: () => true,
      // People with a role in the municipality (not the administrator, nor accounts without roles).
      coordinator: (row) => row.muni === DEMO_MUNICIPALITY,
      curator: (row) => row.user === "curator@opora.demo" || CURATOR_SCHOOLS.includes(row.school ?? ""),
      curator2: (row) => row.user === "curator2@opora.demo" || CURATOR2_SCHOOLS.includes(row.school ?? ""),
      school: bySchool([DEMO_SCHOOL]),
      teacher: none, // teachers have no user:read
      tutor: (row) => row.user === "tutor@opora.demo" || TUTEES.includes(row.user ?? ""),
    },
  },
  {
    entity: "cycle",
    permission: "cycle:read",
    fetch: async (where) =>
      (await db().cycle.findMany({ where, select: { id: true, municipality: { select: { code: true } } } })).map((r) => ({ id: r.id, muni: r.municipality.code })),
    rule: { admin: () => true, coordinator: all, curator: all, curator2: all, school: all, teacher: all, tutor: all },
  },
  {
    entity: "practice",
    permission: "practice:read",
    fetch: async (where) =>
      (await db().practice.findMany({ where, select: { id: true, municipality: { select: { code: true } } } })).map((r) => ({ id: r.id, muni: r.municipality.code })),
    rule: { admin: () => true, coordinator: all, curator: all, curator2: all, school: all, teacher: all, tutor: all },
  },
];

let actors: Record<Account, Actor>;

/** Idempotent: the other municipality with a school in a cycle, a teacher, a diagnostic, an event and a practice. */
async function seedOtherMunicipality() {
  const d = db();
  const muni = await d.municipality.upsert({
    where: { code: OTHER.municipality },
    update: {},
    create: { code: OTHER.municipality, name: "Другой город (тест)", region: "Тест", centerName: "Другой центр" },
  });
  const school = await d.school.upsert({
    where: { code: OTHER.school },
    update: {},
    create: { code: OTHER.school, municipalityId: muni.id, name: "Другая школа", shortName: "Другая школа", kind: "sosh" },
  });
  const cycle = await d.cycle.upsert({
    where: { municipalityId_year: { municipalityId: muni.id, year: 2025 } },
    update: {},
    create: { municipalityId: muni.id, year: 2025, title: "Другая дорожная карта", status: "implementation" },
  });
  const cycleSchool = await d.cycleSchool.upsert({
    where: { cycleId_schoolId: { cycleId: cycle.id, schoolId: school.id } },
    update: {},
    create: { cycleId: cycle.id, schoolId: school.id, categories: ["shnor"] },
  });
  await d.riskProfile.upsert({ where: { cycleSchoolId: cycleSchool.id }, update: {}, create: { cycleSchoolId: cycleSchool.id, catalogYear: 2025 } });
  const coordinator = await d.user.upsert({ where: { email: OTHER.coordinator }, update: {}, create: { email: OTHER.coordinator, name: "Другой координатор" } });
  if (!(await d.roleAssignment.findFirst({ where: { userId: coordinator.id } }))) {
    await d.roleAssignment.create({ data: { userId: coordinator.id, role: "coordinator", municipalityId: muni.id } });
  }
  const teacher = await d.user.upsert({ where: { email: OTHER.teacher }, update: {}, create: { email: OTHER.teacher, name: "Другой педагог" } });
  if (!(await d.roleAssignment.findFirst({ where: { userId: teacher.id } }))) {
    await d.roleAssignment.create({ data: { userId: teacher.id, role: "teacher", municipalityId: muni.id, schoolId: school.id } });
  }
  const scores = { subject: 50, methodological: 50, digital: 50, communicative: 50, psychological: 50 };
  await d.competencyDiagnostic.upsert({
    where: { teacherId_cycleId_kind: { teacherId: teacher.id, cycleId: cycle.id, kind: "entry" } },
    update: {},
    create: { teacherId: teacher.id, cycleId: cycle.id, schoolId: school.id, kind: "entry", date: new Date("2025-02-01"), ...scores },
  });
  await d.supportEvent.upsert({
    where: { id: "scope-test-other-event" },
    update: {},
    create: { id: "scope-test-other-event", municipalityId: muni.id, type: "seminar", date: new Date("2025-03-01"), topic: "Чужой семинар", format: "remote", audience: "teachers", schools: { connect: { id: school.id } } },
  });
  await d.practice.upsert({
    where: { id: "scope-test-other-practice" },
    update: {},
    create: { id: "scope-test-other-practice", municipalityId: muni.id, title: "Чужая практика", authors: "—", organization: "—", level: "school", theme: "—", description: "—", submittedById: teacher.id },
  });
}

beforeAll(async () => {
  await seedOtherMunicipality();
  for (const school of await db().school.findMany({ where: { municipality: { code: DEMO_MUNICIPALITY } }, select: { code: true } })) demo.schools.add(school.code);
  const people = await db().user.findMany({
    where: { roles: { some: { OR: [{ municipality: { code: DEMO_MUNICIPALITY } }, { school: { municipality: { code: DEMO_MUNICIPALITY } } }] } } },
    select: { email: true },
  });
  for (const person of people) demo.users.add(person.email);
  const entries = await Promise.all(
    ACCOUNTS.map(async (account) => {
      const user = await db().user.findUniqueOrThrow({ where: { email: `${account}@opora.demo` } });
      return [account, (await loadActor(user.id, "session"))!] as const;
    }),
  );
  actors = Object.fromEntries(entries) as Record<Account, Actor>;
});

describe.each(CASES)("scope.$entity", ({ entity, permission, fetch, rule }) => {
  it.each(ACCOUNTS)(`%s reads exactly its ${permission} scope`, async (account) => {
    const everything = await fetch({});
    const expected = [...new Set(everything.filter((row) => rule[account](row)).map((r) => r.id))].sort();
    const where = scope[entity](actors[account], permission);
    const actual = [...new Set((await fetch(where)).map((r) => r.id))].sort();
    expect(actual).toEqual(expected);
  });

  it("is not vacuous: the demo data has rows in it", async () => {
    expect((await fetch({})).length).toBeGreaterThan(0);
  });
});

describe("scope of personal records", () => {
  it("notifications and API tokens are their owner's alone", async () => {
    const curator = actors.curator;
    const note = await db().notification.create({ data: { userId: curator.userId, kind: "info", title: "Проверка области видимости" } });
    const token = await db().apiToken.create({
      data: { userId: curator.userId, name: "scope-test", tokenHash: `scope-test-${note.id}`, prefix: "scope" },
    });
    for (const account of ACCOUNTS) {
      const notes = await db().notification.findMany({ where: { AND: [scope.notification(actors[account], "profile:own"), { id: note.id }] } });
      const tokens = await db().apiToken.findMany({ where: { AND: [scope.apiToken(actors[account], "profile:own"), { id: token.id }] } });
      const owner = account === "curator" || account === "admin";
      expect(notes.length, account).toBe(owner ? 1 : 0);
      expect(tokens.length, account).toBe(owner ? 1 : 0);
    }
    await db().apiToken.delete({ where: { id: token.id } });
    await db().notification.delete({ where: { id: note.id } });
  });

  it("the audit log is the administrator's alone", async () => {
    for (const account of ACCOUNTS) {
      const visible = await db().auditLog.count({ where: scope.auditLog(actors[account], "audit:read") });
      if (account === "admin") expect(visible).toBeGreaterThan(0);
      else expect(visible, account).toBe(0);
    }
  });
});
