/**
 * `npm run token:create -- --email <email> [--name <name>] [--expires YYYY-MM-DD]`
 *
 * Creates a personal access token of the REST API for an active user and
 * prints it alone on the last line (shown once; only its hash is stored).
 * The database: `DATABASE_URL`; without it, the embedded database of
 * `npm start` ($OPORA_DATA_DIR, default .data) — the running one if
 * `npm start` is up, else its files opened here. Unknown or inactive user,
 * or bad input: a message on stderr and a non-zero exit code.
 *
 * Runs with `--conditions=react-server` (see package.json) because the
 * token function is a server-only module shared with the profile page.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEmbeddedDbInfo } from "./lib/embedded-db-info";
import { startPersistentPglite, type EmbeddedDb } from "./lib/pglite-server";

const root = path.resolve(__dirname, "..");

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function loadDotEnv() {
  for (const file of [".env", ".env.local"]) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) process.loadEnvFile(full);
  }
}

async function connect(): Promise<EmbeddedDb | undefined> {
  if (process.env.DATABASE_URL) return undefined;
  const dataDir = path.resolve(root, process.env.OPORA_DATA_DIR ?? ".data");
  process.env.DB_POOL_MAX = "1";
  const running = readEmbeddedDbInfo(dataDir);
  if (running) {
    process.env.DATABASE_URL = running.url;
    return undefined;
  }
  const pgliteDir = path.join(dataDir, "pglite");
  if (!fs.existsSync(pgliteDir)) {
    fail(
      `База данных не найдена: задайте DATABASE_URL или один раз запустите npm start (встроенная база в ${path.relative(root, pgliteDir)}).\n` +
        "Database not found: set DATABASE_URL or run npm start once.",
    );
  }
  const embedded = await startPersistentPglite(pgliteDir);
  process.env.DATABASE_URL = embedded.url;
  return embedded;
}

async function main() {
  loadDotEnv();
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, expires: { type: "string" } },
    strict: true,
  });
  if (!values.email) fail("Укажите адрес: npm run token:create -- --email <email> [--name <name>] [--expires ГГГГ-ММ-ДД]\nUsage: npm run token:create -- --email <email> [--name <name>] [--expires YYYY-MM-DD]", 2);

  const { createApiTokenSchema } = await import("../lib/features/api-tokens/schemas");
  const input = createApiTokenSchema.safeParse({ name: values.name ?? "Токен из командной строки", expiresOn: values.expires ?? "" });
  if (!input.success) fail(`Неверные параметры / Invalid arguments:\n${input.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`, 2);

  const embedded = await connect();
  const { getDb } = await import("../lib/db/client");
  const { writeAudit } = await import("../lib/db/audit");
  const { issueApiToken } = await import("../lib/features/api-tokens/issue");
  const { expiryFromDate } = await import("../lib/auth/api-token");
  const db = getDb();
  try {
    const email = values.email.trim().toLowerCase();
    const user = await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true, email: true, active: true } });
    if (!user || !user.active) {
      process.stderr.write(`Пользователь не найден или отключён: ${values.email}\nUser not found or inactive: ${values.email}\n`);
      process.exitCode = 1;
      return;
    }
    const expiresAt = input.data.expiresOn ? expiryFromDate(input.data.expiresOn) : null;
    const issued = await db.$transaction((tx) =>
      issueApiToken(tx, (entry) => writeAudit(tx, { ...entry, action: entry.action ?? "api_token.create", actorId: null, meta: { via: "cli" } }), {
        userId: user.id,
        name: input.data.name,
        expiresAt,
      }),
    );
    const until = issued.expiresAt ? `по ${input.data.expiresOn}` : "бессрочно";
    process.stdout.write(`Токен «${issued.name}» для ${user.email} создан (${until}). Он показывается один раз — сохраните его.\n`);
    process.stdout.write(`Token for ${user.email} created; it is shown once.\n`);
    process.stdout.write(`${issued.token}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Не удалось создать токен / Could not create the token: ${message}\n`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => fail(`Ошибка / Error: ${error instanceof Error ? error.message : String(error)}`));
