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
import { playwrightCounts, vitestCounts, type SuiteResult } from "./lib/test-summary";

const root = path.resolve(__dirname, "..");
const resultsDir = path.join(root, ".data", "test-results");
const vitestJson = path.join(resultsDir, "vitest.json");
const playwrightJson = path.join(resultsDir, "playwright.json");
const skipE2e = process.argv.includes("--skip-e2e");


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

async function main() {
  fs.mkdirSync(resultsDir, { recursive: true });
  for (const file of [vitestJson, playwrightJson]) fs.rmSync(file, { force: true });
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true" };
  const database = process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "embedded PGlite";

  console.log(`[test] vitest (unit + integration) on ${database}`);
  const vitestCode = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], env);
  const results: SuiteResult[] = vitestCounts(readJson(vitestJson), vitestCode, root);

  if (skipE2e) {
    console.log("[test] playwright skipped (--skip-e2e)");
  } else if (interrupted) {
    console.log("[test] interrupted: playwright not run");
  } else {
    console.log(`[test] playwright (e2e) on ${database}`);
    const playwrightCode = await run(bin("playwright"), ["test"], env);
    results.push(playwrightCounts(readJson(playwrightJson), playwrightCode));
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
