import "server-only";
import { cache } from "react";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { scope } from "@/lib/auth/scope";
import { getDb, type Prisma, type Tx } from "@/lib/db/client";
import { coveragePercent } from "@/lib/domain/cycles/deadlines";
import { outOfScope } from "@/lib/errors";
import type { CycleSchoolListQuery } from "./schemas";

/**
 * The cycle people work in now: the latest cycle in the actor's scope that is
 * under way (neither a draft being prepared nor closed); else the latest one
 * not closed; else the latest one. A coordinator preparing next year's draft
 * does not move everybody's school pages to it.
 */
export const getCurrentCycle = cache(async (actor: Actor) => findCurrentCycle(getDb(), scope.cycle(actor, "cycle:read")));

const currentCycleSelect = { id: true, year: true, title: true, status: true, municipalityId: true } as const;

/**
 * The one rule for "the cycle people work in now" among the cycles matching
 * `where`: the latest one under way (neither a draft nor closed); else the
 * latest draft; else the latest closed one. A draft opened for next year does
 * not take over the homes and school pages until it starts.
 */
export async function findCurrentCycle(db: Tx, where: Prisma.CycleWhereInput) {
  const select = currentCycleSelect;
  return (
    (await db.cycle.findFirst({ where: { AND: [where, { status: { notIn: ["draft", "closed"] } }] }, orderBy: { year: "desc" }, select })) ??
    (await db.cycle.findFirst({ where: { AND: [where, { status: { not: "closed" } }] }, orderBy: { year: "desc" }, select })) ??
    (await db.cycle.findFirst({ where, orderBy: { year: "desc" }, select }))
  );
}

export type CurrentCycle = NonNullable<Awaited<ReturnType<typeof getCurrentCycle>>>;

// ───────────────────────────── cycle pages ─────────────────────────────

export const CYCLES_PAGE_SIZE = 20;

/** Cycles the actor may read, newest first, with the size of their lists. */
export async function listCycles(actor: Actor, page = 1) {
  if (!can(actor, "cycle:read")) forbidden();
  const db = getDb();
  const where = scope.cycle(actor, "cycle:read");
  const [total, cycles] = await Promise.all([
    db.cycle.count({ where }),
    db.cycle.findMany({
      where,
      orderBy: [{ year: "desc" }, { id: "asc" }],
      skip: (page - 1) * CYCLES_PAGE_SIZE,
      take: CYCLES_PAGE_SIZE,
      select: {
        id: true,
        year: true,
        title: true,
        status: true,
        orderNumber: true,
        orderDate: true,
        municipality: { select: { name: true } },
        _count: { select: { schools: true } },
      },
    }),
  ]);
  return { total, cycles, page, pages: Math.max(1, Math.ceil(total / CYCLES_PAGE_SIZE)) };
}

