import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { runImport, type ImportKind } from "@/lib/features/imports/run";
import { uniqueSuffix } from "../support/db";
import { csvBytes, xlsxBytes, type Line } from "../support/imports";

const db = () => getDb();
const actorOf = async (email: string): Promise<Actor> => (await loadActor((await db().user.findUniqueOrThrow({ where: { email } })).id, "session"))!;

let coordinator: Actor;
let cycleId: string;
let municipalityId: string;

beforeAll(async () => {
  coordinator = await actorOf("coordinator@opora.demo");
  const cycle = await db().cycle.findFirstOrThrow({ where: { year: 2025, municipality: { code: "armavir-demo" } } });
  cycleId = cycle.id;
  municipalityId = cycle.municipalityId;
});

function run(kind: ImportKind, bytes: Uint8Array, options: { dryRun?: boolean; cycle?: boolean; actor?: Actor; name?: string } = {}) {
  return runImport(options.actor ?? coordinator, {
    kind,
    cycleId: options.cycle === false ? undefined : cycleId,
    dryRun: options.dryRun ?? false,
    file: { name: options.name ?? `${kind}.csv`, bytes },
  });
}

/** New schools of the demo municipality, put in the 2025 cycle (through the schools import). */
async function newSchools(count: number, categories = "ШНОР"): Promise<string[]> {
  const codes = Array.from({ length: count }, () => `t${uniqueSuffix()}`);
  const result = await run("schools", csvBytes([["Код", "Наименование", "Краткое наименование", "Вид", "Категории"], ...codes.map((c) => [c, `Школа ${c}`, `Ш ${c}`, "СОШ", categories])]));
  expect(result.errors).toEqual([]);
  return codes;
}

async function otherMunicipality() {
  const suffix = uniqueSuffix();
  const m = await db().municipality.create({ data: { code: `imp-other-${suffix}`, name: "Другой город", region: "Тест", centerName: "Центр" } });
  const cycle = await db().cycle.create({ data: { municipalityId: m.id, year: 2025, title: "Чужой цикл" } });
  const school = await db().school.create({ data: { code: `o${suffix}`, municipalityId: m.id, name: "Чужая школа", shortName: "Чужая", kind: "sosh" } });
  const user = await db().user.create({ data: { email: `coord-${suffix}@other.test`, name: "Чужой координатор", roles: { create: { role: "coordinator", municipalityId: m.id } } } });
  return { m, cycle, school, coordinator: (await loadActor(user.id, "session"))! };
}

const SCHOOL_HEADER: Line = ["Код", "Наименование", "Краткое наименование", "Вид", "Категории"];

