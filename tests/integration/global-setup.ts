/**
 * Prepares the one database the integration tests share:
 * - TEST_DATABASE_URL set (a PostgreSQL server, e.g.
 *   postgresql://postgres@127.0.0.1:5432/postgres): a fresh database
 *   `opora_test_<timestamp>_<random>` on that server, dropped afterwards;
 * - otherwise: an in-memory PGlite served from this (the Vitest main)
 *   process, stopped afterwards.
 * Then it applies the migrations and the demo seed in child processes and
 * hands the URL to the test workers (`inject("databaseUrl")`).
 *
 * Child processes must be asynchronous: a synchronous spawn blocks the event
 * loop of this process, which is the one serving PGlite, and deadlocks.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { adminQuery, withDatabase } from "../../scripts/lib/pg-admin";
import type { TestProject } from "vitest/node";
import { startEphemeralPglite } from "../../scripts/lib/pglite-server";

declare module "vitest" {
  interface ProvidedContext {
    /** The database the tests use. */
    databaseUrl: string;
    /** True for the embedded PGlite (single connection: DB_POOL_MAX=1). */
    embeddedDb: boolean;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Runs a command without blocking the event loop; output is shown only on failure. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      process.stderr.write(output);
      reject(new Error(`\`${command} ${args.join(" ")}\` failed (${signal ?? `exit code ${code}`})`));
    });
  });
}



type Prepared = { url: string; embedded: boolean; label: string; dispose(): Promise<void> };

async function prepareDatabase(): Promise<Prepared> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `opora_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = withDatabase(serverUrl, name);
    const u = new URL(url);
    return {
      url,
      embedded: false,
      label: `PostgreSQL database "${name}" on ${u.hostname}:${u.port || 5432} (dropped afterwards)`,
      dispose: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const db = await startEphemeralPglite();
  return {
    url: db.url,
    embedded: true,
    label: `embedded PGlite (in memory) on 127.0.0.1:${db.port}`,
    dispose: () => db.stop(),
  };
}

export default async function setup(project: TestProject) {
  const db = await prepareDatabase();
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, CHECKPOINT_DISABLE: "1" };
    if (db.embedded) env.DB_POOL_MAX = "1";
    await run("npx", ["prisma", "migrate", "deploy"], env);
    if (fs.existsSync(path.join(root, "prisma/seed/index.ts"))) {
      await run("npx", ["tsx", "prisma/seed/index.ts"], env);
    } else {
      console.warn("[integration] WARNING: prisma/seed/index.ts is missing; the test database is not seeded");
    }
  } catch (error) {
    await db.dispose().catch(() => {});
    throw error;
  }
  console.log(`[integration] tests use ${db.label}`);
  project.provide("databaseUrl", db.url);
  project.provide("embeddedDb", db.embedded);
  return async () => {
    await db.dispose();
  };
}