/** Municipalities where the actor may open a cycle (the coordinator's one; all for the administrator). */
export async function listManagedMunicipalities(actor: Actor) {
  if (!can(actor, "cycle:manage")) forbidden();
  return getDb().municipality.findMany({ where: scope.municipality(actor, "cycle:manage"), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** One cycle with its settings, or 404 outside the actor's scope. */
export async function getCycleOrNotFound(actor: Actor, cycleId: string) {
  if (!can(actor, "cycle:read")) forbidden();
  const cycle = await getDb().cycle.findFirst({
    where: { AND: [scope.cycle(actor, "cycle:read"), { id: cycleId }] },
    select: {
      id: true,
      year: true,
      title: true,
      status: true,
      municipalityId: true,
      orderNumber: true,
      orderDate: true,
      diagnosisDeadline: true,
      programmesDeadline: true,
      expertiseDeadline: true,
      mutualExchangeDeadline: true,
      mutualMeetingDeadline: true,
      mutualUploadDeadline: true,
      implementationEnd: true,
      reportDeadline: true,
      tasks: true,
      closedAt: true,
      version: true,
      municipality: { select: { name: true } },
      previousCycle: { select: { id: true, year: true } },
      nextCycle: { select: { id: true, year: true } },
    },
  });
  if (!cycle) notFound();
  return cycle;
}

export type CycleDetails = Awaited<ReturnType<typeof getCycleOrNotFound>>;

/**
 * The school lists of a cycle with their active curator, filtered. Schools
 * are read through the actor's `cycleSchool` scope for `permission`
 * (`cycle:read` on the pages, `school:read` in the REST API): a curator sees
 * only the schools paired with them.
 */
export async function listCycleSchools(actor: Actor, cycleId: string, query: CycleSchoolListQuery = {}, permission: Permission = "cycle:read") {
  const where: Prisma.CycleSchoolWhereInput = {
    AND: [
      scope.cycleSchool(actor, permission),
      { cycleId },
      query.q
        ? { school: { OR: [{ shortName: { contains: query.q, mode: "insensitive" } }, { name: { contains: query.q, mode: "insensitive" } }, { code: { contains: query.q, mode: "insensitive" } }] } }
        : {},
      query.category ? { categories: { has: query.category } } : {},
      query.curator === "with" ? { pairings: { some: { active: true } } } : query.curator === "without" ? { pairings: { none: { active: true } } } : {},
    ],
  };
  return getDb().cycleSchool.findMany({
    where,
    orderBy: { school: { shortName: "asc" } },
    select: {
      id: true,
      categories: true,
      note: true,
      version: true,
      school: { select: { id: true, code: true, shortName: true, name: true } },
      pairings: {
        where: { active: true },
        select: { id: true, version: true, pairedOn: true, schoolYear: true, agreementNumber: true, agreementDate: true, curator: { select: { id: true, name: true, email: true } } },
      },
      _count: { select: { documents: true } },
      riskProfile: { select: { id: true } },
    },
  });
}

export type CycleSchoolListRow = Awaited<ReturnType<typeof listCycleSchools>>[number];

/** Schools of the cycle's municipality that are not in its lists yet. */
export async function listSchoolsOutsideCycle(actor: Actor, cycle: { id: string; municipalityId: string }) {
  return getDb().school.findMany({
    where: { AND: [scope.school(actor, "cycle:manage"), { municipalityId: cycle.municipalityId, active: true, cycleSchools: { none: { cycleId: cycle.id } } }] },
    orderBy: { shortName: "asc" },
    select: { id: true, shortName: true, code: true },
  });
}

/** Active curators of the municipality (for the pairing form). */
export async function listMunicipalityCurators(actor: Actor, municipalityId: string) {
  if (!can(actor, "pairing:manage")) return [];
  return getDb().user.findMany({
    where: { AND: [scope.user(actor, "user:read"), { active: true, roles: { some: { role: "curator", municipalityId } } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, position: true },
  });
}

/**
 * Curator coverage of a cycle over the rows the actor sees: schools with
 * an active curator / schools in the lists, and the number of schools per
 * curator.
 */
export function summarizePairings(rows: readonly CycleSchoolListRow[]) {
  const byCurator = new Map<string, { id: string; name: string; schools: string[] }>();
  let withCurator = 0;
  for (const row of rows) {
    const pairing = row.pairings[0];
    if (!pairing) continue;
    withCurator += 1;
    const entry = byCurator.get(pairing.curator.id) ?? { id: pairing.curator.id, name: pairing.curator.name, schools: [] };
    entry.schools.push(row.school.shortName);
    byCurator.set(pairing.curator.id, entry);
  }
  return {
    inLists: rows.length,
    withCurator,
    coverage: coveragePercent(withCurator, rows.length),
    curators: [...byCurator.values()].sort((a, b) => a.name.localeCompare(b.name, "ru")),
  };
}

// ───────────────────────────── REST API (v1) ─────────────────────────────

/** Every cycle the actor may read, newest first (few per municipality: no pagination). */
export async function listAllCycles(actor: Actor) {
  return getDb().cycle.findMany({
    where: scope.cycle(actor, "cycle:read"),
    orderBy: [{ year: "desc" }, { id: "asc" }],
    select: { id: true, year: true, title: true, status: true },
  });
}

/**
 * For route handlers: the cycle within the actor's scope for `permission`,
 * or an audited 404 (`outOfScope`). Selects what the monitor and the report need.
 */
export async function getCycleInScopeOrThrow(actor: Actor, cycleId: string, permission: Permission) {
  const cycle = await getDb().cycle.findFirst({
    where: { AND: [scope.cycle(actor, permission), { id: cycleId }] },
    select: { id: true, year: true, title: true, status: true, municipalityId: true, diagnosisDeadline: true, programmesDeadline: true },
  });
  if (!cycle) throw outOfScope("Cycle", cycleId);
  return cycle;
}
