/**
 * Server actions never carry file bytes: evidence, certificates and
 * protocols go through POST /api/uploads (type by content, 20 MB, 413 from
 * Content-Length) and actions receive the returned ids, claimed with
 * `claimFiles`. So the one upload policy covers them, and Next.js' 1 MB
 * server-action body cap stays in force (next.config.js must not raise it).
 * This test fails when an action module or a schema it uses starts accepting
 * a File/Blob, or when the cap is raised.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const FILE_INPUT = /z\.(instanceof\((File|Blob)\)|file\(\))|instanceof (File|Blob)\b|formData\(\)/;

describe("server actions and file bytes", () => {
  const all = [...sources(path.join(root, "lib")), ...sources(path.join(root, "app"))];
  const actionModules = all.filter((f) => /^\s*["']use server["'];?/m.test(fs.readFileSync(f, "utf8")));
  // The action modules and every schema module of the same feature.
  const checked = [...new Set(actionModules.flatMap((f) => [f, ...sources(path.dirname(f)).filter((s) => /schema/.test(path.basename(s)))]))];

  it("finds the action modules", () => {
    expect(actionModules.length).toBeGreaterThan(10);
    expect(actionModules.map((f) => path.relative(root, f))).toContain(path.join("lib", "features", "measures", "actions.ts"));
  });

  it("no action or its feature's schemas accepts a File or Blob", () => {
    const offending = checked.filter((f) => FILE_INPUT.test(fs.readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
    expect(offending).toEqual([]);
  });

  it("the pattern does catch a file input", () => {
    expect(FILE_INPUT.test("const s = z.object({ file: z.instanceof(File) });")).toBe(true);
    expect(FILE_INPUT.test("if (value instanceof Blob) {}")).toBe(true);
  });

  it("the 1 MB server-action body cap is not raised", () => {
    const config = fs.readFileSync(path.join(root, "next.config.js"), "utf8");
    expect(config).not.toMatch(/bodySizeLimit/);
  });
});
