import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb, Prisma } from "@/lib/db/client";
import type { PracticeListQuery } from "./schemas";

export const PRACTICES_PAGE_SIZE = 20;

const contains = (value: string) => ({ contains: value, mode: "insensitive" as const });

/** The bank of practices of the actor's municipality: search, filters, sorting, pages. */
export async function listPractices(actor: Actor, query: PracticeListQuery) {
  if (!can(actor, "practice:read")) forbidden();
  const where: Prisma.PracticeWhereInput = {
    AND: [
      scope.practice(actor, "practice:read"),
      query.q ? { OR: [{ title: contains(query.q) }, { authors: contains(query.q) }, { theme: contains(query.q) }] } : {},
      query.level ? { level: query.level } : {},
      query.status ? { status: query.status } : {},
      query.theme ? { theme: contains(query.theme) } : {},
      query.organization ? { organization: contains(query.organization) } : {},
    ],
  };
  const orderBy: Prisma.PracticeOrderByWithRelationInput[] =
    query.sort === "title" ? [{ title: "asc" }] : query.sort === "old" ? [{ createdAt: "asc" }] : [{ createdAt: "desc" }];
  const page = query.page ?? 1;
  const db = getDb();
  const [total, practices] = await Promise.all([
    db.practice.count({ where }),
    db.practice.findMany({
      where,
      orderBy: [...orderBy, { id: "asc" }],
      skip: (page - 1) * PRACTICES_PAGE_SIZE,
      take: PRACTICES_PAGE_SIZE,
      select: { id: true, title: true, authors: true, organization: true, level: true, theme: true, status: true, createdAt: true, _count: { select: { files: true } } },
    }),
  ]);
  return { total, practices, page, pages: Math.max(1, Math.ceil(total / PRACTICES_PAGE_SIZE)) };
}

/** Practices awaiting the coordinator's decision (for the home page). */
export async function countPracticesAwaitingModeration(actor: Actor) {
  if (!can(actor, "practice:moderate")) return 0;
  return getDb().practice.count({ where: { AND: [scope.practice(actor, "practice:moderate"), { status: "submitted" }] } });
}

export async function getPracticeOrNotFound(actor: Actor, practiceId: string) {
  if (!can(actor, "practice:read")) forbidden();
  const practice = await getDb().practice.findFirst({
    where: { AND: [scope.practice(actor, "practice:read"), { id: practiceId }] },
    select: {
      id: true,
      title: true,
      authors: true,
      organization: true,
      level: true,
      theme: true,
      description: true,
      status: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      submittedById: true,
      submittedBy: { select: { name: true } },
      school: { select: { shortName: true, code: true } },
      files: { select: { file: { select: { id: true, originalName: true, mimeType: true, size: true } } } },
    },
  });
  if (!practice) notFound();
  return {
    ...practice,
    files: practice.files.map((f) => f.file),
    canEdit: practice.submittedById === actor.userId && practice.status === "submitted" && can(actor, "practice:submit"),
    canModerate: can(actor, "practice:moderate"),
  };
}

/** Distinct themes and organisations for the filter lists. */
export async function practiceFilterOptions(actor: Actor) {
  const rows = await getDb().practice.findMany({ where: scope.practice(actor, "practice:read"), select: { organization: true }, distinct: ["organization"], orderBy: { organization: "asc" } });
  return { organizations: rows.map((r) => r.organization) };
}
