/**
 * `npm run page-weight`: first-load JavaScript per route, gzipped, from an
 * existing production build (`next build` first; this script builds
 * nothing). Prints a table and exits 1 when a route is over its budget.
 *
 * Method (Next 16 prints no sizes): a route's first load is
 * - the root main files of `.next/build-manifest.json` (the runtime every
 *   page boots with; the legacy `polyfillFiles` are `nomodule` and left out),
 * - plus every chunk in the `entryJSFiles` of the route's
 *   `.next/server/app/<route>/page_client-reference-manifest.js`: the client
 *   components of its layouts, page and boundaries (error, not-found).
 * Chunks loaded later through `import()` / `next/dynamic` (the recharts
 * chunk) are not entry files and so not counted. Each distinct file is
 * gzipped at zlib's default level (what `next start` serves) and summed.
 * Checked against the browser: the same files as the `<script>` requests a
 * page makes before hydration (docs/decisions/041-dashboards.md).
 *
 * Every page of the build is measured (budget 200 KB; /login 120 KB), and
 * tests/e2e/page-weight.spec.ts runs the same check in `npm test` against
 * the build the e2e server made.
 *
 * `PAGE_WEIGHT_DIR=path/to/.next` reads another build.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const root = path.resolve(__dirname, "..");
const dist = path.resolve(process.env.PAGE_WEIGHT_DIR ?? path.join(root, ".next"));

/** Budgets in KB (1 KB = 1024 bytes, gzipped): sign-in 120, every other page 200. */
export const SIGN_IN_BUDGET_KB = 120;
export const PAGE_BUDGET_KB = 200;
export const SIGN_IN_ROUTE = "/login";

/** App directory (route groups and all, as under .next/server/app) → URL path. */
export function routeOf(dir: string): string {
  const segments = dir.split("/").filter((s) => s && !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

export const budgetOf = (route: string) => (route === SIGN_IN_ROUTE ? SIGN_IN_BUDGET_KB : PAGE_BUDGET_KB);

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

/** The manifest file assigns to `globalThis.__RSC_MANIFEST[page]`; run it in a sandbox. */
function clientReferenceManifest(dir: string): ClientReferenceManifest {
  const file = path.join(dist, "server", "app", dir, "page_client-reference-manifest.js");
  if (!fs.existsSync(file)) throw new Error(`no client reference manifest for ${dir} (${path.relative(root, file)}): run \`next build\` first`);
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  const manifests = Object.values(sandbox.__RSC_MANIFEST ?? {});
  if (manifests.length !== 1) throw new Error(`unexpected client reference manifest in ${file}`);
  return manifests[0];
}

const gzipCache = new Map<string, number>();

/** Gzipped size of a file under `.next/` ("static/chunks/x.js" or "/_next/static/chunks/x.js"). */
function gzipSize(file: string): number {
  const relative = file.replace(/^\/?_next\//, "");
  let size = gzipCache.get(relative);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(path.join(dist, relative))).length;
    gzipCache.set(relative, size);
  }
  return size;
}

/** The distinct script files a route loads on first load (see the method above). */
export function firstLoadFiles(dir: string): string[] {
  const build = readJson<{ rootMainFiles: string[] }>(path.join(dist, "build-manifest.json"));
  const entries = Object.values(clientReferenceManifest(dir).entryJSFiles ?? {}).flat();
  // Turbopack (Next 16's default) lists them; a webpack build does not, and the sum would be short.
  if (entries.length === 0) throw new Error(`no entryJSFiles for ${dir}: a Turbopack production build is expected`);
  return [...new Set([...build.rootMainFiles, ...entries].map((f) => f.replace(/^\/?_next\//, "")))].filter((f) => f.endsWith(".js"));
}

export type PageWeightRow = { route: string; kind: "page" | "route handler"; files: number; kb: number; budgetKb: number; over: boolean };

/** Every app directory holding a page (a client reference manifest) or a route handler, relative to .next/server/app. */
function appEntries(): { dir: string; kind: PageWeightRow["kind"] }[] {
  const base = path.join(dist, "server", "app");
  const found: { dir: string; kind: PageWeightRow["kind"] }[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(base, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name === "page_client-reference-manifest.js") found.push({ dir: rel, kind: "page" });
      else if (entry.name === "route.js") found.push({ dir: rel, kind: "route handler" });
    }
  };
  walk("");
  return found;
}

/**
 * First-load JS of every page of the build against its budget, plus the
 * sign-in route, which must be either a page within 120 KB or a route
 * handler (plain HTML, no script: counted as 0 here; the e2e spec checks
 * that its HTML really carries no <script>).
 */
export function measurePageWeights(): PageWeightRow[] {
  if (!fs.existsSync(path.join(dist, "build-manifest.json"))) throw new Error(`no production build in ${dist}; run \`npx next build\` first`);
  const entries = appEntries();
  const rows: PageWeightRow[] = [];
  for (const { dir, kind } of entries) {
    const route = routeOf(dir);
    if (kind === "route handler" && route !== SIGN_IN_ROUTE) continue; // downloads and APIs: no HTML
    const files = kind === "page" ? firstLoadFiles(dir) : [];
    const kb = files.reduce((sum, f) => sum + gzipSize(f), 0) / 1024;
    const budgetKb = budgetOf(route);
    rows.push({ route, kind, files: files.length, kb, budgetKb, over: kb > budgetKb });
  }
  if (!rows.some((r) => r.route === SIGN_IN_ROUTE)) throw new Error(`the build has no ${SIGN_IN_ROUTE}`);
  return rows.sort((a, b) => b.kb - a.kb || a.route.localeCompare(b.route));
}

export function formatPageWeights(rows: PageWeightRow[]): string {
  const width = Math.max(...rows.map((r) => r.route.length), "route".length);
  const lines = [`First-load JS, gzipped (${path.relative(root, dist) || dist})`, `${"route".padEnd(width)}  files   size KB  budget KB`];
  for (const r of rows) {
    const note = r.over ? "  OVER BUDGET" : r.kind === "route handler" ? "  (route handler, no script)" : "";
    lines.push(`${r.route.padEnd(width)}  ${String(r.files).padStart(5)}  ${r.kb.toFixed(1).padStart(8)}  ${String(r.budgetKb).padStart(9)}${note}`);
  }
  return lines.join("\n");
}

function main() {
  const rows = measurePageWeights();
  console.log(formatPageWeights(rows));
  const over = rows.filter((r) => r.over);
  if (over.length) {
    console.error(`page-weight: over budget: ${over.map((r) => r.route).join(", ")}`);
    process.exit(1);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`page-weight: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
