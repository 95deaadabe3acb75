/** Acting as a demo user in integration tests (see next-test-env.ts). */
import { getDb } from "@/lib/db/client";

const state = globalThis as { __oporaTestSession?: { uid: string; sv: number; authAt: number } | null };

export async function signInAs(email: string): Promise<string> {
  const user = await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  state.__oporaTestSession = { uid: user.id, sv: user.sessionVersion, authAt: Date.now() };
  return user.id;
}

/** Keeps the current (possibly stale) session token, as a browser would. */
export function currentSession() {
  return state.__oporaTestSession ?? null;
}

export function signOutTest() {
  state.__oporaTestSession = null;
}
