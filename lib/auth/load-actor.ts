import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "./actor";

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
