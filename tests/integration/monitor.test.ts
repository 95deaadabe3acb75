import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET as exportMonitor } from "@/app/(app)/cycles/[cycleId]/monitor/export/route";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isOverdue, matchesCounter, COUNTER_KEYS } from "@/lib/domain/measures";
import { MONITOR_COLUMNS } from "@/lib/features/monitor/columns";
import { filterMonitorRows, getMonitorCycleOrNotFound, getMonitorPage, getMonitorRows } from "@/lib/features/monitor/queries";
import { getRoadmapOrNotFound } from "@/lib/features/roadmap/queries";
import { signInAs } from "../support/session";

const db = () => getDb();
const COORDINATOR = "coordinator@opora.demo";
const demoCycle = () => db().cycle.findFirstOrThrow({ where: { year: 2025, municipality: { code: "armavir-demo" } } });

describe("monitor", () => {
  it("has one row per school of the cycle with counters equal to a direct count of the measures", async () => {
    const cycle = await demoCycle();
    await signInAs(COORDINATOR);
    const actor = (await getActor())!;
    const rows = await getMonitorRows(actor, await getMonitorCycleOrNotFound(actor, cycle.id));
    expect(rows).toHaveLength(await db().cycleSchool.count({ where: { cycleId: cycle.id } }));
    const today = new Date();
    for (const row of rows) {
      const measures = await db().measure.findMany({ where: { document: { cycleSchoolId: row.cycleSchoolId } }, select: { status: true, deadline: true } });
      for (const key of COUNTER_KEYS) {
        const direct = measures.filter((m) => matchesCounter(key, m.status, isOverdue(m, today))).length;
        expect(row.counters[key], `${row.code} ${key}`).toBe(direct);
      }
      expect(row.overdue).toBe(measures.filter((m) => isOverdue(m, today)).length);
      expect(row.documentsTotal).toBe(await db().programDocument.count({ where: { cycleSchoolId: row.cycleSchoolId } }));
      expect(row.documentsConfirmed).toBe(await db().programDocument.count({ where: { cycleSchoolId: row.cycleSchoolId, status: "confirmed" } }));
    }
    const demo = rows.find((r) => r.code === "edu230101")!;
    expect(demo.measures).toBeGreaterThanOrEqual(15);
    expect(demo.counters.done).toBe(await db().measure.count({ where: { document: { cycleSchoolId: demo.cycleSchoolId }, status: { in: ["done", "confirmed"] } } }));
  });

  it("agrees with the roadmap view of the same school", async () => {
    const cycle = await demoCycle();
    await signInAs(COORDINATOR);
    const actor = (await getActor())!;
    const rows = await getMonitorRows(actor, await getMonitorCycleOrNotFound(actor, cycle.id));
    const monitorRow = rows.find((r) => r.code === "edu230101")!;
    const roadmap = await getRoadmapOrNotFound(actor, "edu230101", { cycle: cycle.id });
    for (const key of COUNTER_KEYS) {
      const sum = roadmap.sections.reduce((n, s) => n + s.counters[key], 0);
      expect(sum, key).toBe(monitorRow.counters[key]);
    }
  });

  it("filters, searches, sorts and paginates", async () => {
    const cycle = await demoCycle();
    await signInAs(COORDINATOR);
    const actor = (await getActor())!;
    const all = await getMonitorRows(actor, await getMonitorCycleOrNotFound(actor, cycle.id));
    expect(filterMonitorRows(all, { q: "edu230101" }).map((r) => r.code)).toEqual(["edu230101"]);
    const red = filterMonitorRows(all, { zone: "red" });
    expect(red.every((r) => r.zone === "red")).toBe(true);
    const shnor = filterMonitorRows(all, { category: "shnor" });
    expect(shnor.every((r) => r.categories.includes("shnor"))).toBe(true);
    const curatorId = (await db().user.findUniqueOrThrow({ where: { email: "curator@opora.demo" } })).id;
    expect(filterMonitorRows(all, { curator: curatorId }).map((r) => r.code).sort()).toEqual(expect.arrayContaining(["edu230101", "edu230102", "edu230105"]));
    const byMeasures = filterMonitorRows(all, { sort: "done", dir: "desc" });
    expect(byMeasures[0]!.counters.done).toBe(Math.max(...all.map((r) => r.counters.done)));
    const page = await getMonitorPage(actor, cycle.id, {});
    expect(page.total).toBe(all.length);
  });

  it("is refused to the curator (403) and a cycle outside the scope is 404", async () => {
    const cycle = await demoCycle();
    await signInAs("curator@opora.demo");
    const curator = (await getActor())!;
    await expect(getMonitorCycleOrNotFound(curator, cycle.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;403");
    await signInAs(COORDINATOR);
    await expect(getMonitorCycleOrNotFound((await getActor())!, "no-such-cycle")).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
  });
});

describe("monitor export", () => {
  const call = (cycleId: string, search = "") => exportMonitor(new Request(`http://localhost/cycles/${cycleId}/monitor/export${search}`), { params: Promise.resolve({ cycleId }) });

  it("answers an .xlsx that parses back with the Russian headers and the filtered rows", async () => {
    const cycle = await demoCycle();
    await signInAs(COORDINATOR);
    const response = await call(cycle.id, "?q=edu230101");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet("Мониторинг")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(MONITOR_COLUMNS.map((c) => c.header));
    expect(sheet.getRow(2).getCell(2).value).toBe("edu230101");
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    const actor = (await getActor())!;
    const row = (await getMonitorRows(actor, await getMonitorCycleOrNotFound(actor, cycle.id))).find((r) => r.code === "edu230101")!;
    const doneColumn = MONITOR_COLUMNS.findIndex((c) => c.key === "done") + 1;
    expect(sheet.getRow(2).getCell(doneColumn).value).toBe(row.counters.done);
  });

  it("refuses the school admin (403, audited) and an unknown cycle (404)", async () => {
    const cycle = await demoCycle();
    await signInAs("school@opora.demo");
    const denials = await db().auditLog.count({ where: { action: "authz_denied" } });
    expect((await call(cycle.id)).status).toBe(403);
    expect(await db().auditLog.count({ where: { action: "authz_denied" } })).toBe(denials + 1);
    await signInAs(COORDINATOR);
    expect((await call("no-such-cycle")).status).toBe(404);
  });
});