describe("schools", () => {
  it("creates schools from an .xlsx with their categories in the cycle, and updates them on re-import", async () => {
    const [a, b] = [`t${uniqueSuffix()}`, `t${uniqueSuffix()}`];
    const file = await xlsxBytes([SCHOOL_HEADER, [a, "Школа А", "Ш А", "СОШ", "ШНОР, 500+"], [b, "Школа Б", "Ш Б", "гимназия", "зона риска"]]);
    const before = await db().auditLog.count({ where: { action: "import.schools" } });
    const result = await run("schools", file, { name: "школы.xlsx" });
    expect(result).toEqual({ kind: "schools", rows: 2, created: 2, updated: 0, errors: [] });
    const school = await db().school.findUniqueOrThrow({ where: { code: a }, include: { cycleSchools: true } });
    expect(school).toMatchObject({ municipalityId, name: "Школа А", kind: "sosh" });
    expect(school.cycleSchools).toEqual([expect.objectContaining({ cycleId, categories: ["shnor", "p500"] })]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "import.schools" }, orderBy: { id: "desc" } });
    expect(await db().auditLog.count({ where: { action: "import.schools" } })).toBe(before + 1);
    expect(audit.meta).toMatchObject({ kind: "schools", file: "школы.xlsx", sha256: expect.stringMatching(/^[0-9a-f]{64}$/), format: "xlsx" });
    expect(audit.after).toEqual({ rows: 2, created: 2, updated: 0 });

    const again = await run("schools", await xlsxBytes([SCHOOL_HEADER, [a, "Школа А (изм.)", "Ш А", "СОШ", "ШНСУ"], [b, "Школа Б", "Ш Б", "Гимназия", "зона риска"]]));
    expect(again).toMatchObject({ created: 0, updated: 2, errors: [] });
    expect(await db().school.count({ where: { code: { in: [a, b] } } })).toBe(2);
    const updated = await db().school.findUniqueOrThrow({ where: { code: a }, include: { cycleSchools: true } });
    expect(updated).toMatchObject({ name: "Школа А (изм.)", version: 2 });
    expect(updated.cycleSchools).toEqual([expect.objectContaining({ categories: ["shnsu"], version: 2 })]);
  });

  it("writes nothing when one row is bad and reports row, column and message in Russian", async () => {
    const [a, b] = [`t${uniqueSuffix()}`, `t${uniqueSuffix()}`];
    const schools = await db().school.count();
    const audits = await db().auditLog.count();
    const result = await run("schools", csvBytes([SCHOOL_HEADER, [a, "Школа", "Ш", "СОШ", "ШНОР"], [b, "Школа", "Ш", "Колледж", "ШНОР"]]));
    expect(result).toEqual({
      kind: "schools",
      rows: 2,
      created: 0,
      updated: 0,
      errors: [{ row: 3, column: "Вид", message: "Неизвестный вид школы «Колледж»: допустимы СОШ, ООШ, Гимназия, Лицей, Иная ОО" }],
    });
    expect(await db().school.count()).toBe(schools);
    expect(await db().auditLog.count()).toBe(audits);
  });

  it("counts in a dry run without writing", async () => {
    const code = `t${uniqueSuffix()}`;
    const result = await run("schools", csvBytes([SCHOOL_HEADER, [code, "Школа", "Ш", "ООШ", ""], ["edu230101", "МБОУ-ООШ № 21 полное", "МБОУ-ООШ № 21", "ООШ", ""]]), { dryRun: true });
    expect(result).toEqual({ kind: "schools", rows: 2, created: 1, updated: 1, errors: [] });
    expect(await db().school.count({ where: { code } })).toBe(0);
    expect((await db().school.findUniqueOrThrow({ where: { code: "edu230101" } })).name).not.toBe("МБОУ-ООШ № 21 полное");
  });

  it("refuses a code of another municipality's school, without naming it", async () => {
    const other = await otherMunicipality();
    const result = await run("schools", csvBytes([SCHOOL_HEADER, [other.school.code, "Моя", "Моя", "СОШ", ""]]));
    expect(result.errors).toEqual([{ row: 2, column: "Код", message: `Код «${other.school.code}» уже занят школой другого муниципалитета` }]);
    expect(JSON.stringify(result)).not.toContain("Чужая");
    expect((await db().school.findUniqueOrThrow({ where: { id: other.school.id } })).name).toBe("Чужая школа");
  });

  it("refuses a curator (no import:run) and a cycle of another municipality", async () => {
    const file = csvBytes([SCHOOL_HEADER, [`t${uniqueSuffix()}`, "Школа", "Ш", "СОШ", ""]]);
    await expect(run("schools", file, { actor: await actorOf("curator@opora.demo") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await otherMunicipality();
    await expect(run("schools", file, { actor: other.coordinator })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reports unreadable files and missing columns at row 1", async () => {
    expect((await run("schools", new Uint8Array())).errors).toEqual([{ row: 1, column: null, message: "Файл пустой." }]);
    const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
    expect((await run("schools", pdf)).errors[0]).toMatchObject({ row: 1, message: "Файл не похож на таблицу: загрузите .xlsx или .csv." });
    const missing = await run("schools", csvBytes([["Код", "Наименование"], ["x1", "Школа"]]));
    expect(missing.errors).toEqual([
      { row: 1, column: "Краткое наименование", message: "Нет обязательного столбца «Краткое наименование»" },
      { row: 1, column: "Вид", message: "Нет обязательного столбца «Вид»" },
    ]);
    expect((await run("schools", csvBytes([SCHOOL_HEADER]))).errors).toEqual([{ row: 2, column: null, message: "В файле нет строк с данными" }]);
  });

  it("needs a cycle for categories", async () => {
    const result = await run("schools", csvBytes([SCHOOL_HEADER, [`t${uniqueSuffix()}`, "Школа", "Ш", "СОШ", "ШНОР"]]), { cycle: false });
    expect(result.errors).toEqual([{ row: 2, column: "Категории", message: "Категории задаются в цикле: выберите цикл перед загрузкой" }]);
  });
});
