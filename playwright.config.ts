/**
 * End-to-end tests in Debian's Chromium against the production build, served
 * by tests/e2e/server.ts on 127.0.0.1:3100 with a database of its own (a
 * fresh embedded PGlite, or a fresh PostgreSQL database when
 * TEST_DATABASE_URL is set).
 *
 * One worker: the embedded database serves one connection, and the specs
 * share the demo data. No retries: a flaky test must be seen, not hidden.
 */
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/lib/chromium";

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".data/test-results/playwright-artifacts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A test's own limit guards against a hang only: a real fault fails the
  // step's expectation first (10 s). Multi-role flows take ~10 s on a quiet
  // 2-core box and three times that when the box is busy (seen: 33 s for
  // implementation.spec.ts, every step merely slow), so the limit is 90 s.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".data/test-results/playwright.json" }]],
  use: {
    baseURL,
    locale: "ru-RU",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"] },
  ],
  webServer: {
    command: "npx tsx tests/e2e/server.ts",
    url: `${baseURL}/api/health`,
    // A fresh clone builds Next first (1–2 minutes on 2 cores).
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM (not the default SIGKILL) so that server.ts can drop its
    // database or remove its data directory.
    gracefulShutdown: { signal: "SIGTERM", timeout: 60_000 },
  },
});
