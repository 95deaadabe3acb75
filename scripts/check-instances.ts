/**
 * `npm run check:instances`: two app instances on one PostgreSQL database
 * behave as one application (README «Развёртывание»).
 *
 * One production build (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set at build time,
 * as in the Dockerfile), then three `next start` processes on a fresh
 * database `opora_instances_*` (dropped afterwards):
 *   A and B — the same AUTH_SECRET, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and
 *             OPORA_ALLOWED_ORIGINS;
 *   C       — the same build and database, another AUTH_SECRET (the control:
 *             a cookie must NOT work there).
 * Checks, each printed as ✓/✗:
 *   1. sign in on A in Chromium; that session cookie opens the home page on B;
 *      C refuses it (redirect to /login);
 *   2. the sign-out form rendered by A (a server action, no JavaScript) is
 *      posted to B: a forged action id and a foreign Origin are refused and
 *      the session survives them; the real one, from an Origin listed in
 *      OPORA_ALLOWED_ORIGINS, signs out (303 → /login);
 *   3. the cookie is then dead on A as well (sessionVersion in the shared DB);
 *   4. /api/health answers 200 on A and B.
 * Needs a PostgreSQL server: TEST_DATABASE_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres. Ports: CHECK_PORT_A/B/C
 * (3207/3217/3227). Takes one `next build` (skipped when the sources and the
 * key have not changed since the last run) plus about 1.5 minutes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { buildFingerprint } from "./lib/build-fingerprint";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/chromium";
import { adminQuery, withDatabase } from "./lib/pg-admin";

const root = path.resolve(__dirname, "..");
const serverUrl = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const ports = { A: process.env.CHECK_PORT_A || "3207", B: process.env.CHECK_PORT_B || "3217", C: process.env.CHECK_PORT_C || "3227" };
const PUBLIC_HOST = "opora.example.test";
const ADMIN = { email: "admin@opora.demo", password: "opora-demo-2025" };
const children: ChildProcess[] = [];
let failures = 0;
let passes = 0;

function log(message: string) {
  process.stdout.write(`[instances] ${message}\n`);
}

function check(ok: boolean, what: string, detail = "") {
  if (ok) passes++;
  else failures++;
  log(`${ok ? "✓" : "✗"} ${what}${detail ? ` — ${detail}` : ""}`);
}

function bin(name: string) {
  return path.join(root, "node_modules", ".bin", name);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function startInstance(name: string, port: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env: { ...env, PORT: port }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = `[${name}] `;
  child.stdout!.on("data", (chunk: Buffer) => process.env.CHECK_VERBOSE && process.stdout.write(prefix + chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => process.stderr.write(prefix + chunk.toString()));
  children.push(child);
  return child;
}

async function waitHealthy(port: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance on port ${port} did not become healthy`);
}

/** GET with a cookie, no redirects followed. */
function get(port: string, pathname: string, cookie?: string) {
  return fetch(`http://127.0.0.1:${port}${pathname}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
}

function decodeHtml(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The hidden fields of the server-action form whose submit button says `label`. */
function actionFormFields(html: string, label: string): [string, string][] | undefined {
  for (const form of html.match(/<form\b[\s\S]*?<\/form>/g) ?? []) {
    if (!form.includes(label)) continue;
    const fields: [string, string][] = [];
    for (const input of form.match(/<input\b[^>]*>/g) ?? []) {
      const name = /\bname="([^"]*)"/.exec(input)?.[1];
      if (name) fields.push([decodeHtml(name), decodeHtml(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "")]);
    }
    if (fields.some(([name]) => name.startsWith("$ACTION_ID_"))) return fields;
  }
  return undefined;
}

function postForm(port: string, fields: [string, string][], cookie: string, origin: string) {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return fetch(`http://127.0.0.1:${port}/`, { method: "POST", redirect: "manual", body, headers: { cookie, origin } });
}

async function signedIn(port: string, cookie: string): Promise<boolean> {
  const response = await get(port, "/", cookie);
  return response.status === 200 && (await response.text()).includes('data-testid="current-user"');
}

async function main() {
  const stamp = `${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  const database = `opora_instances_${stamp}`;
  const encryptionKey = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || crypto.randomBytes(32).toString("base64");
  const authSecret = crypto.randomBytes(32).toString("base64url");
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    CHECKPOINT_DISABLE: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: encryptionKey,
  };
  delete base.OPORA_ALLOWED_ORIGINS;

  // One build, the key baked in (as `docker build --build-arg`/--secret would).
  const stampFile = path.join(root, ".next", "opora-instances-build");
  const wanted = `${buildFingerprint(root)}:${crypto.createHash("sha256").update(encryptionKey).digest("hex")}`;
  if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, "utf8") !== wanted) {
    log("next build (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set at build time)…");
    const started = Date.now();
    await run(bin("next"), ["build"], base);
    fs.writeFileSync(stampFile, wanted);
    log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
  } else {
    log("build is current, reused");
  }

  await adminQuery(serverUrl, `CREATE DATABASE "${database}"`);
  log(`database ${database}`);
  try {
    const dbEnv = { ...base, DATABASE_URL: withDatabase(serverUrl, database) };
    await run(bin("prisma"), ["migrate", "deploy"], dbEnv);
    await run(bin("tsx"), ["prisma/seed/index.ts", "--once"], dbEnv);

    const shared = { ...dbEnv, AUTH_SECRET: authSecret, AUTH_TRUST_HOST: "true", OPORA_ALLOWED_ORIGINS: PUBLIC_HOST, DEMO: "1" };
    startInstance("A", ports.A, shared);
    startInstance("B", ports.B, shared);
    startInstance("C", ports.C, { ...shared, AUTH_SECRET: crypto.randomBytes(32).toString("base64url") });
    const started = Date.now();
    await Promise.all([waitHealthy(ports.A), waitHealthy(ports.B), waitHealthy(ports.C)]);
    log(`three instances up in ${Math.round((Date.now() - started) / 1000)} s`);
    check(true, "/api/health is 200 on A, B and C");

    // 1. Sign in on A in a browser.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    });
    let cookie = "";
    try {
      const context = await browser.newContext({ locale: "ru-RU" });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${ports.A}/login`);
      await page.getByLabel("Электронная почта").fill(ADMIN.email);
      await page.getByLabel("Пароль").fill(ADMIN.password);
      await page.getByRole("button", { name: "Войти" }).click();
      await page.waitForURL(`http://127.0.0.1:${ports.A}/`, { timeout: 30_000 });
      const session = (await context.cookies()).find((c) => /authjs\.session-token$/.test(c.name));
      check(!!session, "signed in on A in Chromium", session?.name);
      cookie = session ? `${session.name}=${session.value}` : "";
    } finally {
      await browser.close();
    }
    if (!cookie) throw new Error("no session cookie from A");

    check(await signedIn(ports.B, cookie), "A's session cookie opens the home page on B");
    const onC = await get(ports.C, "/", cookie);
    check(onC.status >= 300 && onC.status < 400 && /\/login/.test(onC.headers.get("location") ?? ""), "C (another AUTH_SECRET) refuses it", `${onC.status} → ${onC.headers.get("location")}`);

    // 2. The sign-out form as A rendered it, posted to B.
    const home = await (await get(ports.A, "/", cookie)).text();
    const fields = actionFormFields(home, "Выйти");
    check(!!fields, "A renders the sign-out form with a server action id", fields?.find(([n]) => n.startsWith("$ACTION_ID_"))?.[0].slice(0, 24));
    if (!fields) throw new Error("no sign-out form on A's page");

    const forged = fields.map(([name, value]): [string, string] => [name.startsWith("$ACTION_ID_") ? `$ACTION_ID_${"0".repeat(42)}` : name, value]);
    const forgedResponse = await postForm(ports.B, forged, cookie, `http://127.0.0.1:${ports.B}`);
    check(forgedResponse.status !== 303 && (await signedIn(ports.A, cookie)), "B refuses a forged action id; the session survives", String(forgedResponse.status));

    const foreign = await postForm(ports.B, fields, cookie, "https://evil.example");
    check(foreign.status !== 303 && (await signedIn(ports.A, cookie)), "B refuses the form from a foreign Origin; the session survives", String(foreign.status));

    const real = await postForm(ports.B, fields, cookie, `https://${PUBLIC_HOST}`);
    check(
      real.status === 303 && /\/login/.test(real.headers.get("location") ?? ""),
      `B runs A's sign-out form posted from ${PUBLIC_HOST} (OPORA_ALLOWED_ORIGINS)`,
      `${real.status} → ${real.headers.get("location")}`,
    );

    // 3. Signed out everywhere.
    check(!(await signedIn(ports.A, cookie)), "after signing out on B, A's old cookie no longer opens A");
    check(!(await signedIn(ports.B, cookie)), "nor B");
    const health = await Promise.all([get(ports.A, "/api/health"), get(ports.B, "/api/health")]);
    check(health.every((r) => r.status === 200), "/api/health is still 200 on A and B");
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    log(`dropped ${database}`);
  }
}

main().then(
  () => {
    process.stdout.write(`${passes} passed, ${failures} failed\n`);
    process.exit(failures === 0 ? 0 : 1);
  },
  (error) => {
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    for (const child of children) child.kill("SIGTERM");
    process.stdout.write(`${passes} passed, ${failures + 1} failed\n`);
    process.exit(1);
  },
);
