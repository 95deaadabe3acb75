/**
 * A fingerprint of everything `next build` reads, so `npm start` rebuilds
 * only when the sources changed (paths, sizes and modification times).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];

function walk(full: string, out: string[]) {
  const stat = fs.statSync(full, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(full).sort()) walk(path.join(full, entry), out);
  } else {
    out.push(`${full}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function buildFingerprint(root: string): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}
