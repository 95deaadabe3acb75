/**
 * The installed Next.js and React are at or above the versions that fixed
 * the advisories below (issue 7, point 11). Raise a floor when a new advisory
 * lands; never lower one. Read from node_modules, i.e. what actually runs.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

/** package → [minimum version, advisories it fixes]. */
const FLOORS: Record<string, [string, string][]> = {
  next: [
    ["15.2.3", "CVE-2025-29927 — middleware bypass via the x-middleware-subrequest header"],
    ["16.0.7", "CVE-2025-66478 — React Server Components RCE (React2Shell) as shipped in Next.js"],
    ["16.2.5", "CVE-2026-44574 — proxy bypass by dynamic route parameter injection; CVE-2026-44575 — proxy bypass via segment-prefetch routes"],
    ["16.2.6", "CVE-2026-45109 — follow-up to the segment-prefetch proxy bypass (incomplete fix)"],
  ],
  react: [
    ["19.2.1", "CVE-2025-55182 — React Server Components RCE (React2Shell), Dec 2025"],
    ["19.2.3", "CVE-2025-55184, CVE-2025-67779 — RSC denial of service; CVE-2025-55183 — server function source exposure"],
    ["19.2.5", "CVE-2026-23869 — RSC denial of service (incomplete fix of CVE-2026-23864)"],
    ["19.2.6", "CVE-2026-23870 — RSC denial of service"],
  ],
};
FLOORS["react-dom"] = FLOORS.react;

/** -1, 0, 1 for a < b, a = b, a > b; a pre-release sorts before its release. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split("-", 2);
    return { nums: core.split(".").map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) if ((x.nums[i] ?? 0) !== (y.nums[i] ?? 0)) return (x.nums[i] ?? 0) < (y.nums[i] ?? 0) ? -1 : 1;
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

function installed(pkg: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
}

describe("security floors", () => {
  it("compares versions", () => {
    expect(compareVersions("16.4.6", "16.2.6")).toBe(1);
    expect(compareVersions("16.2.5", "16.2.6")).toBe(-1);
    expect(compareVersions("19.2.6", "19.2.6")).toBe(0);
    expect(compareVersions("19.3.0-canary.1", "19.3.0")).toBe(-1);
    expect(compareVersions("16.10.0", "16.9.9")).toBe(1);
  });

  for (const [pkg, floors] of Object.entries(FLOORS)) {
    for (const [floor, advisories] of floors) {
      it(`${pkg} ≥ ${floor} (${advisories})`, () => {
        const version = installed(pkg);
        expect(compareVersions(version, floor), `${pkg} ${version} is below ${floor}: ${advisories}`).toBeGreaterThanOrEqual(0);
      });
    }
  }

  it("package.json pins exactly what is installed", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    for (const name of Object.keys(FLOORS)) expect(pkg.dependencies[name], name).toBe(installed(name));
  });
});
