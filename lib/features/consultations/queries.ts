import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, hasRole, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, type Prisma } from "@/lib/db/client";
import { ConsultationModule } from "@/lib/db/generated/enums";
import { summariseConsultations, type Period } from "@/lib/domain/support/counts";
import { toDate } from "@/lib/features/support/fields";
import type { ConsultationListQuery } from "./schemas";

export const CONSULTATIONS_PAGE_SIZE = 20;
const READ = "consultation:read" as const;

function periodWhere(period: Period): Prisma.ConsultationWhereInput {
  if (!period.from && !period.to) return {};
  return { date: { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lte: period.to } : {}) } };
}

export function periodOf(query: { from?: string; to?: string }): Period {
  return { from: query.from ? toDate(query.from) : null, to: query.to ? toDate(query.to) : null };
}

function listWhere(actor: Actor, query: ConsultationListQuery, extra: Prisma.ConsultationWhereInput = {}): Prisma.ConsultationWhereInput {
  return {
    AND: [
      extra,
      scope.consultation(actor, READ),
      periodWhere(periodOf(query)),
      query.q
        ? {
            OR: [
              { notes: { contains: query.q, mode: "insensitive" } },
              { nextSteps: { contains: query.q, mode: "insensitive" } },
              { teacher: { name: { contains: query.q, mode: "insensitive" } } },
            ],
          }
        : {},
      query.teacher ? { teacherId: query.teacher } : {},
      query.subject ? { subjectId: query.subject } : {},
      query.school ? { schoolId: query.school } : {},
      query.module ? { module: query.module } : {},
      query.form ? { form: query.form } : {},
    ],
  };
}

const listSelect = {
  id: true,
  date: true,
  module: true,
  form: true,
  functions: true,
  tutorId: true,
  teacher: { select: { name: true } },
  tutor: { select: { name: true } },
  school: { select: { shortName: true } },
  subject: { select: { name: true } },
} satisfies Prisma.ConsultationSelect;
const ORDER: Prisma.ConsultationOrderByWithRelationInput[] = [{ date: "desc" }, { id: "asc" }];

export async function listConsultations(actor: Actor, query: ConsultationListQuery) {
  if (!can(actor, READ)) forbidden();
  const where = listWhere(actor, query);
  const page = query.page ?? 1;
  const db = getDb();
  const [total, consultations] = await Promise.all([
    db.consultation.count({ where }),
    db.consultation.findMany({ where, orderBy: ORDER, skip: (page - 1) * CONSULTATIONS_PAGE_SIZE, take: CONSULTATIONS_PAGE_SIZE, select: listSelect }),
  ]);
  return { total, consultations, page, pages: Math.max(1, Math.ceil(total / CONSULTATIONS_PAGE_SIZE)) };
}

/**
 * Every row of the log for the filters, in the list's order (the .xlsx
 * export); `extra` narrows further. The caller has checked `consultation:read`.
 */
export async function findConsultationRows(actor: Actor, query: ConsultationListQuery, extra: Prisma.ConsultationWhereInput = {}) {
  return getDb().consultation.findMany({ where: listWhere(actor, query, extra), orderBy: ORDER, select: listSelect });
}

export async function getConsultationOrNotFound(actor: Actor, id: string) {
  if (!can(actor, READ)) forbidden();
  const consultation = await getDb().consultation.findFirst({
    where: { AND: [scope.consultation(actor, READ), { id }] },
    select: {
      id: true,
      date: true,
      module: true,
      form: true,
      functions: true,
      notes: true,
      nextSteps: true,
      version: true,
      tutorId: true,
      teacherId: true,
      subjectId: true,
      projectId: true,
      teacher: { select: { name: true } },
      tutor: { select: { name: true } },
      school: { select: { shortName: true, code: true } },
      subject: { select: { name: true } },
      project: { select: { title: true } },
    },
  });
  if (!consultation) notFound();
  return consultation;
}

