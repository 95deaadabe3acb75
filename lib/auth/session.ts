import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { isSessionExpired } from "./session-policy";

/** Loads an active user's roles; null when the user is gone or inactive. */
export async function loadActor(userId: string, via: Actor["via"], sessionVersion?: number): Promise<Actor | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      active: true,
      sessionVersion: true,
      roles: { select: { role: true, municipalityId: true, schoolId: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || !user.active) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return { userId: user.id, email: user.email, name: user.name, roles: user.roles, via };
}

/**
 * The signed-in person for this request, or null. Checks the session against
 * the database every time: deactivation and password changes take effect on
 * the next request. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.uid || isSessionExpired(session.authAt)) return null;
  return loadActor(session.uid, "session", session.sv);
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For actions and route handlers: the actor, or a 401 AppError. */
export async function requireActorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
