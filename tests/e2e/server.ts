/**
 * Playwright's webServer: the real start script (`scripts/start.ts`) on
 * port 3100 with a database of its own, removed afterwards.
 * - TEST_DATABASE_URL set (a PostgreSQL server URL): a fresh database
 *   `opora_e2e_<timestamp>_<random>` on that server, seeded with the demo data,
 *   dropped WITH (FORCE) on exit;
 * - otherwise: the embedded PGlite in a fresh `.data/e2e-<timestamp>`
 *   directory, removed on exit.
 * SIGINT/SIGTERM are forwarded to the start script; cleanup runs when it exits.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { adminQuery, withDatabase } from "../../scripts/lib/pg-admin";
import { E2E_AUTH_SECRET, E2E_SERVER_LOG } from "./env";

const root = path.resolve(__dirname, "../..");
const PORT = process.env.E2E_PORT || "3100";

function log(message: string) {
  process.stdout.write(`[e2e-server] ${message}\n`);
}



async function main() {
  const stamp = `${Date.now()}_${randomBytes(3).toString("hex")}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT, DEMO: "1", CHECKPOINT_DISABLE: "1", AUTH_SECRET: E2E_AUTH_SECRET };
  let cleanup: () => Promise<void>;

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `opora_e2e_${stamp}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    env.DATABASE_URL = withDatabase(serverUrl, name);
    env.OPORA_SEED_DEMO = "1";
    delete env.DB_POOL_MAX;
    log(`PostgreSQL database "${name}" (dropped on exit)`);
    cleanup = async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      log(`dropped database "${name}"`);
    };
  } else {
    const dataDir = path.join(root, ".data", `e2e-${stamp}`);
    fs.mkdirSync(dataDir, { recursive: true });
    env.OPORA_DATA_DIR = dataDir;
    delete env.DATABASE_URL;
    delete env.OPORA_SEED_DEMO;
    log(`embedded PGlite in ${path.relative(root, dataDir)} (removed on exit)`);
    cleanup = async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      log(`removed ${path.relative(root, dataDir)}`);
    };
  }

  // = `npx tsx scripts/start.ts`, minus one process layer.
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], { cwd: root, env, stdio: ["inherit", "pipe", "pipe"] });
  // The server's output goes to Playwright as before and to a file the specs can read (sessions.spec.ts).
  fs.mkdirSync(path.dirname(E2E_SERVER_LOG), { recursive: true });
  const logFile = fs.createWriteStream(E2E_SERVER_LOG, { flags: "w" });
  child.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    logFile.write(chunk);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    logFile.write(chunk);
  });
  let signalled: NodeJS.Signals | undefined;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      signalled ??= signal;
      // Playwright signals the whole process group, so the start script may
      // have the signal already; it stops only once either way.
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  const code = await new Promise<number>((resolve) => {
    child.on("error", (error) => {
      log(`could not start: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
  });
  try {
    await cleanup();
  } catch (error) {
    log(`cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(signalled ? 0 : code);
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
