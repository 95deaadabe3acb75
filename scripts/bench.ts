/**
 * `npm run bench`: the regional-scale benchmark (issue 7).
 *
 * Database: a fresh `opora_bench_<stamp>` on the PostgreSQL server of
 * BENCH_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
 * migrated, seeded with the demo data (risk catalogue, subjects) and then
 * the regional data set (bench-region.ts), dropped at the end
 * (BENCH_KEEP_DB=1 keeps it; BENCH_REUSE_DB=<name> runs on a kept one
 * without generating). `--pglite` (or BENCH_PGLITE=1): an in-memory PGlite
 * instead.
 *
 * Sections, all by default except the soak; BENCH_ONLY=a,b picks some
 * (`all` = every section including the soak):
 *   homes   — the scoped reads behind each role's home (server time)
 *   monitor — the municipal monitor (50 schools) and the regional roll-up
 *             (3 000 schools): server time p50/p95 and the same aggregate
 *             as raw SQL over `pg` in the same process (ratio)
 *   report  — the analytical report of a 50-school municipality (bench-report.ts)
 *   import  — a 10 000-row diagnostics import (bench-import.ts)
 *   load    — autocannon against `next start`, mixed traffic of five roles (bench-http.ts)
 *   soak    — the same traffic for BENCH_SOAK_MINUTES (default 10), RSS every 10 s
 * Prints a table and writes bench/results.json. Figures against the targets
 * of issue 7; nothing here runs in `npm test`.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import Module from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { benchImport, printImportBench } from "./bench-import";
import { benchReport, printReportBench } from "./bench-report";
import { BENCH_PASSWORD, LOAD_USERS, REGION, REGION_ADMIN, seedRegion, type RegionSeed } from "./bench-region";
import { adminQuery, withDatabase } from "./lib/pg-admin";
import { startEphemeralPglite, type EmbeddedDb } from "./lib/pglite-server";

const root = path.resolve(__dirname, "..");
// next/navigation cannot load outside Next under react-server: a stub (see the file).
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolveFilename = resolver._resolveFilename;
resolver._resolveFilename = function (request, ...rest) {
  if (request === "next/navigation") return path.join(__dirname, "lib", "next-navigation-stub.cjs");
  return resolveFilename.call(this, request, ...rest);
};
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 10);
const SECTIONS = ["homes", "monitor", "report", "import", "load", "soak"] as const;
type Section = (typeof SECTIONS)[number];
const ONLY = (process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
const enabled = (s: Section) => (ONLY.length === 0 ? s !== "soak" : ONLY.includes("all") || ONLY.includes(s));
for (const s of ONLY) if (s !== "all" && !(SECTIONS as readonly string[]).includes(s)) throw new Error(`BENCH_ONLY: unknown section "${s}" (${SECTIONS.join(", ")}, all)`);
const usePglite = process.argv.includes("--pglite") || process.env.BENCH_PGLITE === "1";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")}: ${code}`))));
  });
}

export type Stats = { p50: number; p95: number; max: number };
function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), max: sorted[sorted.length - 1] };
}
async function timed(n: number, fn: () => Promise<unknown>): Promise<Stats> {
  await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return stats(times);
}
const f1 = (n: number) => n.toFixed(1).padStart(8);
const log = (line: string) => console.log(line);
/** The machine's 1-minute load average: the figures are only as good as the CPU left to them. */
const loads: Record<string, number> = {};
const noteLoad = (when: string) => {
  loads[when] = Number(os.loadavg()[0].toFixed(1));
  log(`[load average ${loads[when]} on ${os.cpus().length} cores: ${when}]`);
};

