/**
 * The app's global stylesheet URLs for pages rendered outside React (the
 * sign-in page, decision 070). Next links the root layout's CSS into every
 * page it renders; a route handler has to find that file itself, and reads
 * it from the build's client reference manifest of the built-in not-found
 * page, which every App Router build has and which uses the root layout.
 */
import "server-only";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { logger } from "@/lib/logger";

type CssEntry = string | { path: string; inlined?: boolean };
type Manifest = { entryCSSFiles?: Record<string, CssEntry[]> };

let cached: string[] | undefined;

function readManifest(file: string): Manifest | undefined {
  if (!fs.existsSync(file)) return undefined;
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, Manifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
}

/** `/_next/static/chunks/….css` of the root layout; [] when no build is found (logged). */
export function rootStylesheets(): string[] {
  if (cached) return cached;
  const distDir = path.join(process.cwd(), ".next");
  const candidates = [
    path.join(distDir, "server", "app", "_not-found", "page_client-reference-manifest.js"),
    path.join(distDir, "dev", "server", "app", "_not-found", "page_client-reference-manifest.js"),
  ];
  try {
    for (const file of candidates) {
      const manifest = readManifest(file);
      const entries = manifest?.entryCSSFiles?.["[project]/app/layout"];
      if (entries?.length) {
        cached = entries.map((e) => (typeof e === "string" ? e : e.path)).map((p) => `/_next/${p.replace(/^\/?(_next\/)?/, "")}`);
        return cached;
      }
    }
    logger.error({ candidates }, "root stylesheet not found in the build");
  } catch (error) {
    logger.error({ err: error }, "could not read the root stylesheet from the build");
  }
  return [];
}
