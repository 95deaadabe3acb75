/** Acting as a user in integration tests (see next-test-env.ts). */
import { getDb } from "@/lib/db/client";

type TestSession = { uid: string; sv: number; authAt: number } | null;
const state = globalThis as { __oporaTestSession?: TestSession };

/** Sets the session cookie's content as is (null: signed out; a stale version: an old cookie). */
export function setTestSession(session: TestSession): void {
  state.__oporaTestSession = session;
}

/** Signs in as the user with `email`, with their current session version. */
export async function signInAs(email: string): Promise<string> {
  const user = await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  setTestSession({ uid: user.id, sv: user.sessionVersion, authAt: Date.now() });
  return user.id;
}
