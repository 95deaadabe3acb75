/**
 * `npm test`: every suite, one summary.
 *
 * 1. Vitest, both projects (unit, integration), JSON to .data/test-results/vitest.json;
 * 2. Playwright (e2e), JSON to .data/test-results/playwright.json (see
 *    playwright.config.ts) — run even when Vitest failed;
 * then a summary per suite and, as the very last line, `N passed, N failed`
 * over all suites (skipped tests count as neither). A suite that fails
 * without reporting a failed test (crash, setup error, no JSON) counts as
 * 1 failed. Exit code 1 on any failure.
 *
 * `--skip-e2e` skips Playwright (quick local runs). The database the suites
 * use follows TEST_DATABASE_URL (unset: embedded PGlite).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const resultsDir = path.join(root, ".data", "test-results");
const vitestJson = path.join(resultsDir, "vitest.json");
const playwrightJson = path.join(resultsDir, "playwright.json");
const skipE2e = process.argv.includes("--skip-e2e");

type Counts = { passed: number; failed: number; skipped: number; notes: string[] };
type SuiteResult = { name: string; counts: Counts };

let interrupted = false;
// Ctrl-C reaches the running suite through the process group; stay alive to
// report what finished.
process.on("SIGINT", () => (interrupted = true));
process.on("SIGTERM", () => (interrupted = true));

function bin(name: string) {
  return path.join(root, "node_modules", ".bin", name);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`[test] could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** A suite that exited non-zero must show at least one failure. */
function settle(counts: Counts, exitCode: number, what: string): Counts {
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`${what} exited with code ${exitCode} without a failed test: counted as 1 failed`);
  }
  return counts;
}

type VitestAssertion = { status: string };
type VitestFile = { name: string; status: string; message?: string; assertionResults?: VitestAssertion[] };
type VitestReport = { testResults?: VitestFile[] };

function vitestCounts(exitCode: number): SuiteResult[] {
  const report = readJson(vitestJson) as VitestReport | undefined;
  if (!report?.testResults) {
    return [{ name: "vitest", counts: settle({ passed: 0, failed: 0, skipped: 0, notes: ["no JSON report"] }, exitCode || 1, "vitest") }];
  }
  const bySuite = new Map<string, Counts>();
  for (const file of report.testResults) {
    const relative = path.relative(root, file.name);
    const suite = relative.startsWith(`tests${path.sep}`) ? relative.split(path.sep)[1] : "other";
    const counts = bySuite.get(suite) ?? { passed: 0, failed: 0, skipped: 0, notes: [] };
    bySuite.set(suite, counts);
    const tests = file.assertionResults ?? [];
    let failedHere = 0;
    for (const test of tests) {
      if (test.status === "passed") counts.passed += 1;
      else if (test.status === "failed") failedHere += 1;
      else counts.skipped += 1;
    }
    // A file that failed outside its tests (import error, hook) counts once.
    if (file.status === "failed" && failedHere === 0) {
      failedHere = 1;
      counts.notes.push(`${relative}: ${(file.message ?? "failed outside its tests").split("\n")[0]}`);
    }
    counts.failed += failedHere;
  }
  const results = [...bySuite].map(([suite, counts]) => ({ name: `vitest ${suite}`, counts }));
  if (results.length === 0) {
    results.push({ name: "vitest", counts: { passed: 0, failed: 0, skipped: 0, notes: [exitCode === 0 ? "no test files" : "no tests ran"] } });
  }
  const total = results.reduce((sum, r) => sum + r.counts.failed, 0);
  if (exitCode !== 0 && total === 0) settle(results[0].counts, exitCode, "vitest");
  return results;
}

type PlaywrightReport = {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number; interrupted?: number };
  errors?: { message?: string }[];
};

function playwrightCounts(exitCode: number): SuiteResult {
  const report = readJson(playwrightJson) as PlaywrightReport | undefined;
  if (!report?.stats) {
    return { name: "playwright e2e", counts: settle({ passed: 0, failed: 0, skipped: 0, notes: ["no JSON report"] }, exitCode || 1, "playwright") };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0, interrupted: cut = 0 } = report.stats;
  const counts: Counts = { passed: expected, failed: unexpected + flaky + cut, skipped, notes: [] };
  if (flaky) counts.notes.push(`${flaky} flaky (counted as failed)`);
  for (const error of report.errors ?? []) counts.notes.push((error.message ?? "error").split("\n")[0]);
  if ((report.errors?.length ?? 0) > 0 && counts.failed === 0) counts.failed = 1;
  return { name: "playwright e2e", counts: settle(counts, exitCode, "playwright") };
}

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true });
  for (const file of [vitestJson, playwrightJson]) fs.rmSync(file, { force: true });
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" };
  const database = process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "embedded PGlite";

  console.log(`[test] vitest (unit + integration) on ${database}`);
  const vitestCode = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], env);
  const results = vitestCounts(vitestCode);

  if (skipE2e) {
    console.log("[test] playwright skipped (--skip-e2e)");
  } else if (interrupted) {
    console.log("[test] interrupted: playwright not run");
  } else {
    console.log(`[test] playwright (e2e) on ${database}`);
    const playwrightCode = await run(bin("playwright"), ["test"], env);
    results.push(playwrightCounts(playwrightCode));
  }

  let passed = 0;
  let failed = 0;
  console.log("\n── summary ──");
  for (const { name, counts } of results) {
    passed += counts.passed;
    failed += counts.failed;
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : "";
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
    for (const note of counts.notes) console.log(`  - ${note}`);
  }
  if (interrupted) failed += 1;
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
