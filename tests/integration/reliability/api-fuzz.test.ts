/**
 * Hostile input against the REST API and the upload endpoint, in process
 * through the route handlers against the test database: never a 500, the
 * answer is JSON that carries any echoed text intact (escaped by JSON), and
 * an import writes all of its rows or none. fast-check prints the seed of a
 * failure; run counts are small because every run is a request.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as cycles } from "@/app/api/v1/cycles/route";
import { GET as cycleSchools } from "@/app/api/v1/cycles/[cycleId]/schools/route";
import { GET as diagnostics } from "@/app/api/v1/cycles/[cycleId]/diagnostics/summary/route";
import { GET as monitor } from "@/app/api/v1/cycles/[cycleId]/monitor/route";
import { GET as report } from "@/app/api/v1/cycles/[cycleId]/report/route";
import { GET as roadmap } from "@/app/api/v1/cycles/[cycleId]/schools/[code]/roadmap/route";
import { GET as me } from "@/app/api/v1/me/route";
import { POST as importFile } from "@/app/api/v1/imports/[kind]/route";
import { POST as upload } from "@/app/api/uploads/route";
import { getDb } from "@/lib/db/client";
import { demoCycleId, tokenFor } from "../../support/api";
import { csvBytes } from "../../support/imports";
import { signInAs } from "../../support/session";
import { hostileString } from "../../unit/fuzz/hostile";

const RUNS = Number(process.env.FUZZ_RUNS_HTTP || 25);
let token = "";
let cycleId = "";

beforeAll(async () => {
  token = await tokenFor("coordinator@opora.demo");
  cycleId = await demoCycleId();
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A URL-safe rendering of a hostile string for a path segment or query value. */
const enc = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "\ufffd"));

async function call(handler: Handler, url: string, params: Record<string, string>) {
  const response = await handler(new Request(url, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve(params) });
  const type = response.headers.get("content-type") ?? "";
  const text = await response.text();
  return { status: response.status, type, text };
}

function expectSane(r: { status: number; type: string; text: string }, what: string) {
  expect(r.status, `${what}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
  if (r.type.includes("json")) expect(() => JSON.parse(r.text), what).not.toThrow();
}

describe("REST API under hostile input", () => {
  const routes: [string, Handler, (s: string, t: string) => { path: string; params: Record<string, string> }][] = [
    ["cycles", cycles as Handler, (s) => ({ path: `/cycles?status=${enc(s)}&year=${enc(s)}&page=${enc(s)}`, params: {} })],
    ["me", me as Handler, (s) => ({ path: `/me?x=${enc(s)}`, params: {} })],
    ["schools (hostile cycle id)", cycleSchools as Handler, (s) => ({ path: `/cycles/${enc(s)}/schools`, params: { cycleId: s } })],
    ["schools (hostile query)", cycleSchools as Handler, (s, t) => ({ path: `/cycles/${cycleId}/schools?category=${enc(s)}&q=${enc(t)}&page=${enc(t)}`, params: { cycleId } })],
    ["diagnostics", diagnostics as Handler, (s) => ({ path: `/cycles/${cycleId}/diagnostics/summary?school=${enc(s)}`, params: { cycleId } })],
    ["monitor", monitor as Handler, (s) => ({ path: `/cycles/${enc(s)}/monitor`, params: { cycleId: s } })],
    ["report", report as Handler, (s) => ({ path: `/cycles/${enc(s)}/report`, params: { cycleId: s } })],
    ["roadmap", roadmap as Handler, (s, t) => ({ path: `/cycles/${cycleId}/schools/${enc(s)}/roadmap?x=${enc(t)}`, params: { cycleId, code: s } })],
  ];
  for (const [name, handler, build] of routes) {
    it(`GET ${name}: never a 500, JSON answers`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileString, hostileString, async (s, t) => {
          const { path, params } = build(s, t);
          expectSane(await call(handler, `http://localhost/api/v1${path}`, params), name);
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }

  it("POST /imports/events: hostile cells → 200 with every row written or 422 with none, answered in JSON", async () => {
    const db = getDb();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(hostileString, hostileString, hostileString), { minLength: 1, maxLength: 4 }), fc.boolean(), async (rows, valid) => {
        const marker = `Фазз-${++n}-${Date.now()}`;
        const header = ["Дата", "Вид мероприятия", "Тема", "Формат", "Аудитория", "Участников", "Примечание"];
        const lines = rows.map(([a, b, c], i) =>
          valid ? ["15.10.2025", "Вебинар", `${marker} ${i} ${a.slice(0, 200)}`, "Дистанционно", "Педагоги", i, b.slice(0, 1000)] : [a, b, `${marker} ${i} ${c}`, c, a, b, c],
        );
        const form = new FormData();
        form.set("file", new File([new Uint8Array(csvBytes([header, ...lines]))], "фазз.csv", { type: "text/csv" }));
        const probe = new Request("http://localhost/api/v1/imports/events?dryRun=false", { method: "POST", body: form });
        const body = new Uint8Array(await probe.arrayBuffer());
        const request = new Request(probe.url, {
          method: "POST",
          body,
          headers: { authorization: `Bearer ${token}`, "content-type": probe.headers.get("content-type")!, "content-length": String(body.length) },
        });
        const response = await importFile(request, { params: Promise.resolve({ kind: "events" }) });
        const text = await response.text();
        expect(response.status, text.slice(0, 300)).toBeLessThan(500);
        const json = JSON.parse(text) as { created?: number; updated?: number; errors?: unknown[] };
        const written = await db.supportEvent.count({ where: { topic: { startsWith: `${marker} ` } } });
        if (response.status === 200) {
          expect(json.errors).toEqual([]);
          expect(written).toBe(lines.length);
        } else expect(written).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("POST /api/uploads: hostile file names → never a 500, a JSON answer, a storage key of the server", async () => {
    await signInAs("school@opora.demo");
    const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await fc.assert(
      fc.asyncProperty(hostileString, async (name) => {
        const form = new FormData();
        form.append("file", new File([PDF], `${name.slice(0, 300)}.pdf`, { type: "application/pdf" }));
        const probe = new Request("http://localhost/api/uploads", { method: "POST", body: form });
        const body = new Uint8Array(await probe.arrayBuffer());
        const request = new Request(probe.url, { method: "POST", body, headers: { "content-type": probe.headers.get("content-type")!, "content-length": String(body.length) } });
        const response = await upload(request, { params: Promise.resolve({}) });
        const text = await response.text();
        expect(response.status, text.slice(0, 300)).toBeLessThan(500);
        const json = JSON.parse(text) as { id?: string };
        if (response.status < 300 && json.id) {
          const stored = await getDb().storedFile.findUniqueOrThrow({ where: { id: json.id } });
          expect(stored.storageKey).toMatch(/^[A-Za-z0-9/_.-]+$/);
          expect(stored.storageKey).not.toContain("..");
        }
      }),
      { numRuns: Math.ceil(RUNS / 2), examples: [["\u0000<script>alert(1)</script>"], ["../../etc/passwd"], ["\u202egnp.exe"], ["0\u{10000}".repeat(150)]] },
    );
  }, 120_000);
});
