/**
 * Runs in each test worker before a test file is imported: points
 * lib/db/client at the database prepared by global-setup.ts, and closes the
 * file's connection afterwards (PGlite accepts one connection at a time, so a
 * lingering one would lock the next file out).
 */
import { afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
if (inject("embeddedDb")) process.env.DB_POOL_MAX = "1";

afterAll(async () => {
  const holder = globalThis as { oporaDb?: { $disconnect(): Promise<void> } };
  const db = holder.oporaDb;
  holder.oporaDb = undefined;
  if (!db) return;
  // A connection stuck in a broken exchange would make $disconnect wait for
  // the whole hook timeout; the worker exits afterwards anyway.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), 10_000)));
  const result = await Promise.race([db.$disconnect(), timeout]);
  clearTimeout(timer);
  if (result === "timeout") console.warn("[integration] $disconnect did not finish within 10 s");
});
