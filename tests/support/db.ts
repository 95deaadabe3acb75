/** Helpers for integration tests (the database comes from global-setup.ts). */
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";

/** A short random suffix for unique test data (emails, codes, names). */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
}

/** Closes the test file's connection (PGlite serves one at a time). */
export async function disconnectDb(): Promise<void> {
  await getDb().$disconnect();
}
