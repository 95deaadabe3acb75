import { describe, expect, it } from "vitest";
import { firstLine, playwrightCounts, testLocation, vitestCounts } from "../../scripts/lib/test-summary";

const root = "/repo";

describe("vitestCounts", () => {
  it("counts per suite and names every failed test with its first error line and place", () => {
    const report = {
      testResults: [
        {
          name: "/repo/tests/unit/a.test.ts",
          status: "failed",
          assertionResults: [
            {
              status: "failed",
              title: "fails here",
              ancestorTitles: ["group"],
              failureMessages: ["\u001b[31mAssertionError: expected 1 to be 2\u001b[39m\n    at /repo/tests/unit/a.test.ts:2:62\n    at node_modules/x.js:1:1"],
            },
            { status: "passed", title: "passes", ancestorTitles: ["group"] },
            { status: "skipped", title: "later", ancestorTitles: [] },
          ],
        },
        { name: "/repo/tests/integration/b.test.ts", status: "passed", assertionResults: [{ status: "passed", title: "ok" }] },
      ],
    };
    const results = vitestCounts(report, 1, root);
    expect(results.map((r) => [r.name, r.counts.passed, r.counts.failed, r.counts.skipped])).toEqual([
      ["vitest unit", 1, 1, 1],
      ["vitest integration", 1, 0, 0],
    ]);
    expect(results[0].counts.notes).toEqual([
      "FAILED tests/unit/a.test.ts › group › fails here: AssertionError: expected 1 to be 2 (tests/unit/a.test.ts:2)",
    ]);
  });

  it("counts a file that failed outside its tests once, and a crash without a report as 1 failed", () => {
    const [unit] = vitestCounts(
      { testResults: [{ name: "/repo/tests/unit/c.test.ts", status: "failed", message: "Error: Cannot find module 'x'\nmore" }] },
      1,
      root,
    );
    expect(unit.counts.failed).toBe(1);
    expect(unit.counts.notes).toEqual(["FAILED tests/unit/c.test.ts: Error: Cannot find module 'x'"]);
    const [crash] = vitestCounts(undefined, 0, root);
    expect(crash.counts.failed).toBe(1);
  });
});

describe("playwrightCounts", () => {
  const failedTest = (status: string) => ({
    status,
    results: [{ status: "failed", error: { message: "Error: expect(locator).toBeVisible() failed\n\n  at /repo/tests/e2e/report.spec.ts:42:5" } }],
  });
  const report = {
    stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 },
    suites: [
      {
        title: "report.spec.ts",
        specs: [{ title: "top level", file: "report.spec.ts", line: 5, tests: [{ status: "expected", results: [] }] }],
        suites: [
          {
            title: "the report",
            specs: [
              { title: "is approved", file: "report.spec.ts", line: 40, tests: [failedTest("unexpected")] },
              { title: "prints", file: "report.spec.ts", line: 60, tests: [failedTest("flaky")] },
            ],
          },
        ],
      },
    ],
  };

  it("counts flaky as failed and names each failed test with describe, title, place and error", () => {
    const { counts } = playwrightCounts(report, 1);
    expect(counts.passed).toBe(3);
    expect(counts.failed).toBe(2);
    expect(counts.notes).toEqual([
      "1 flaky (counted as failed)",
      "FAILED report.spec.ts:40 › the report › is approved: Error: expect(locator).toBeVisible() failed (tests/e2e/report.spec.ts:42)",
      "FLAKY report.spec.ts:60 › the report › prints: Error: expect(locator).toBeVisible() failed (tests/e2e/report.spec.ts:42)",
    ]);
  });

  it("counts a run that exited non-zero with nothing failed as 1 failed", () => {
    expect(playwrightCounts({ stats: { expected: 2 } }, 1).counts.failed).toBe(1);
    expect(playwrightCounts(undefined, 0).counts.failed).toBe(1);
  });
});

describe("firstLine and testLocation", () => {
  it("skip blank lines and colours, cut long lines, and find the test file's line", () => {
    expect(firstLine("\n\n  \u001b[2mhello\u001b[22m  \nworld")).toBe("hello");
    expect(firstLine("x".repeat(400))).toHaveLength(301);
    expect(firstLine(undefined)).toBe("");
  });

  it("a fast-check failure keeps its seed and the start of its counterexample", () => {
    const message = [
      "Error: Property failed after 4 tests",
      '{ seed: -599715242, path: "3", endOnFailure: true }',
      `Counterexample: ["${"0\u{10000}".repeat(100)}"]`,
      "Shrunk 0 time(s)",
      "    at buildError (node_modules/fast-check/lib/fast-check.js:2497:16)",
    ].join("\n");
    const line = firstLine(message);
    expect(line).toMatch(/^Error: Property failed after 4 tests \{ seed: -599715242, path: "3", endOnFailure: true \} Counterexample: \["0/);
    expect(line.length).toBeLessThan(300);
    expect(line).not.toContain("Shrunk");
    expect(testLocation("at /a/node_modules/y.js:3\nat /a/tests/e2e/x.spec.ts:17:3")).toBe("tests/e2e/x.spec.ts:17");
    expect(testLocation("no place")).toBeUndefined();
  });
});
