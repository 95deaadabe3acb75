import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, type Prisma } from "@/lib/db/client";
import { EventType } from "@/lib/db/generated/enums";
import { monthRange, type Month } from "@/lib/domain/support/calendar";
import { summariseEvents, type Period } from "@/lib/domain/support/counts";
import { toDate } from "@/lib/features/support/fields";
import type { EventListQuery } from "./schemas";

export const EVENTS_PAGE_SIZE = 20;
const READ = "event:read" as const;

/** The list filters except the period (shared by the list and the calendar). */
function filterWhere(query: EventListQuery): Prisma.SupportEventWhereInput[] {
  return [
    query.q ? { topic: { contains: query.q, mode: "insensitive" } } : {},
    query.type ? { type: query.type } : {},
    query.format ? { format: query.format } : {},
    query.audience ? { audience: query.audience } : {},
    query.module ? { moduleId: query.module } : {},
    query.project === "none" ? { projectId: null } : query.project ? { projectId: query.project } : {},
    query.school ? { schools: { some: { id: query.school } } } : {},
  ];
}

function periodWhere(period: Period): Prisma.SupportEventWhereInput {
  if (!period.from && !period.to) return {};
  return { date: { ...(period.from ? { gte: period.from } : {}), ...(period.to ? { lte: period.to } : {}) } };
}

export function periodOf(query: { from?: string; to?: string }): Period {
  return { from: query.from ? toDate(query.from) : null, to: query.to ? toDate(query.to) : null };
}

const ORDER: Record<NonNullable<EventListQuery["sort"]>, Prisma.SupportEventOrderByWithRelationInput[]> = {
  date_desc: [{ date: "desc" }, { id: "asc" }],
  date_asc: [{ date: "asc" }, { id: "asc" }],
  topic: [{ topic: "asc" }, { id: "asc" }],
  participants: [{ participants: "desc" }, { date: "desc" }, { id: "asc" }],
};

const listSelect = {
  id: true,
  type: true,
  date: true,
  topic: true,
  format: true,
  audience: true,
  participants: true,
  module: { select: { title: true } },
  project: { select: { title: true } },
  _count: { select: { schools: true } },
} satisfies Prisma.SupportEventSelect;

/** The register's rows: scope, period and every list filter (the page paginates, the export takes all). */
function listWhere(actor: Actor, query: EventListQuery, extra: Prisma.SupportEventWhereInput = {}): Prisma.SupportEventWhereInput {
  return { AND: [scope.event(actor, READ), periodWhere(periodOf(query)), ...filterWhere(query), extra] };
}

export async function listEvents(actor: Actor, query: EventListQuery) {
  if (!can(actor, READ)) forbidden();
  const where = listWhere(actor, query);
  const page = query.page ?? 1;
  const db = getDb();
  const [total, events] = await Promise.all([
    db.supportEvent.count({ where }),
    db.supportEvent.findMany({
      where,
      orderBy: ORDER[query.sort ?? "date_desc"],
      skip: (page - 1) * EVENTS_PAGE_SIZE,
      take: EVENTS_PAGE_SIZE,
      select: listSelect,
    }),
  ]);
  return { total, events, page, pages: Math.max(1, Math.ceil(total / EVENTS_PAGE_SIZE)) };
}

/**
 * Every row of the register for the filters, in the list's order (the .xlsx
 * export). `extra` narrows further (the export's municipality). The caller
 * has checked `event:read`.
 */
export async function findEventRows(actor: Actor, query: EventListQuery, extra: Prisma.SupportEventWhereInput = {}) {
  return getDb().supportEvent.findMany({ where: listWhere(actor, query, extra), orderBy: ORDER[query.sort ?? "date_desc"], select: listSelect });
}

/** Events of one month for the calendar (the list filters apply, the period is the month). */
export async function listEventsOfMonth(actor: Actor, query: EventListQuery, month: Month) {
  if (!can(actor, READ)) forbidden();
  return getDb().supportEvent.findMany({
    where: { AND: [scope.event(actor, READ), periodWhere(monthRange(month)), ...filterWhere(query)] },
    orderBy: [{ date: "asc" }, { topic: "asc" }],
    select: { id: true, date: true, type: true, topic: true, format: true },
  });
}

/** «Сводка»: counts by type, plan module and municipal project for the period. */
export async function getEventSummary(actor: Actor, period: Period) {
  if (!can(actor, READ)) forbidden();
  const db = getDb();
  const events = await db.supportEvent.findMany({
    where: { AND: [scope.event(actor, READ), periodWhere(period)] },
    select: { date: true, type: true, moduleId: true, projectId: true, participants: true },
  });
  const summary = summariseEvents(events, period, Object.values(EventType));
  const [modules, projects] = await Promise.all([
    db.planModule.findMany({ where: { id: { in: summary.byModule.flatMap((r) => (r.key ? [r.key] : [])) } }, select: { id: true, title: true } }),
    db.municipalProject.findMany({ where: { id: { in: summary.byProject.flatMap((r) => (r.key ? [r.key] : [])) } }, select: { id: true, title: true } }),
  ]);
  const title = (list: { id: string; title: string }[], id: string | null, none: string) => (id ? (list.find((x) => x.id === id)?.title ?? "—") : none);
  return {
    ...summary,
    byModule: summary.byModule.map((r) => ({ ...r, title: title(modules, r.key, "Без модуля") })),
    byProject: summary.byProject.map((r) => ({ ...r, title: title(projects, r.key, "Вне муниципальных проектов") })),
  };
}

export async function getEventOrNotFound(actor: Actor, id: string) {
  if (!can(actor, READ)) forbidden();
  const event = await getDb().supportEvent.findFirst({
    where: { AND: [scope.event(actor, READ), { id }] },
    select: {
      id: true,
      type: true,
      date: true,
      topic: true,
      format: true,
      audience: true,
      participants: true,
      notes: true,
      version: true,
      moduleId: true,
      projectId: true,
      module: { select: { title: true } },
      project: { select: { title: true } },
      municipality: { select: { name: true } },
      schools: { select: { id: true, code: true, shortName: true }, orderBy: { shortName: "asc" } },
      updatedAt: true,
    },
  });
  if (!event) notFound();
  return event;
}

/** Catalogues for filters (read) or for the form (manage): modules, projects, schools. */
export async function getEventOptions(actor: Actor, permission: "event:read" | "event:manage" = READ) {
  if (!can(actor, permission)) forbidden();
  const db = getDb();
  const inMunicipality = { municipality: scope.municipality(actor, permission) };
  const [modules, projects, schools] = await Promise.all([
    db.planModule.findMany({ where: inMunicipality, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.municipalProject.findMany({ where: inMunicipality, orderBy: { title: "asc" }, select: { id: true, title: true } }),
    db.school.findMany({
      where: permission === "event:manage" ? inMunicipality : { AND: [inMunicipality, { events: { some: scope.event(actor, READ) } }] },
      orderBy: { code: "asc" },
      select: { id: true, code: true, shortName: true },
    }),
  ]);
  return { modules, projects, schools };
}

/** For the coordinator's home: events and participants of a period, by type. */
export async function getEventCounts(actor: Actor, period: Period) {
  if (!can(actor, READ)) return null;
  const events = await getDb().supportEvent.findMany({
    where: { AND: [scope.event(actor, READ), periodWhere(period)] },
    select: { date: true, type: true, moduleId: true, projectId: true, participants: true },
  });
  return summariseEvents(events, period, Object.values(EventType));
}
