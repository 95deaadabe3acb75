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
 * `PAGE_WEIGHT_DIR=path/to/.next` reads another build.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

const root = path.resolve(__dirname, "..");
const dist = path.resolve(process.env.PAGE_WEIGHT_DIR ?? path.join(root, ".next"));

/** Route → its app directory (route groups included) and budget in KB (1 KB = 1024 bytes, gzipped). */
export const BUDGETS: ReadonlyArray<{ route: string; dir: string; budgetKb: number }> = [
  { route: "/login", dir: "(auth)/login", budgetKb: 120 },
  { route: "/", dir: "(app)", budgetKb: 200 },
  { route: "/dashboard", dir: "(app)/dashboard", budgetKb: 200 },
  { route: "/results", dir: "(app)/results", budgetKb: 200 },
  { route: "/schools/[code]/results", dir: "(app)/schools/[code]/results", budgetKb: 200 },
];

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

function main() {
  if (!fs.existsSync(path.join(dist, "build-manifest.json"))) {
    console.error(`page-weight: no production build in ${path.relative(root, dist) || dist}; run \`npx next build\` first.`);
    process.exit(2);
  }
  const kb = (bytes: number) => bytes / 1024;
  const rows = BUDGETS.map(({ route, dir, budgetKb }) => {
    const files = firstLoadFiles(dir);
    const total = kb(files.reduce((sum, f) => sum + gzipSize(f), 0));
    return { route, files: files.length, total, budgetKb, over: total > budgetKb };
  });
  const width = Math.max(...rows.map((r) => r.route.length), "route".length);
  console.log(`First-load JS, gzipped (${path.relative(root, dist) || dist})`);
  console.log(`${"route".padEnd(width)}  files   size KB  budget KB`);
  for (const r of rows) {
    console.log(`${r.route.padEnd(width)}  ${String(r.files).padStart(5)}  ${r.total.toFixed(1).padStart(8)}  ${String(r.budgetKb).padStart(9)}${r.over ? "  OVER BUDGET" : ""}`);
  }
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
