import "server-only";
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";

/**
 * The cycle people work in now: the latest cycle in the actor's scope that is
 * not closed (or, if all are closed, the latest one).
 */
export const getCurrentCycle = cache(async (actor: Actor) => {
  const db = getDb();
  const select = { id: true, year: true, title: true, status: true, municipalityId: true } as const;
  const where = scope.cycle(actor, "cycle:read");
  return (
    (await db.cycle.findFirst({ where: { AND: [where, { status: { not: "closed" } }] }, orderBy: { year: "desc" }, select })) ??
    (await db.cycle.findFirst({ where, orderBy: { year: "desc" }, select }))
  );
});

export type CurrentCycle = NonNullable<Awaited<ReturnType<typeof getCurrentCycle>>>;
