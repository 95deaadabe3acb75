/**
 * `npm start`: one command from a fresh clone to a running Опора.
 *
 * - `DATABASE_URL` unset → embedded PostgreSQL (PGlite) on a free 127.0.0.1
 *   port, data in `$OPORA_DATA_DIR/pglite` (default `.data/pglite`), demo
 *   data seeded on first start, demo mode on.
 * - `DATABASE_URL` set → that PostgreSQL; migrations applied (connected with
 *   `MIGRATE_DATABASE_URL` when set: the tables' owner, while the app runs as
 *   a runtime role; with `OPORA_DB_RUNTIME_ROLE` set, scripts/db-runtime-role.sh
 *   then updates that role's grants — decision 079); nothing seeded unless
 *   `OPORA_SEED_DEMO=1` (or run `npm run db:seed`).
 * Then builds the app if the sources changed since the last build and serves
 * it on `PORT` (default 3000). Ctrl-C stops everything it started.
 *
 * `--dev` runs `next dev` instead of building.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startPersistentPglite, type EmbeddedDb } from "./lib/pglite-server";
import { buildFingerprint } from "./lib/build-fingerprint";
import { clearEmbeddedDbInfo, writeEmbeddedDbInfo } from "./lib/embedded-db-info";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
const children = new Set<ChildProcess>();
let embedded: EmbeddedDb | undefined;
let stopping = false;
let embeddedDataDir = "";

function log(message: string) {
  process.stdout.write(`[опора] ${message}\n`);
}

/** Runs a command asynchronously (the embedded DB lives in this process). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    children.add(child);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}

function bin(name: string) {
  return path.join(root, "node_modules", ".bin", name);
}

function loadDotEnv() {
  for (const file of [".env", ".env.local"]) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) process.loadEnvFile(full);
  }
}

/** A persistent AUTH_SECRET for single-machine use; production sets its own. */
function ensureAuthSecret(dataDir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    log(`AUTH_SECRET не задан: создан ключ в ${path.relative(root, file)} (для нескольких экземпляров задайте AUTH_SECRET явно).`);
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(
    [...children].map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))),
  );
  if (embedded) {
    clearEmbeddedDbInfo(embeddedDataDir);
    await embedded.stop().catch(() => undefined);
  }
  process.exit(code);
}

async function main() {
  loadDotEnv();
  const dataDir = path.resolve(root, process.env.OPORA_DATA_DIR ?? ".data");
  const port = process.env.PORT ?? "3000";
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" };

  let seed = process.env.OPORA_SEED_DEMO === "1";
  let migrateUrl = env.MIGRATE_DATABASE_URL || env.DATABASE_URL;
  if (!env.DATABASE_URL) {
    log(`встроенная база данных PGlite: ${path.relative(root, path.join(dataDir, "pglite"))}`);
    embedded = await startPersistentPglite(path.join(dataDir, "pglite"));
    embeddedDataDir = dataDir;
    writeEmbeddedDbInfo(dataDir, embedded.url); // for `npm run token:create`
    env.DATABASE_URL = embedded.url;
    migrateUrl = embedded.url; // one database, one user: MIGRATE_DATABASE_URL does not apply
    env.DB_POOL_MAX = "1";
    env.DEMO ??= "1";
    seed = true;
  } else {
    log("база данных: DATABASE_URL");
  }
  env.AUTH_SECRET = ensureAuthSecret(dataDir);
  env.AUTH_TRUST_HOST ??= "true";

  log("применение миграций…");
  // prisma.config.ts and the schema's datasource read DATABASE_URL.
  await run(bin("prisma"), ["migrate", "deploy"], { ...env, DATABASE_URL: migrateUrl });
  if (env.OPORA_DB_RUNTIME_ROLE && !embedded) {
    log(`права роли ${env.OPORA_DB_RUNTIME_ROLE}…`);
    await run("bash", [path.join(root, "scripts", "db-runtime-role.sh"), env.OPORA_DB_RUNTIME_ROLE], { ...env, MIGRATE_DATABASE_URL: migrateUrl });
  }
  if (seed) await run(bin("tsx"), ["prisma/seed/index.ts", "--once"], env);

  if (dev) {
    await run(bin("next"), ["dev", "-p", port], env);
    return;
  }
  const fingerprint = buildFingerprint(root);
  const stamp = path.join(root, ".next", "opora-build-fingerprint");
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, "utf8") !== fingerprint) {
    log("сборка приложения (первый запуск занимает 1–2 минуты)…");
    await run(bin("next"), ["build"], { ...env, NODE_ENV: "production" });
    fs.writeFileSync(stamp, fingerprint);
  }
  log(`Опора: http://localhost:${port}`);
  await run(bin("next"), ["start", "-p", port], { ...env, NODE_ENV: "production" });
}

process.on("SIGINT", () => void stop(130));
process.on("SIGTERM", () => void stop(143));
main().then(
  () => stop(0),
  (error) => {
    if (!stopping) process.stderr.write(`[опора] ${error instanceof Error ? error.message : String(error)}\n`);
    void stop(1);
  },
);
