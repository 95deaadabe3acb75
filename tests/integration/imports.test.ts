import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { KIND_SPECS } from "@/lib/features/imports/kinds";
import { IMPORT_KINDS, runImport, type ImportKind } from "@/lib/features/imports/run";
import { templateCsv } from "@/lib/features/imports/template";
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

/**
 * A person of the demo municipality with one role, so that these tests never change what the demo
 * accounts see (tests/integration/scope.test.ts spells that out).
 */
async function demoPerson(role: "curator" | "tutor" | "teacher", schoolCode = "edu230101") {
  const school = role === "teacher" ? await db().school.findUniqueOrThrow({ where: { code: schoolCode } }) : null;
  return db().user.create({
    data: { email: `${role}-${uniqueSuffix()}@example.test`, name: `Тест ${role}`, roles: { create: { role, municipalityId, schoolId: school?.id ?? null } } },
  });
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

describe("users", () => {
  const HEADER: Line = ["ФИО", "Email", "Роль", "Код школы", "Должность"];

  it("creates users without a password and with scoped roles, and updates them on re-import", async () => {
    const s = uniqueSuffix();
    const file = csvBytes([HEADER, ["Новый Педагог", `T-${s}@Example.test`, "Педагог", "edu230101", "учитель"], ["Новый Куратор", `c-${s}@example.test`, "куратор", "", ""]], { separator: "," });
    const result = await run("users", file, { cycle: false });
    expect(result).toEqual({ kind: "users", rows: 2, created: 2, updated: 0, errors: [] });
    const teacher = await db().user.findUniqueOrThrow({ where: { email: `t-${s}@example.test` }, include: { roles: true } });
    expect(teacher.passwordHash).toBeNull();
    const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
    expect(teacher.roles).toEqual([expect.objectContaining({ role: "teacher", municipalityId, schoolId: school.id })]);
    const curator = await db().user.findUniqueOrThrow({ where: { email: `c-${s}@example.test` }, include: { roles: true } });
    expect(curator.roles).toEqual([expect.objectContaining({ role: "curator", municipalityId, schoolId: null })]);

    const again = await run("users", csvBytes([HEADER, ["Педагог Переименован", `t-${s}@example.test`, "Педагог", "edu230101", ""]]), { cycle: false });
    expect(again).toMatchObject({ created: 0, updated: 1, errors: [] });
    const after = await db().user.findUniqueOrThrow({ where: { id: teacher.id }, include: { roles: true } });
    expect(after).toMatchObject({ name: "Педагог Переименован", position: "учитель", version: 2 });
    expect(after.roles).toHaveLength(1);
  });

  it("refuses privilege escalation and foreign accounts; writes nothing", async () => {
    const s = uniqueSuffix();
    const users = await db().user.count();
    const result = await run(
      "users",
      csvBytes([
        HEADER,
        ["Хороший", `ok-${s}@example.test`, "Педагог", "edu230101", ""],
        ["Админ", `a-${s}@example.test`, "Администратор", "", ""],
        ["Коорд", `k-${s}@example.test`, "Муниципальный координатор", "", ""],
        ["Сам координатор", "coordinator@opora.demo", "Куратор", "", ""],
        ["Без школы", `n-${s}@example.test`, "Педагог", "", ""],
      ]),
      { cycle: false },
    );
    expect(result.created).toBe(0);
    expect(result.errors).toEqual([
      { row: 3, column: "Роль", message: "Роль «Администратор» нельзя назначить загрузкой из файла" },
      { row: 4, column: "Роль", message: "Роль «Муниципальный координатор» может назначить только администратор" },
      { row: 5, column: "Email", message: "Этот адрес занят учётной записью, которую вы не можете изменять" },
      { row: 6, column: "Код школы", message: "Для роли «Педагог» укажите код школы" },
    ]);
    expect(await db().user.count()).toBe(users);
    expect(await db().roleAssignment.count({ where: { user: { email: "coordinator@opora.demo" }, role: "curator" } })).toBe(0);
  });

  it("lets the administrator add a coordinator, with the municipality from the cycle", async () => {
    const s = uniqueSuffix();
    const admin = await actorOf("admin@opora.demo");
    const result = await run("users", csvBytes([HEADER, ["Второй Координатор", `k-${s}@example.test`, "Координатор", "", ""]]), { actor: admin });
    expect(result).toMatchObject({ created: 1, errors: [] });
    expect(await db().roleAssignment.findFirst({ where: { user: { email: `k-${s}@example.test` }, role: "coordinator", municipalityId } })).not.toBeNull();
    const withoutCycle = await run("users", csvBytes([HEADER, ["Ещё", `x-${s}@example.test`, "Куратор", "", ""]]), { actor: admin, cycle: false });
    expect(withoutCycle.errors).toEqual([{ row: 1, column: null, message: "Выберите цикл: по нему определяется муниципалитет" }]);
  });
});

describe("pairings", () => {
  const HEADER: Line = ["Код школы", "Email куратора", "Дата закрепления", "Учебный год"];

  it("pairs curators with schools of the cycle, updates the same pair and re-pairs to another curator", async () => {
    const [a, b] = await newSchools(2);
    const [one, two] = [(await demoPerson("curator")).email, (await demoPerson("curator")).email];
    const result = await run("pairings", csvBytes([HEADER, [a, one, "01.09.2025", "2025-2026"], [b, two, "", ""]]));
    expect(result).toEqual({ kind: "pairings", rows: 2, created: 2, updated: 0, errors: [] });
    const pairingOf = (code: string) => db().curatorPairing.findMany({ where: { cycleSchool: { cycleId, school: { code } } }, include: { curator: true }, orderBy: { createdAt: "asc" } });
    expect(await pairingOf(a)).toEqual([expect.objectContaining({ active: true, schoolYear: "2025-2026", pairedOn: new Date("2025-09-01T00:00:00Z") })]);

    const again = await run("pairings", csvBytes([HEADER, [a, one, "02.09.2025", "2025-2026"], [b, one, "", ""]]));
    expect(again).toMatchObject({ created: 0, updated: 2, errors: [] });
    expect(await pairingOf(a)).toEqual([expect.objectContaining({ active: true, pairedOn: new Date("2025-09-02T00:00:00Z"), version: 2 })]);
    const bPairings = await pairingOf(b);
    expect(bPairings.map((p) => [p.curator.email, p.active])).toEqual([
      [two, false],
      [one, true],
    ]);
  });

  it("refuses a non-curator, a school outside the cycle and a missing cycle; writes nothing", async () => {
    const [a] = await newSchools(1);
    const pairings = await db().curatorPairing.count();
    const result = await run("pairings", csvBytes([HEADER, [a, "teacher@opora.demo", "", ""], ["edu230108", "curator@opora.demo", "", ""]]));
    expect(result.errors).toEqual([
      { row: 2, column: "Email куратора", message: "Пользователь teacher@opora.demo не является куратором муниципалитета" },
      { row: 3, column: "Код школы", message: "Школа с кодом «edu230108» не найдена в муниципалитете или не включена в списки цикла" },
    ]);
    expect(await db().curatorPairing.count()).toBe(pairings);
    const noCycle = await run("pairings", csvBytes([HEADER, [a, (await demoPerson("curator")).email, "", ""]]), { cycle: false });
    expect(noCycle.errors).toEqual([{ row: 1, column: null, message: "Выберите цикл: загрузка «Закрепление кураторов» относится к циклу" }]);
  });
});

describe("risk-indicators", () => {
  const HEADER: Line = ["Код школы", "Код показателя", "Значение"];

  it("fills a new draft profile with flagged values and updates them on re-import", async () => {
    const [a] = await newSchools(1);
    const result = await run("risk-indicators", csvBytes([HEADER, [a, "1.1", "45,5"], [a, "1.4", "да"], [a, "3.4", "10"]]));
    expect(result).toEqual({ kind: "risk-indicators", rows: 3, created: 3, updated: 0, errors: [] });
    const profile = await db().riskProfile.findFirstOrThrow({ where: { cycleSchool: { cycleId, school: { code: a } } }, include: { values: { include: { indicator: true } } } });
    expect(profile.status).toBe("draft");
    const byCode = Object.fromEntries(profile.values.map((v) => [v.indicator.code, [Number(v.value), v.flagged]]));
    expect(byCode).toEqual({ "1.1": [45.5, true], "1.4": [1, true], "3.4": [10, false] });

    const again = await run("risk-indicators", csvBytes([HEADER, [a, "1.1", "75"]]));
    expect(again).toMatchObject({ created: 0, updated: 1, errors: [] });
    const value = await db().riskIndicatorValue.findFirstOrThrow({ where: { profileId: profile.id, indicator: { code: "1.1" } } });
    expect([Number(value.value), value.flagged]).toEqual([75, false]);
    expect((await db().riskProfile.findUniqueOrThrow({ where: { id: profile.id } })).version).toBe(2);
    expect(await db().riskIndicatorValue.count({ where: { profileId: profile.id } })).toBe(3);
  });

  it("refuses a confirmed profile, unknown indicators and out-of-range values; writes nothing", async () => {
    const [a] = await newSchools(1);
    const values = await db().riskIndicatorValue.count();
    const result = await run("risk-indicators", csvBytes([HEADER, ["edu230101", "1.1", "50"], [a, "99.9", "1"], [a, "1.4", "2"], [a, "1.1", "101"], [a, "1.2", "абв"]]));
    expect(result.errors).toEqual([
      { row: 2, column: "Код школы", message: "Рисковый профиль школы отправлен на проверку или подтверждён: изменять значения нельзя" },
      { row: 3, column: "Код показателя", message: "Показателя «99.9» нет в каталоге 2025 года" },
      { row: 4, column: "Значение", message: "Выберите «да» или «нет»" },
      { row: 5, column: "Значение", message: "Балл — от 0 до 100" },
      { row: 6, column: "Значение", message: "Значение — число или «да»/«нет»" },
    ]);
    expect(await db().riskIndicatorValue.count()).toBe(values);
    expect(await db().riskProfile.count({ where: { cycleSchool: { school: { code: a } } } })).toBe(0);
  });
});

const DIAG_HEADER: Line = ["ФИО", "Email", "Код школы", "Вид диагностики", "Дата", "Предметная", "Методическая", "Цифровая", "Коммуникативная", "Психолого-педагогическая"];

describe("diagnostics", () => {
  it("creates an unknown teacher as a teacher of that school, records the diagnostics and updates them on re-import", async () => {
    const s = uniqueSuffix();
    const email = `diag-${s}@example.test`;
    const school = await db().school.findUniqueOrThrow({ where: { code: "edu230102" } });
    const file = await xlsxBytes([
      DIAG_HEADER,
      ["Иванова Ирина Ивановна", email, "edu230102", "Входная", "15.01.2025", "72,5", 64, 58, 80, 70],
      ["Иванова Ирина Ивановна", email, "edu230102", "повторная", new Date(Date.UTC(2025, 4, 20)), 85, 80.25, 70, 82, 75],
    ]);
    const result = await run("diagnostics", file, { name: "diag.xlsx" });
    expect(result).toEqual({ kind: "diagnostics", rows: 2, created: 2, updated: 0, errors: [] });
    const teacher = await db().user.findUniqueOrThrow({ where: { email }, include: { roles: true, diagnostics: { orderBy: { kind: "asc" } } } });
    expect(teacher).toMatchObject({ name: "Иванова Ирина Ивановна", passwordHash: null });
    expect(teacher.roles).toEqual([expect.objectContaining({ role: "teacher", schoolId: school.id, municipalityId })]);
    expect(teacher.diagnostics.map((d) => [d.kind, d.date.toISOString().slice(0, 10), Number(d.subject), Number(d.methodological)])).toEqual([
      ["entry", "2025-01-15", 72.5, 64],
      ["repeat", "2025-05-20", 85, 80.25],
    ]);

    const again = await run("diagnostics", csvBytes([DIAG_HEADER, ["Иванова Ирина Ивановна", email, "edu230102", "входная", "16.01.2025", "73", "64", "58", "80", "70"]]));
    expect(again).toMatchObject({ created: 0, updated: 1, errors: [] });
    const entry = await db().competencyDiagnostic.findFirstOrThrow({ where: { teacherId: teacher.id, kind: "entry" } });
    expect([Number(entry.subject), entry.version, entry.date.toISOString().slice(0, 10)]).toEqual([73, 2, "2025-01-16"]);
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect(await db().competencyDiagnostic.count({ where: { teacherId: teacher.id } })).toBe(2);
  });

  it("writes nothing (not even the new teacher) when one row is bad", async () => {
    const s = uniqueSuffix();
    const [users, diagnostics] = [await db().user.count(), await db().competencyDiagnostic.count()];
    const result = await run(
      "diagnostics",
      csvBytes([
        DIAG_HEADER,
        ["Новый Педагог", `ok-${s}@example.test`, "edu230102", "входная", "15.01.2025", 50, 50, 50, 50, 50],
        ["Плохой Педагог", `bad-${s}@example.test`, "edu230102", "итоговая", "31.02.2025", 120, 50, 50, 50, 50],
        ["Куратор", "curator@opora.demo", "edu230102", "входная", "15.01.2025", 50, 50, 50, 50, 50],
      ]),
    );
    expect(result.errors).toEqual([
      { row: 3, column: "Вид диагностики", message: "Неизвестный вид диагностики «итоговая»: допустимы «входная», «повторная»" },
      { row: 3, column: "Дата", message: "Укажите дату в формате ДД.ММ.ГГГГ" },
      { row: 3, column: "Предметная", message: "Укажите значение от 0 до 100 %" },
      { row: 4, column: "Email", message: "Пользователь curator@opora.demo не является педагогом школы «edu230102»" },
    ]);
    expect(await db().user.count()).toBe(users);
    expect(await db().competencyDiagnostic.count()).toBe(diagnostics);
  });
});

describe("exam-results", () => {
  const HEADER: Line = ["Код школы", "Год", "Процедура", "Предмет", "Класс", "Участников", "Средний балл", "Доля неудовлетворительных, %", "Качество знаний, %", "Успеваемость, %"];

  it("records results by the unique key and updates them on re-import", async () => {
    const [a] = await newSchools(1);
    const file = csvBytes([HEADER, [a, 2025, "ОГЭ", "математика", "", 40, "3,6", "7,5", "45", "92,5"], [a, 2025, "ВПР", "Русский язык", 5, 50, "", "10", "40", "90"]]);
    const result = await run("exam-results", file, { cycle: false });
    expect(result).toEqual({ kind: "exam-results", rows: 2, created: 2, updated: 0, errors: [] });
    const rows = await db().examResult.findMany({ where: { school: { code: a } }, orderBy: { exam: "asc" } });
    expect(rows.map((r) => [r.exam, r.grade, r.participants, r.avgScore === null ? null : Number(r.avgScore), Number(r.failShare)])).toEqual([
      ["oge", 0, 40, 3.6, 7.5],
      ["vpr", 5, 50, null, 10],
    ]);
    const again = await run("exam-results", csvBytes([HEADER, [a, 2025, "ОГЭ", "Математика", "", 41, "3,7", "7", "46", "93"]]), { cycle: false });
    expect(again).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect(await db().examResult.count({ where: { school: { code: a } } })).toBe(2);
    expect((await db().examResult.findFirstOrThrow({ where: { school: { code: a }, exam: "oge" } })).participants).toBe(41);
  });

  it("refuses unknown subjects, a foreign school and a ВПР without a class; writes nothing", async () => {
    const other = await otherMunicipality();
    const results = await db().examResult.count();
    const result = await run("exam-results", csvBytes([HEADER, ["edu230101", 2025, "ЕГЭ", "Астрология", "", 10, 50, "", "", ""], [other.school.code, 2025, "ЕГЭ", "Математика", "", 10, 50, "", "", ""], ["edu230101", 2025, "ВПР", "Математика", "", 10, "", "", "", ""]]), { cycle: false });
    expect(result.errors).toEqual([
      { row: 2, column: "Предмет", message: "Предмет «Астрология» не найден в справочнике" },
      { row: 3, column: "Код школы", message: `Школа с кодом «${other.school.code}» не найдена в муниципалитете` },
      { row: 4, column: "Класс", message: "Для ВПР укажите класс" },
    ]);
    expect(await db().examResult.count()).toBe(results);
  });
});

describe("events", () => {
  const HEADER: Line = ["Дата", "Вид мероприятия", "Тема", "Формат", "Аудитория", "Участников", "Модуль", "Проект", "Коды школ"];

  it("registers events from a Windows-1251 CSV, «семинар» meaning a seminar, and updates them on re-import", async () => {
    const topic = `Импорт ${uniqueSuffix()}`;
    const module = await db().planModule.findFirstOrThrow({ where: { municipalityId }, orderBy: { title: "asc" } });
    const file = csvBytes(
      [HEADER, ["15.10.2025", "семинар", topic, "очно", "Педагоги", 12, module.title.toUpperCase(), "Методический абонемент", "edu230101, edu230102"], ["16.10.2025", "ВЕБИНАР", topic, "Дистанционно", "Административные команды", "", "", "", ""]],
      { encoding: "windows-1251" },
    );
    const result = await run("events", file, { cycle: false });
    expect(result).toEqual({ kind: "events", rows: 2, created: 2, updated: 0, errors: [] });
    const events = await db().supportEvent.findMany({ where: { topic }, include: { schools: true }, orderBy: { date: "asc" } });
    expect(events.map((e) => [e.type, e.format, e.participants, e.moduleId, e.schools.length, e.cycleId])).toEqual([
      ["seminar", "in_person", 12, module.id, 2, cycleId],
      ["webinar", "remote", 0, null, 0, cycleId],
    ]);
    const again = await run("events", csvBytes([HEADER, ["15.10.2025", "Практико-ориентированный семинар", topic.toLowerCase(), "Очно", "Педагоги", 30, "", "", "edu230103"]]), { cycle: false });
    expect(again).toMatchObject({ created: 0, updated: 1, errors: [] });
    const updated = await db().supportEvent.findUniqueOrThrow({ where: { id: events[0]!.id }, include: { schools: true } });
    expect([updated.participants, updated.version, updated.schools.map((s) => s.code)]).toEqual([30, 2, ["edu230103"]]);
    expect(await db().supportEvent.count({ where: { topic: { equals: topic, mode: "insensitive" } } })).toBe(2);
  });

  it("refuses unknown types, modules and schools; writes nothing", async () => {
    const events = await db().supportEvent.count();
    const result = await run("events", csvBytes([HEADER, ["15.10.2025", "Вечеринка", "Т", "Очно", "Педагоги", 1, "", "", ""], ["15.10.2025", "Вебинар", "Т", "Очно", "Педагоги", "-1", "Нет такого", "", "edu000000"]]), { cycle: false });
    expect(result.errors).toEqual([
      { row: 2, column: "Вид мероприятия", message: expect.stringMatching(/^Неизвестный вид мероприятия «Вечеринка»: допустимы Практико-ориентированный семинар, Вебинар/) },
      { row: 3, column: "Участников", message: "Число участников — от 0 до 100 000" },
    ]);
    expect(await db().supportEvent.count()).toBe(events);
    const second = await run("events", csvBytes([HEADER, ["15.10.2025", "Вебинар", "Т", "Очно", "Педагоги", "1", "Нет такого", "", "edu000000"]]), { cycle: false });
    expect(second.errors).toEqual([
      { row: 2, column: "Модуль", message: "Модуль «Нет такого» не найден в каталоге муниципалитета" },
      { row: 2, column: "Коды школ", message: "Школа с кодом «edu000000» не найдена в муниципалитете" },
    ]);
  });
});

describe("consultations", () => {
  const HEADER: Line = ["Дата", "Email тьютора", "Email педагога", "Предмет", "Модуль", "Форма", "Функции тьютора", "Содержание"];

  it("logs consultations and updates them on re-import", async () => {
    const date = "15.03.2024";
    const [tutor, teacher] = [(await demoPerson("tutor")).email, (await demoPerson("teacher")).email];
    const file = csvBytes([HEADER, [date, tutor, teacher, "Физика", "Предметная компетентность", "Индивидуальная", "Консультационная, диагностическая", "Разбор"]], { encoding: "utf-8-bom", separator: "," });
    const before = await db().consultation.count();
    const result = await run("consultations", file, { cycle: false });
    expect(result).toEqual({ kind: "consultations", rows: 1, created: 1, updated: 0, errors: [] });
    const again = await run("consultations", csvBytes([HEADER, [date, tutor, teacher, "физика", "Оценочная деятельность педагога", "Групповая", "Моделирующая", "Разбор 2"]]), { cycle: false });
    expect(again).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect(await db().consultation.count()).toBe(before + 1);
    const row = await db().consultation.findFirstOrThrow({ where: { notes: "Разбор 2", teacher: { email: teacher } }, include: { school: true } });
    expect(row.school.code).toBe("edu230101");
    expect([row.module, row.form, row.functions, row.version]).toEqual(["assessment", "group", ["modeling"], 2]);
  });

  it("refuses a tutor e-mail that is not a tutor's; writes nothing", async () => {
    const before = await db().consultation.count();
    const result = await run("consultations", csvBytes([HEADER, ["01.03.2024", "teacher@opora.demo", "teacher@opora.demo", "Физика", "Предметная компетентность", "Индивидуальная", "", ""]]), { cycle: false });
    expect(result.errors).toEqual([
      { row: 2, column: "Функции тьютора", message: "Укажите хотя бы одну функцию тьютора" },
    ]);
    const second = await run("consultations", csvBytes([HEADER, ["01.03.2024", "teacher@opora.demo", "teacher@opora.demo", "Физика", "Предметная компетентность", "Индивидуальная", "Поддерживающая", ""]]), { cycle: false });
    expect(second.errors).toEqual([{ row: 2, column: "Email тьютора", message: "Пользователь teacher@opora.demo не является тьютором муниципалитета" }]);
    expect(await db().consultation.count()).toBe(before);
  });
});

describe("contingent", () => {
  const HEADER: Line = ["Код школы", "Год", "Обучающихся", "С ОВЗ", "Из малоимущих семей", "Из неполных семей"];
  const counts = (code: string) =>
    db().schoolContingent.findMany({ where: { school: { code } }, orderBy: { year: "asc" }, select: { year: true, students: true, ovzStudents: true, lowIncomeStudents: true, singleParentStudents: true, version: true } });

  it("creates school years from an .xlsx, with the import's audit row, and updates them on re-import without duplicates", async () => {
    const [a, b] = await newSchools(2);
    const file = await xlsxBytes([HEADER, [a, 2024, 300, 30, 60, 45], [a, 2025, 310, 31, 62, 0], [b, 2025, 120, 0, 0, 0]]);
    const result = await run("contingent", file, { cycle: false, name: "контингент.xlsx" });
    expect(result).toEqual({ kind: "contingent", rows: 3, created: 3, updated: 0, errors: [] });
    expect(await counts(a)).toEqual([
      { year: 2024, students: 300, ovzStudents: 30, lowIncomeStudents: 60, singleParentStudents: 45, version: 1 },
      { year: 2025, students: 310, ovzStudents: 31, lowIncomeStudents: 62, singleParentStudents: 0, version: 1 },
    ]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "import.contingent", actorId: coordinator.userId }, orderBy: { id: "desc" } });
    expect([audit.after, (audit.meta as { file: string; format: string }).file, (audit.meta as { format: string }).format]).toEqual([{ rows: 3, created: 3, updated: 0 }, "контингент.xlsx", "xlsx"]);

    const again = await run("contingent", csvBytes([HEADER, [a, 2025, 315, 33, 64, 12], [b, 2026, 125, 1, 2, 3]]), { cycle: false });
    expect(again).toEqual({ kind: "contingent", rows: 2, created: 1, updated: 1, errors: [] });
    expect(await counts(a)).toEqual([
      { year: 2024, students: 300, ovzStudents: 30, lowIncomeStudents: 60, singleParentStudents: 45, version: 1 },
      { year: 2025, students: 315, ovzStudents: 33, lowIncomeStudents: 64, singleParentStudents: 12, version: 2 },
    ]);
    expect((await counts(b)).map((c) => c.year)).toEqual([2025, 2026]);
  });

  it("previews every row's errors in Russian and writes nothing: bad counts, a group above the students, a duplicate school year, an unknown school", async () => {
    const [a] = await newSchools(1);
    const before = await db().schoolContingent.count();
    const file = csvBytes([
      HEADER,
      [a, 2025, 100, 10, 10, 10],
      [a, 1999, "сто", "-1", "", 5],
      [a, 2024, 100, 101, 100, 0],
      [a, 2025, 200, 1, 1, 1],
      ["edu000000", 2025, 1, 0, 0, 0],
    ]);
    const dry = await run("contingent", file, { cycle: false, dryRun: true });
    expect(dry).toMatchObject({ rows: 5, created: 0, updated: 0 });
    expect(dry.errors).toEqual([
      { row: 3, column: "Год", message: "Год — от 2000 до 2100" },
      { row: 3, column: "Обучающихся", message: "Введите число" },
      { row: 3, column: "С ОВЗ", message: "Целое число от 0 до 100 000" },
      { row: 3, column: "Из малоимущих семей", message: "Укажите число обучающихся из малоимущих семей (0, если их нет)" },
      { row: 4, column: "С ОВЗ", message: "Обучающихся с ОВЗ не может быть больше, чем всего обучающихся (100)" },
      { row: 5, column: "Год", message: "Контингент этой школы за этот год уже указан в строке 2" },
      { row: 6, column: "Код школы", message: "Школа с кодом «edu000000» не найдена в муниципалитете" },
    ]);
    const commit = await run("contingent", file, { cycle: false });
    expect(commit).toMatchObject({ created: 0, updated: 0 });
    expect(commit.errors).toEqual(dry.errors);
    expect(await db().schoolContingent.count()).toBe(before);
  });

  it("a coordinator imports for their own municipality only: another municipality's school is a row error and nothing is written", async () => {
    const other = await otherMunicipality();
    const [own] = await newSchools(1);
    const before = await db().schoolContingent.count();
    const file = csvBytes([HEADER, [own, 2025, 50, 1, 2, 3], [other.school.code, 2025, 60, 1, 2, 3]]);
    const result = await run("contingent", file, { cycle: false });
    expect(result).toMatchObject({ rows: 2, created: 0, updated: 0 });
    expect(result.errors).toEqual([{ row: 3, column: "Код школы", message: `Школа с кодом «${other.school.code}» не найдена в муниципалитете` }]);
    expect(await db().schoolContingent.count()).toBe(before);
    // The other municipality's coordinator loads it; the demo school is foreign to them.
    const theirs = await run("contingent", csvBytes([HEADER, [other.school.code, 2025, 60, 1, 2, 3], ["edu230101", 2025, 1, 0, 0, 0]]), { cycle: false, actor: other.coordinator });
    expect(theirs.errors).toEqual([{ row: 3, column: "Код школы", message: "Школа с кодом «edu230101» не найдена в муниципалитете" }]);
    expect(await run("contingent", csvBytes([HEADER, [other.school.code, 2025, 60, 1, 2, 3]]), { cycle: false, actor: other.coordinator })).toMatchObject({ created: 1, errors: [] });
  });

  it("is refused to a curator (no import:run)", async () => {
    const curator = await actorOf("curator@opora.demo");
    await expect(run("contingent", csvBytes([HEADER, ["edu230101", 2025, 1, 0, 0, 0]]), { cycle: false, actor: curator })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("dry runs", () => {
  it("count what a valid file would create for every kind that writes into a cycle, and write nothing", async () => {
    const [a] = await newSchools(1);
    const curator = await demoPerson("curator");
    const s = uniqueSuffix();
    const files: [ImportKind, Uint8Array][] = [
      ["users", csvBytes([["ФИО", "Email", "Роль", "Код школы"], ["Проба", `dry-${s}@example.test`, "Педагог", a]])],
      ["pairings", csvBytes([["Код школы", "Email куратора"], [a, curator.email]])],
      ["risk-indicators", csvBytes([["Код школы", "Код показателя", "Значение"], [a, "1.1", "40"]])],
      ["diagnostics", csvBytes([DIAG_HEADER, ["Проба", `dry-${s}@example.test`, a, "входная", "15.01.2025", 1, 2, 3, 4, 5]])],
      ["exam-results", csvBytes([["Код школы", "Год", "Процедура", "Предмет", "Участников"], [a, 2024, "ЕГЭ", "Химия", 3]])],
      ["events", csvBytes([["Дата", "Вид мероприятия", "Тема", "Формат", "Аудитория"], ["01.12.2025", "Тренинг", `Проба ${s}`, "Очно", "Педагоги"]])],
      ["contingent", csvBytes([["Код школы", "Год", "Обучающихся", "С ОВЗ", "Из малоимущих семей", "Из неполных семей"], [a, 2025, 100, 1, 2, 3]])],
    ];
    const counts = () =>
      Promise.all([db().user.count(), db().curatorPairing.count(), db().riskIndicatorValue.count(), db().riskProfile.count(), db().competencyDiagnostic.count(), db().examResult.count(), db().supportEvent.count(), db().schoolContingent.count(), db().auditLog.count()]);
    const before = await counts();
    for (const [kind, bytes] of files) {
      expect(await run(kind, bytes, { dryRun: true }), kind).toEqual({ kind, rows: 1, created: 1, updated: 0, errors: [] });
    }
    expect(await counts()).toEqual(before);
  });
});

describe("templates", () => {
  // What a new user does first: download the template and upload it as it is.
  for (const kind of IMPORT_KINDS) {
    it(`the ${kind} template's example row passes the check on the demo data`, async () => {
      const result = await run(kind, templateCsv(kind), { dryRun: true, cycle: KIND_SPECS[kind].cycle !== "none" });
      expect(result.errors).toEqual([]);
      expect(result.rows).toBe(1);
    });
  }
});
