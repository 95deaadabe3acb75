/**
 * POST /api/v1/imports/{kind}: the /imports page's `runImport` through a
 * token — dry run, commit, the 422 with every row's errors and nothing
 * written, re-import updates, permission and scope.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importFile } from "@/app/api/v1/imports/[kind]/route";
import { getDb } from "@/lib/db/client";
import { uniqueSuffix } from "../support/db";
import { demoCycleId, DEMO_EMAILS, tokenFor } from "../support/api";
import { csvBytes } from "../support/imports";
import { createTestMunicipality } from "../support/test-municipality";

const HEADER = ["Код", "Наименование", "Краткое наименование", "Вид", "Категории"];
let cycleId = "";
let otherCycleId = "";
const tokens: Record<string, string> = {};

beforeAll(async () => {
  cycleId = await demoCycleId();
  for (const role of ["coordinator", "curator"] as const) tokens[role] = await tokenFor(DEMO_EMAILS[role]);
  const other = await createTestMunicipality();
  otherCycleId = (await getDb().cycle.create({ data: { municipalityId: other.municipality.id, year: 2025, title: "Чужой цикл" } })).id;
});

async function post(kind: string, token: string, query: string, bytes?: Uint8Array) {
  const form = new FormData();
  if (bytes) form.set("file", new File([new Uint8Array(bytes)], "школы.csv", { type: "text/csv" }));
  const request = new Request(`http://localhost/api/v1/imports/${kind}${query}`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
  // A browser or curl sends the length of the multipart body.
  const body = new Uint8Array(await request.clone().arrayBuffer());
  const sized = new Request(request, { headers: { authorization: `Bearer ${token}`, "content-type": request.headers.get("content-type")!, "content-length": String(body.length) } });
  const response = await importFile(sized, { params: Promise.resolve({ kind }) });
  return { status: response.status, body: (await response.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const schoolsFile = (codes: string[], kind = "СОШ") => csvBytes([HEADER, ...codes.map((c) => [c, `Школа ${c}`, `Ш ${c}`, kind, "ШНОР"])]);

describe("POST /imports/{kind}", () => {
  it("checks without writing by default, writes with dryRun=false, and updates on re-import", async () => {
    const codes = [`api${uniqueSuffix()}`, `api${uniqueSuffix()}`];
    const dry = await post("schools", tokens.coordinator, `?cycleId=${cycleId}`, schoolsFile(codes));
    expect(dry).toEqual({ status: 200, body: { kind: "schools", rows: 2, created: 2, updated: 0, errors: [] } });
    expect(await getDb().school.count({ where: { code: { in: codes } } })).toBe(0);

    const written = await post("schools", tokens.coordinator, `?cycleId=${cycleId}&dryRun=false`, schoolsFile(codes));
    expect(written.body).toMatchObject({ created: 2, updated: 0 });
    expect(await getDb().cycleSchool.count({ where: { cycleId, school: { code: { in: codes } } } })).toBe(2);

    const again = await post("schools", tokens.coordinator, `?cycleId=${cycleId}&dryRun=false`, schoolsFile(codes, "лицей"));
    expect(again.body).toMatchObject({ created: 0, updated: 2 });
    expect(await getDb().school.count({ where: { code: { in: codes }, kind: "lyceum" } })).toBe(2);
  });

  it("answers 422 with the row, column and Russian message of every bad row, and writes nothing", async () => {
    const good = `api${uniqueSuffix()}`;
    const bytes = csvBytes([HEADER, [good, "Школа", "Ш", "СОШ", "ШНОР"], [`api${uniqueSuffix()}`, "Школа", "Ш", "колледж", "ШНОР"]]);
    const { status, body } = await post("schools", tokens.coordinator, `?cycleId=${cycleId}&dryRun=false`, bytes);
    expect(status).toBe(422);
    expect(body).toMatchObject({ kind: "schools", rows: 2, created: 0, updated: 0 });
    expect(body.errors).toEqual([{ row: 3, column: "Вид", message: expect.stringMatching(/[а-я]/) }]);
    expect(await getDb().school.count({ where: { code: good } })).toBe(0);
  });

  it("refuses a role without import:run (403), another municipality's cycle (404) and a request without a file (422)", async () => {
    expect((await post("schools", tokens.curator, `?cycleId=${cycleId}`, schoolsFile([`api${uniqueSuffix()}`]))).status).toBe(403);
    const foreign = await post("schools", tokens.coordinator, `?cycleId=${otherCycleId}&dryRun=false`, schoolsFile([`api${uniqueSuffix()}`]));
    expect(foreign.status).toBe(404);
    const empty = await post("schools", tokens.coordinator, `?cycleId=${cycleId}`);
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe("VALIDATION");
    expect((await post("budget", tokens.coordinator, "", schoolsFile(["x"]))).status).toBe(422);
  });

  it("contingent: 422 with the rows' errors and nothing written, then the fixed file writes and its re-import updates", async () => {
    // A school of the demo municipality of its own, so the demo schools' contingent stays as seeded.
    const { municipalityId } = await getDb().cycle.findUniqueOrThrow({ where: { id: cycleId } });
    const code = `api${uniqueSuffix()}`;
    await getDb().school.create({ data: { municipalityId, code, name: `Школа ${code}`, shortName: code, kind: "sosh" } });
    const header = ["Код школы", "Год", "Обучающихся", "С ОВЗ", "Из малоимущих семей", "Из неполных семей"];
    const count = () => getDb().schoolContingent.count({ where: { school: { code } } });
    const bad = await post("contingent", tokens.coordinator, "?dryRun=false", csvBytes([header, [code, 2025, 200, 201, 10, 10], [code, 2024, "двести", 1, 1, 1]]));
    expect(bad).toEqual({
      status: 422,
      body: {
        kind: "contingent",
        rows: 2,
        created: 0,
        updated: 0,
        errors: [
          { row: 2, column: "С ОВЗ", message: "Обучающихся с ОВЗ не может быть больше, чем всего обучающихся (200)" },
          { row: 3, column: "Обучающихся", message: "Введите число" },
        ],
      },
    });
    expect(await count()).toBe(0);

    const written = await post("contingent", tokens.coordinator, "?dryRun=false", csvBytes([header, [code, 2025, 200, 20, 10, 10]]));
    expect(written).toEqual({ status: 200, body: { kind: "contingent", rows: 1, created: 1, updated: 0, errors: [] } });
    const again = await post("contingent", tokens.coordinator, "?dryRun=false", csvBytes([header, [code, 2025, 210, 21, 11, 11]]));
    expect(again.body).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect(await getDb().schoolContingent.findMany({ where: { school: { code } }, select: { students: true, version: true } })).toEqual([{ students: 210, version: 2 }]);
    expect((await post("contingent", tokens.curator, "", csvBytes([header, [code, 2025, 1, 0, 0, 0]]))).status).toBe(403);
  });
});
