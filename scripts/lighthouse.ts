/**
 * `npm run lighthouse`: Lighthouse (desktop preset) in Debian's Chromium on
 * every role's home and on the sign-in page; prints a table, writes each
 * report to .data/lighthouse/<name>.json and exits 1 when a page scores
 * below performance 95 or accessibility 100 (decision 071). Not part of
 * `npm test`.
 *
 * Without LIGHTHOUSE_URL it starts the app the way the e2e suite does
 * (tests/e2e/server.ts: a production build, a fresh demo database) on
 * LIGHTHOUSE_PORT (3190) and stops it afterwards; with LIGHTHOUSE_URL
 * (e.g. http://127.0.0.1:3000 of `npm start` with demo data) it uses that.
 * Each role signs in through the form (POST /login) and its session cookie
 * is passed as an extra header. CHROMIUM_PATH overrides /usr/bin/chromium;
 * LIGHTHOUSE_ONLY=login,coordinator audits only those pages.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/chromium";

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, ".data", "lighthouse");
const PASSWORD = "opora-demo-2025";
const TARGETS: { name: string; path: string; email?: string }[] = [
  { name: "login", path: "/login" },
  { name: "admin", path: "/", email: "admin@opora.demo" },
  { name: "coordinator", path: "/", email: "coordinator@opora.demo" },
  { name: "curator", path: "/", email: "curator@opora.demo" },
  { name: "school", path: "/", email: "school@opora.demo" },
  { name: "teacher", path: "/", email: "teacher@opora.demo" },
  { name: "tutor", path: "/", email: "tutor@opora.demo" },
];
const MIN = { performance: 95, accessibility: 100 };

async function waitForHealth(base: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${base} did not become healthy in ${timeoutMs / 1000} s`);
}

/** Signs in through the HTML form and returns the Cookie header of the session. */
async function sessionCookie(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: PASSWORD }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (response.status !== 303 || !cookies.some((c) => c.includes("session-token"))) {
    throw new Error(`sign-in as ${email} failed: HTTP ${response.status}`);
  }
  return cookies.join("; ");
}

async function main() {
  let base = process.env.LIGHTHOUSE_URL?.replace(/\/$/, "");
  let server: ChildProcess | undefined;
  if (!base) {
    const port = process.env.LIGHTHOUSE_PORT || "3190";
    base = `http://127.0.0.1:${port}`;
    console.log(`lighthouse: starting the app on ${base} (tests/e2e/server.ts)…`);
    server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["tests/e2e/server.ts"], {
      cwd: root,
      env: { ...process.env, E2E_PORT: port },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const stop = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  };

  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  fs.mkdirSync(outDir, { recursive: true });
  const rows: { name: string; url: string; performance: number; accessibility: number; fcp: string; lcp: string; tbt: string; cls: string }[] = [];
  try {
    await waitForHealth(base, 900_000);
    const only = process.env.LIGHTHOUSE_ONLY?.split(",").map((s) => s.trim());
    for (const target of TARGETS.filter((t) => !only || only.includes(t.name))) {
      const headers = target.email ? { Cookie: await sessionCookie(base, target.email) } : undefined;
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
      try {
        const url = `${base}${target.path}`;
        const result = await lighthouse(
          url,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: headers },
          desktopConfig,
        );
        if (!result) throw new Error(`no result for ${url}`);
        const lhr = result.lhr;
        if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== target.path) {
          throw new Error(`${target.name}: ended on ${lhr.finalDisplayedUrl}, not ${target.path} (not signed in?)`);
        }
        fs.writeFileSync(path.join(outDir, `${target.name}.json`), JSON.stringify(lhr, null, 2));
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const metric = (id: string) => lhr.audits[id]?.displayValue ?? "—";
        rows.push({
          name: target.name,
          url: target.path,
          performance: score("performance"),
          accessibility: score("accessibility"),
          fcp: metric("first-contentful-paint"),
          lcp: metric("largest-contentful-paint"),
          tbt: metric("total-blocking-time"),
          cls: metric("cumulative-layout-shift"),
        });
        const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0));
        for (const a of failed) console.log(`  ${target.name}: accessibility audit «${a.id}» failed: ${a.title}`);
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await stop();
  }

  const header = ["page", "url", "perf", "a11y", "FCP", "LCP", "TBT", "CLS"];
  const table = rows.map((r) => [r.name, r.url, String(r.performance), String(r.accessibility), r.fcp, r.lcp, r.tbt, r.cls]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(`Lighthouse ${"(desktop preset)"} on ${base}; targets: performance ≥ ${MIN.performance}, accessibility ${MIN.accessibility}`);
  console.log(line(header));
  for (const row of table) console.log(line(row));
  console.log(`reports: ${path.relative(root, outDir)}/*.json`);
  const below = rows.filter((r) => r.performance < MIN.performance || r.accessibility < MIN.accessibility);
  if (below.length) {
    console.error(`lighthouse: below target: ${below.map((r) => `${r.name} (${r.performance}/${r.accessibility})`).join(", ")}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(`lighthouse: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(2);
});
