import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { loadActor } from "./load-actor";
import { isSessionExpired } from "./session-policy";

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
