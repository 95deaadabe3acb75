/**
 * Two projects:
 * - `unit`: pure code, no database, runs files in parallel;
 * - `integration`: against a real database prepared once by
 *   tests/integration/global-setup.ts (an ephemeral PGlite, or a fresh
 *   PostgreSQL database when TEST_DATABASE_URL is set). PGlite serves one
 *   connection, so integration files run one at a time.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Integration files share one database. The files that assert the demo data
 * exactly as seeded (every role's scope, the seed itself), then the files
 * that assert the demo's figures (the dashboards, the analytical report), run
 * first, so that rows other files add to the demo municipality can never
 * change their expectations, whatever order Vitest would otherwise pick.
 */
class DemoReadersFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) =>
      /[\\/](scope|seed)\.test\.ts$/.test(f.moduleId) ? 0 : /[\\/](dashboard|report)\.test\.ts$/.test(f.moduleId) ? 1 : 2;
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve: {
    alias: [
      // tsconfig paths: "@/*" -> "./*"
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside a React Server Components bundle.
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty.ts") },
    ],
  },
  test: {
    passWithNoTests: true,
    // Vitest reads the sequencer from the root config only.
    sequence: { sequencer: DemoReadersFirst },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup-env.ts", "tests/support/next-test-env.ts"],
          fileParallelism: false,
          // next-auth imports `next/server` without an extension: let Vite resolve it.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
