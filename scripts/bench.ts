/**
 * `npm run bench`: server-side timings of the scoped reads behind each role's
 * home, on the demo data. Uses DATABASE_URL when set, else a fresh in-memory
 * PGlite (migrated and seeded here); then the analytical report of a
 * generated 50-school municipality (bench-report.ts) and a 10 000-row import
 * (bench-import.ts). `BENCH_ONLY=report` runs the report section alone.
 * Prints a table and writes
 * bench/results.json. Figures, not pass/fail: the regional-scale benchmark
 * with its targets comes with the hardening work.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchImport, printImportBench } from "./bench-import";
import { benchReport, printReportBench } from "./bench-report";
import { startEphemeralPglite, type EmbeddedDb } from "./lib/pglite-server";

const root = path.resolve(__dirname, "..");
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 50);
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 10);
const ONLY = process.env.BENCH_ONLY;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "ignore" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")}: ${code}`))));
  });
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  let embedded: EmbeddedDb | undefined;
  if (!process.env.DATABASE_URL) {
    embedded = await startEphemeralPglite();
    process.env.DATABASE_URL = embedded.url;
    process.env.DB_POOL_MAX = "1";
    const env = { ...process.env, CHECKPOINT_DISABLE: "1" };
    await run(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], env);
    await run(path.join(root, "node_modules/.bin/tsx"), ["prisma/seed/index.ts"], env);
  }
  const { getDb } = await import("../lib/db/client");
  const { loadActor } = await import("../lib/auth/load-actor");
  const home = await import("../lib/features/home/queries");
  const db = getDb();
  const actorOf = async (email: string) => (await loadActor((await db.user.findUniqueOrThrow({ where: { email } })).id, "session"))!;
  const cycle = (await db.cycle.findFirstOrThrow({ where: { year: 2025 }, select: { id: true, year: true, title: true, status: true, municipalityId: true } }));

  const coordinator = await actorOf("coordinator@opora.demo");
  const curator = await actorOf("curator@opora.demo");
  const school = await actorOf("school@opora.demo");
  const teacher = await actorOf("teacher@opora.demo");
  const tutor = await actorOf("tutor@opora.demo");
  const cases: [string, () => Promise<unknown>][] = [
    ["actor load (every request)", () => actorOf("curator@opora.demo")],
    ["coordinator home", () => home.getCoordinatorHome(coordinator, cycle)],
    ["curator home", () => home.getCuratorHome(curator, cycle)],
    ["school admin home", () => home.getSchoolAdminHome(school, school.roles[0].schoolId!, cycle)],
    ["teacher home", () => home.getTeacherHome(teacher, cycle)],
    ["tutor home", () => home.getTutorHome(tutor)],
  ];

  const results: Record<string, { p50: number; p95: number; max: number }> = {};
  for (const [name, fn] of ONLY ? [] : cases) {
    await fn(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    results[name] = { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
  }

  const database = embedded ? "embedded PGlite" : "DATABASE_URL";
  if (!ONLY) {
    console.log(`\nScoped reads on the demo data, ${database}, ${ITERATIONS} runs each (ms)`);
    console.log("query".padEnd(30), "p50".padStart(8), "p95".padStart(8), "max".padStart(8));
    for (const [name, r] of Object.entries(results)) {
      console.log(name.padEnd(30), r.p50.toFixed(1).padStart(8), r.p95.toFixed(1).padStart(8), r.max.toFixed(1).padStart(8));
    }
  }
  // A municipality of its own: the demo reads above are not affected.
  const report = !ONLY || ONLY === "report" ? await benchReport(db, REPORT_RUNS) : undefined;
  if (report) printReportBench(report);
  // Last: it adds thousands of rows the reads above must not see.
  const imports = ONLY ? undefined : await benchImport(db, coordinator);
  if (imports) printImportBench(imports);
  fs.mkdirSync(path.join(root, "bench"), { recursive: true });
  fs.writeFileSync(
    path.join(root, "bench", "results.json"),
    JSON.stringify({ at: new Date().toISOString(), database, iterations: ITERATIONS, results, report, imports }, null, 2),
  );
  await db.$disconnect();
  await embedded?.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