/** Whether the actor sees the municipal totals (coordinator, administrator). */
export function seesConsultationTotals(actor: Actor): boolean {
  return can(actor, READ) && (hasRole(actor, "coordinator") || hasRole(actor, "admin"));
}

/** Totals by subject, thematic module and school for the period, within the actor's scope. */
export async function getConsultationTotals(actor: Actor, period: Period) {
  if (!can(actor, READ)) forbidden();
  const db = getDb();
  const rows = await db.consultation.findMany({
    where: { AND: [scope.consultation(actor, READ), periodWhere(period)] },
    select: { date: true, subjectId: true, module: true, schoolId: true },
  });
  const summary = summariseConsultations(rows, period, Object.values(ConsultationModule));
  const [subjects, schools] = await Promise.all([
    db.subject.findMany({ where: { id: { in: summary.bySubject.map((r) => r.key) } }, select: { id: true, name: true } }),
    db.school.findMany({ where: { id: { in: summary.bySchool.map((r) => r.key) } }, select: { id: true, shortName: true } }),
  ]);
  return {
    ...summary,
    bySubject: summary.bySubject.map((r) => ({ ...r, title: subjects.find((s) => s.id === r.key)?.name ?? "—" })),
    bySchool: summary.bySchool.map((r) => ({ ...r, title: schools.find((s) => s.id === r.key)?.shortName ?? "—" })),
  };
}

/** Filter options: the teachers, subjects and schools that occur in the visible consultations. */
export async function getConsultationFilterOptions(actor: Actor) {
  if (!can(actor, READ)) forbidden();
  const db = getDb();
  const where = scope.consultation(actor, READ);
  const [teachers, subjects, schools] = await Promise.all([
    db.user.findMany({ where: { consultationsTaken: { some: where } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.subject.findMany({ where: { consultations: { some: where } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.school.findMany({ where: { consultations: { some: where } }, orderBy: { code: "asc" }, select: { id: true, shortName: true } }),
  ]);
  return { teachers, subjects, schools };
}

/** The tutor's form: their active tutees (with school), subjects, municipal projects. */
export async function getConsultationFormOptions(actor: Actor) {
  if (!can(actor, "consultation:write")) forbidden();
  const db = getDb();
  const [assignments, subjects, projects] = await Promise.all([
    db.tutorAssignment.findMany({
      where: { AND: [scope.tutorAssignment(actor, "consultation:write"), { tutorId: actor.userId, active: true }] },
      orderBy: { teacher: { name: "asc" } },
      select: {
        teacher: {
          select: { id: true, name: true, roles: { where: { role: "teacher" }, select: { school: { select: { shortName: true } } }, take: 1 } },
        },
      },
    }),
    db.subject.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.municipalProject.findMany({ where: { municipality: scope.municipality(actor, "consultation:write") }, orderBy: { title: "asc" }, select: { id: true, title: true } }),
  ]);
  const tutees = assignments.map((a) => ({ id: a.teacher.id, name: a.teacher.name, school: a.teacher.roles[0]?.school?.shortName ?? null }));
  return { tutees, subjects, projects };
}

/** The tutor's home: their consultations in a period (this month). */
export async function getTutorConsultations(actor: Actor, period: Period) {
  if (!can(actor, "consultation:write")) return null;
  return getDb().consultation.findMany({
    where: { AND: [scope.consultation(actor, READ), { tutorId: actor.userId }, periodWhere(period)] },
    orderBy: [{ date: "desc" }, { id: "asc" }],
    select: { id: true, date: true, module: true, form: true, teacher: { select: { name: true } }, subject: { select: { name: true } } },
  });
}

/** The coordinator's home: consultations in a period. */
export async function countConsultations(actor: Actor, period: Period) {
  if (!can(actor, READ)) return null;
  return getDb().consultation.count({ where: { AND: [scope.consultation(actor, READ), periodWhere(period)] } });
}
