/**
 * Counting test results for `npm test` (scripts/test.ts) from the JSON
 * reports of Vitest and Playwright: passed, failed and skipped per suite, and
 * a note with the name and first error line of every failed test, so that the
 * end of a long CI log says what failed and where.
 */
import path from "node:path";
import { truncate } from "../../lib/domain/common/text";

export type Counts = { passed: number; failed: number; skipped: number; notes: string[] };
export type SuiteResult = { name: string; counts: Counts };

/** A suite that exited non-zero must show at least one failure. */
function settle(counts: Counts, exitCode: number, what: string): Counts {
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`${what} exited with code ${exitCode} without a failed test: counted as 1 failed`);
  }
  return counts;
}

/**
 * The first line of a failure message, without ANSI colours, cut to fit a
 * line. A fast-check failure («Property failed after N tests») also gets its
 * seed line and the start of its counterexample, so that the failure can be
 * replayed from a CI log.
 */
export function firstLine(message: string | undefined): string {
  const lines = (message ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n");
  const line = lines.find((l) => l.trim()) ?? "";
  const cut = (text: string, max: number) => truncate(text.trim(), max + 1, "…");
  if (!/Property failed after \d+ tests/.test(line)) return cut(line, 300);
  const seed = lines.find((l) => /^\{ seed: /.test(l.trim()));
  const example = lines.find((l) => l.trim().startsWith("Counterexample:"));
  return [line.trim(), seed?.trim(), example && cut(example.trim(), 160)].filter(Boolean).join(" ");
}

/** Where in a test file the failure happened (`tests/…:line`), from a stack. */
export function testLocation(message: string | undefined): string | undefined {
  return /(tests\/[\w./-]+\.(?:test|spec)\.tsx?:\d+)/.exec(message ?? "")?.[1];
}

function failureNote(kind: string, where: string, name: string, message: string | undefined): string {
  const at = testLocation(message);
  return `${kind} ${where} › ${name}: ${firstLine(message)}${at && !where.includes(at) ? ` (${at})` : ""}`;
}

type VitestAssertion = {
  status: string;
  title?: string;
  ancestorTitles?: string[];
  failureMessages?: string[];
};
type VitestFile = { name: string; status: string; message?: string; assertionResults?: VitestAssertion[] };
type VitestReport = { testResults?: VitestFile[] };

export function vitestCounts(json: unknown, exitCode: number, root: string): SuiteResult[] {
  const report = json as VitestReport | undefined;
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
      else if (test.status === "failed") {
        failedHere += 1;
        const name = [...(test.ancestorTitles ?? []), test.title ?? "?"].join(" › ");
        counts.notes.push(failureNote("FAILED", relative, name, test.failureMessages?.[0]));
      } else counts.skipped += 1;
    }
    // A file that failed outside its tests (import error, hook) counts once.
    if (file.status === "failed" && failedHere === 0) {
      failedHere = 1;
      counts.notes.push(`FAILED ${relative}: ${firstLine(file.message ?? "failed outside its tests")}`);
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

type PlaywrightTest = { status?: string; results?: { status?: string; error?: { message?: string } }[] };
type PlaywrightSpec = { title?: string; file?: string; line?: number; tests?: PlaywrightTest[] };
type PlaywrightSuite = { title?: string; specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] };

/** `FAILED file:line › describe › title: first error line` for every test that did not pass as expected. */
export function playwrightFailures(suites: PlaywrightSuite[] = [], titles: string[] = []): string[] {
  const lines: string[] = [];
  for (const suite of suites) {
    const trail = suite.title && !/\.(spec|test)\.ts$/.test(suite.title) ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        const error = test.results?.find((r) => r.error)?.error?.message;
        const name = [...trail, spec.title ?? "?"].join(" › ");
        lines.push(failureNote(test.status === "flaky" ? "FLAKY" : "FAILED", `${spec.file}:${spec.line}`, name, error));
      }
    }
    lines.push(...playwrightFailures(suite.suites, trail));
  }
  return lines;
}

type PlaywrightReport = {
  suites?: PlaywrightSuite[];
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number; interrupted?: number };
  errors?: { message?: string }[];
};

export function playwrightCounts(json: unknown, exitCode: number): SuiteResult {
  const report = json as PlaywrightReport | undefined;
  if (!report?.stats) {
    return { name: "playwright e2e", counts: settle({ passed: 0, failed: 0, skipped: 0, notes: ["no JSON report"] }, exitCode || 1, "playwright") };
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0, interrupted: cut = 0 } = report.stats;
  const counts: Counts = { passed: expected, failed: unexpected + flaky + cut, skipped, notes: [] };
  if (flaky) counts.notes.push(`${flaky} flaky (counted as failed)`);
  counts.notes.push(...playwrightFailures(report.suites));
  for (const error of report.errors ?? []) counts.notes.push((error.message ?? "error").split("\n")[0]);
  if ((report.errors?.length ?? 0) > 0 && counts.failed === 0) counts.failed = 1;
  return { name: "playwright e2e", counts: settle(counts, exitCode, "playwright") };
}