async function main() {
  const results: Record<string, unknown> = { at: new Date().toISOString(), sections: SECTIONS.filter(enabled) };
  let embedded: EmbeddedDb | undefined;
  let drop: (() => Promise<void>) | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1" };
  let region: RegionSeed | undefined;
  const reuse = process.env.BENCH_REUSE_DB;

  if (usePglite) {
    embedded = await startEphemeralPglite();
    env.DATABASE_URL = embedded.url;
    env.DB_POOL_MAX = "1";
    results.database = "embedded PGlite (in memory)";
  } else {
    const server = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
    const name = reuse ?? `opora_bench_${Date.now()}`;
    if (!reuse) await adminQuery(server, `CREATE DATABASE "${name}"`);
    env.DATABASE_URL = withDatabase(server, name);
    delete env.DB_POOL_MAX;
    results.database = `PostgreSQL ${name}`;
    if (process.env.BENCH_KEEP_DB !== "1" && !reuse) drop = () => adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    log(`database: ${name}${drop ? " (dropped at the end)" : " (kept)"}`);
  }
  process.env.DATABASE_URL = env.DATABASE_URL;
  if (env.DB_POOL_MAX) process.env.DB_POOL_MAX = env.DB_POOL_MAX;

  try {
    const { getDb } = await import("../lib/db/client");
    const db = getDb();
    if (!reuse) {
      const t0 = performance.now();
      await run(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], env);
      await run(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed/index.ts"], env);
      log(`migrations + demo seed: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const { hashPassword } = await import("../lib/auth/password");
      log(`generating the regional data set (${REGION.schools} schools, ${REGION.municipalities} municipalities, ${REGION.teachers} teachers)…`);
      region = await seedRegion(db, await hashPassword(BENCH_PASSWORD), log);
      log(`regional data set: ${(region.ms / 1000).toFixed(1)} s, ${region.rows.measures} measures`);
      results.region = region;
    }

    const { loadActor } = await import("../lib/auth/load-actor");
    const actorOf = async (email: string) => (await loadActor((await db.user.findUniqueOrThrow({ where: { email } })).id, "session"))!;
    const coordinator = await actorOf(LOAD_USERS.coordinator);

    if (enabled("homes")) {
      const home = await import("../lib/features/home/queries");
      const cycle = await db.cycle.findUniqueOrThrow({ where: { id: "rc-0" }, select: { id: true, year: true, title: true, status: true, municipalityId: true } });
      const curator = await actorOf(LOAD_USERS.curator);
      const school = await actorOf(LOAD_USERS.school_admin);
      const teacher = await actorOf(LOAD_USERS.teacher);
      const tutor = await actorOf(LOAD_USERS.tutor);
      const cases: [string, () => Promise<unknown>][] = [
        ["actor load (every request)", () => actorOf(LOAD_USERS.curator)],
        ["coordinator home", () => home.getCoordinatorHome(coordinator, cycle)],
        ["curator home", () => home.getCuratorHome(curator, cycle)],
        ["school admin home", () => home.getSchoolAdminHome(school, school.roles[0].schoolId!, cycle)],
        ["teacher home", () => home.getTeacherHome(teacher, cycle)],
        ["tutor home", () => home.getTutorHome(tutor, cycle)],
      ];
      const homes: Record<string, Stats> = {};
      for (const [name, fn] of cases) homes[name] = await timed(ITERATIONS, fn);
      log(`\nScoped reads behind the homes (municipality of 50 schools in the regional data), ${ITERATIONS} runs, ms`);
      log(`${"query".padEnd(34)}${"p50".padStart(8)}${"p95".padStart(8)}${"max".padStart(8)}`);
      for (const [name, r] of Object.entries(homes)) log(`${name.padEnd(34)}${f1(r.p50)}${f1(r.p95)}${f1(r.max)}`);
      results.homes = homes;
    }

    noteLoad("before the measurements");
    if (enabled("monitor")) results.monitor = await benchMonitor(db, coordinator, await actorOf(REGION_ADMIN));
    if (enabled("report")) {
      noteLoad("report");
      const report = await benchReport(db, REPORT_RUNS);
      printReportBench(report);
      results.report = report;
    }
    if (enabled("import")) {
      noteLoad("import");
      const imports = await benchImport(db, coordinator);
      printImportBench(imports);
      results.imports = imports;
    }
    if (enabled("load") || enabled("soak")) {
      noteLoad("HTTP");
      const { benchHttp } = await import("./bench-http");
      try {
        Object.assign(results, await benchHttp(db, env, { load: enabled("load"), soak: enabled("soak") }));
      } catch (error) {
        // The figures measured so far are still written.
        console.error(error);
        results.httpError = error instanceof Error ? error.message : String(error);
        process.exitCode = 1;
      }
    }
    noteLoad("at the end");
    await db.$disconnect();
  } finally {
    await embedded?.stop();
    await drop?.();
  }
  results.loadAverage = loads;
  fs.mkdirSync(path.join(root, "bench"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(results, null, 2));
  log(`\nwritten: bench/results.json`);
}

/** Raw SQL of the monitor's four aggregates (the same statements the app issues, written by hand). */
const RAW = {
  cycle: `SELECT "id", "year", "title", "status", "diagnosisDeadline", "programmesDeadline" FROM "Cycle" WHERE "id" = $1`,
  cycles: `SELECT c."id", c."diagnosisDeadline", c."programmesDeadline", m."id" AS "municipalityId", m."name"
             FROM "Cycle" c JOIN "Municipality" m ON m."id" = c."municipalityId" WHERE c."year" = $1`,
  schools: `SELECT cs."id", cs."cycleId", cs."categories", s."code", s."shortName", s."name", u."id" AS "curatorId", u."name" AS "curatorName", rp."status"
              FROM "CycleSchool" cs JOIN "School" s ON s."id" = cs."schoolId"
              LEFT JOIN "CuratorPairing" p ON p."cycleSchoolId" = cs."id" AND p."active"
              LEFT JOIN "User" u ON u."id" = p."curatorId"
              LEFT JOIN "RiskProfile" rp ON rp."cycleSchoolId" = cs."id"
             WHERE cs."cycleId" = ANY($1)`,
  measures: `SELECT d."cycleSchoolId", m."status",
                    (m."deadline" IS NOT NULL AND m."deadline" < $2::date AND m."status"::text = ANY($3)) AS "overdue", count(*)::int AS "count"
               FROM "Measure" m JOIN "ProgramDocument" d ON d."id" = m."documentId" JOIN "CycleSchool" cs ON cs."id" = d."cycleSchoolId"
              WHERE cs."cycleId" = ANY($1) GROUP BY 1, 2, 3`,
  documents: `SELECT d."cycleSchoolId", d."status", count(*)::int FROM "ProgramDocument" d JOIN "CycleSchool" cs ON cs."id" = d."cycleSchoolId"
               WHERE cs."cycleId" = ANY($1) GROUP BY 1, 2`,
  required: `WITH req AS (
               SELECT p."cycleSchoolId", a."factorId" FROM "RiskFactorAssessment" a
                 JOIN "RiskProfile" p ON p."id" = a."profileId" JOIN "CycleSchool" cs ON cs."id" = p."cycleSchoolId"
                WHERE cs."cycleId" = ANY($1) AND (a."significance" = 'high' OR (a."significance" = 'medium' AND a."programRequired"))),
             required AS (SELECT "cycleSchoolId", count(*) AS n FROM req GROUP BY 1),
             presented AS (
               SELECT d."cycleSchoolId", count(*) AS n FROM "ProgramDocument" d JOIN "CycleSchool" cs ON cs."id" = d."cycleSchoolId"
                 LEFT JOIN req ON req."cycleSchoolId" = d."cycleSchoolId" AND req."factorId" = d."riskFactorId"
                WHERE cs."cycleId" = ANY($1) AND d."status" IN ('submitted', 'confirmed')
                  AND (d."kind" IN ('concept', 'medium_term_program') OR req."factorId" IS NOT NULL)
                GROUP BY 1)
             SELECT cs."id", (2 + COALESCE(r.n, 0))::int AS "required", COALESCE(pr.n, 0)::int AS "presented"
               FROM "CycleSchool" cs LEFT JOIN required r ON r."cycleSchoolId" = cs."id" LEFT JOIN presented pr ON pr."cycleSchoolId" = cs."id"
              WHERE cs."cycleId" = ANY($1)`,
};

type Db = Awaited<ReturnType<typeof import("../lib/db/client")["getDb"]>>;
type Actor = import("../lib/auth/actor").Actor;

async function benchMonitor(db: Db, coordinator: Actor, admin: Actor) {
  const { getMonitorPage } = await import("../lib/features/monitor/queries");
  const { getRegionalRollup } = await import("../lib/features/monitor/regional");
  const { isoDay, OPEN_STATUSES } = await import("../lib/domain/measures");
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });
  const today = new Date();
  const open = [...OPEN_STATUSES];
  const q = (sql: string, params: unknown[]) => pool.query(sql, params);
  const rawMonitor = async (cycleId: string) => {
    await q(RAW.cycle, [cycleId]);
    const ids = [cycleId];
    await Promise.all([q(RAW.schools, [ids]), q(RAW.measures, [ids, isoDay(today), open]), q(RAW.documents, [ids]), q(RAW.required, [ids])]);
  };
  const rawRegional = async () => {
    const cycles = await q(RAW.cycles, [2025]);
    const ids = cycles.rows.map((r) => r.id as string);
    await Promise.all([q(RAW.schools, [ids]), q(RAW.measures, [ids, isoDay(today), open]), q(RAW.documents, [ids]), q(RAW.required, [ids])]);
  };
  const page = await getMonitorPage(coordinator, "rc-0", {});
  const rollup = await getRegionalRollup(admin, 2025, today);
  const regionalSchools = rollup.reduce((n, r) => n + r.schools, 0);
  const regionalMeasures = rollup.reduce((n, r) => n + r.measures, 0);
  const municipal = { schools: page.all, server: await timed(ITERATIONS, () => getMonitorPage(coordinator, "rc-0", {})), raw: await timed(ITERATIONS, () => rawMonitor("rc-0")) };
  const regional = {
    municipalities: rollup.length,
    schools: regionalSchools,
    measures: regionalMeasures,
    zones: rollup.reduce((z, r) => ({ red: z.red + r.zones.red, yellow: z.yellow + r.zones.yellow, green: z.green + r.zones.green }), { red: 0, yellow: 0, green: 0 }),
    server: await timed(Math.max(10, Math.floor(ITERATIONS / 2)), () => getRegionalRollup(admin, 2025, today)),
    raw: await timed(Math.max(10, Math.floor(ITERATIONS / 2)), rawRegional),
  };
  await pool.end();
  const target = (server: Stats, raw: Stats) => {
    const ratio = server.p95 / raw.p95;
    return { ratio, met: server.p95 <= 300 && ratio <= 2 };
  };
  const m = { ...municipal, ...target(municipal.server, municipal.raw) };
  const r = { ...regional, ...target(regional.server, regional.raw) };
  log(`\nMonitor: server time (app query functions) against raw SQL of the same aggregates over pg, ms — target p95 ≤ 300 and ≤ 2× raw`);
  log(`${"aggregate".padEnd(44)}${"p50".padStart(8)}${"p95".padStart(8)}${"raw p50".padStart(9)}${"raw p95".padStart(9)}${"ratio".padStart(7)}  target`);
  for (const [name, x] of [
    [`municipal monitor (${m.schools} schools)`, m],
    [`regional roll-up (${r.municipalities} mun., ${r.schools} schools)`, r],
  ] as const) {
    log(`${name.padEnd(44)}${f1(x.server.p50)}${f1(x.server.p95)}${x.raw.p50.toFixed(1).padStart(9)}${x.raw.p95.toFixed(1).padStart(9)}${x.ratio.toFixed(2).padStart(7)}  ${x.met ? "met" : "MISSED"}`);
  }
  log(`regional roll-up: ${r.measures} measures; zones red ${r.zones.red}, yellow ${r.zones.yellow}, green ${r.zones.green}`);
  return { municipal: m, regional: r };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
