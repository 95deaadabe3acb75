/**
 * GET /api/v1/cycles/{cycleId}/export/{register}.xlsx: the registers' .xlsx
 * files through a token, with the page's permission per register and the
 * same scope as the pages.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportXlsx } from "@/app/api/v1/cycles/[cycleId]/export/[register]/route";
import { getDb } from "@/lib/db/client";
import { MONITOR_COLUMNS } from "@/lib/features/monitor/columns";
import { demoCycleId, DEMO_EMAILS, tokenFor } from "../support/api";

let cycleId = "";
const tokens: Record<string, string> = {};

beforeAll(async () => {
  cycleId = await demoCycleId();
  for (const role of ["coordinator", "curator", "teacher"] as const) tokens[role] = await tokenFor(DEMO_EMAILS[role]);
});

async function call(register: string, token: string, query = "") {
  const request = new Request(`http://localhost/api/v1/cycles/${cycleId}/export/${register}${query}`, { headers: { authorization: `Bearer ${token}` } });
  return exportXlsx(request, { params: Promise.resolve({ cycleId, register }) });
}

async function firstSheet(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0]!;
}

describe("GET /cycles/{cycleId}/export/{register}.xlsx", () => {
  it("gives the coordinator the monitor with the page's headers, one row per school of the cycle", async () => {
    const response = await call("monitor.xlsx", tokens.coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    const sheet = await firstSheet(response);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(MONITOR_COLUMNS.map((c) => c.header));
    const schools = await getDb().cycleSchool.count({ where: { cycleId } });
    expect(sheet.actualRowCount - 1).toBe(schools);
  });

  it("applies the page's filters: the events of one type only", async () => {
    const all = await firstSheet(await call("events.xlsx", tokens.coordinator));
    const webinars = await firstSheet(await call("events.xlsx", tokens.coordinator, "?type=webinar"));
    expect(webinars.actualRowCount).toBeGreaterThan(1);
    expect(webinars.actualRowCount).toBeLessThan(all.actualRowCount);
  });

  it("refuses a register the role may not read (403) and a school outside the curator's pairs (404)", async () => {
    expect((await call("monitor.xlsx", tokens.teacher)).status).toBe(403);
    expect((await call("roadmap.xlsx", tokens.curator, "?school=edu230101")).status).toBe(200);
    const outside = await call("roadmap.xlsx", tokens.curator, "?school=edu230103");
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });

  it("is 404 without the .xlsx suffix and 422 for an unknown register", async () => {
    expect((await call("monitor", tokens.coordinator)).status).toBe(404);
    expect((await call("budget.xlsx", tokens.coordinator)).status).toBe(422);
  });
});
