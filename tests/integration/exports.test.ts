/**
 * The .xlsx exports of every register on the demo data: the header row is the
 * columns module's (the page's) headers, the rows are what the page query
 * returns for the same filters, filters narrow, scope and permissions hold,
 * and the route handlers answer a download.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as consultationsRoute } from "@/app/(app)/consultations/export/route";
import { GET as diagnosticsRoute } from "@/app/(app)/diagnostics/export/route";
import { GET as eventsRoute } from "@/app/(app)/events/export/route";
import { GET as roadmapRoute } from "@/app/(app)/schools/[code]/roadmap/export/route";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { CONSULTATION_COLUMNS } from "@/lib/features/consultations/columns";
import { listConsultations } from "@/lib/features/consultations/queries";
import { consultationListQuerySchema } from "@/lib/features/consultations/schemas";
import { DIAGNOSTIC_SUMMARY_COLUMNS, DIAGNOSTIC_TEACHER_COLUMNS } from "@/lib/features/diagnostics/columns";
import { getDiagnosticsOverview } from "@/lib/features/diagnostics/queries";
import { EVENT_COLUMNS } from "@/lib/features/events/columns";
import { listEvents } from "@/lib/features/events/queries";
import { eventListQuerySchema } from "@/lib/features/events/schemas";
import { EXAM_RESULT_COLUMNS } from "@/lib/features/exam-results/columns";
import { buildExport, EXPORT_REGISTERS, type ExportRegister } from "@/lib/features/exports/registry";
import { asciiFilename, INFO_SHEET } from "@/lib/features/exports/workbook";
import { MONITOR_COLUMNS } from "@/lib/features/monitor/columns";
import { filterMonitorRows, getMonitorCycleOrNotFound, getMonitorRows } from "@/lib/features/monitor/queries";
import { ROADMAP_MEASURE_COLUMNS, ROADMAP_SECTION_COLUMNS } from "@/lib/features/roadmap/columns";
import { getRoadmapOrNotFound } from "@/lib/features/roadmap/queries";
import { SURVEY_RESULT_COLUMNS, surveyResultRows } from "@/lib/features/surveys/columns";
import { surveyResults } from "@/lib/features/surveys/queries";
import { uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
const COORDINATOR = "coordinator@opora.demo";
let cycleId = "";

beforeAll(async () => {
  cycleId = (await db().cycle.findFirstOrThrow({ where: { year: 2025, municipality: { code: "armavir-demo" } } })).id;
});

async function as(email: string): Promise<Actor> {
  await signInAs(email);
  return (await getActor())!;
}

async function exportAs(email: string, register: ExportRegister, search = "") {
  const actor = await as(email);
  const file = await buildExport(actor, register, { cycleId, query: new URLSearchParams(search) });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  return { actor, file, workbook };
}

const headersOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const rowCount = (sheet: ExcelJS.Worksheet) => sheet.actualRowCount - 1;
const column = (sheet: ExcelJS.Worksheet, header: string) => {
  const index = headersOf(sheet).indexOf(header) + 1;
  expect(index, header).toBeGreaterThan(0);
  return Array.from({ length: rowCount(sheet) }, (_, i) => sheet.getRow(i + 2).getCell(index).value);
};
const headers = (columns: readonly { header: string }[]) => columns.map((c) => c.header);
const denials = () => db().auditLog.count({ where: { action: "authz_denied" } });

describe("buildExport", () => {
  it("knows exactly the seven registers and refuses an unknown one", async () => {
    expect([...EXPORT_REGISTERS]).toEqual(["monitor", "roadmap", "diagnostics", "events", "consultations", "exam-results", "surveys"]);
    const actor = await as(COORDINATOR);
    await expect(buildExport(actor, "nope" as ExportRegister, { cycleId, query: new URLSearchParams() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("monitor: the page's headers and rows, a filter narrows, the sheet is a frozen table with an info sheet", async () => {
    const { actor, file, workbook } = await exportAs(COORDINATOR, "monitor", "category=shnor&sort=done&dir=desc");
    const sheet = workbook.getWorksheet("Мониторинг")!;
    expect(headersOf(sheet)).toEqual(headers(MONITOR_COLUMNS));
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const all = await getMonitorRows(actor, await getMonitorCycleOrNotFound(actor, cycleId));
    const expected = filterMonitorRows(all, { category: "shnor", sort: "done", dir: "desc" });
    expect(expected.length).toBeLessThan(all.length);
    expect(column(sheet, "Код ОО")).toEqual(expected.map((r) => r.code));
    expect(column(sheet, "Выполнено")).toEqual(expected.map((r) => r.counters.done));
    expect(file.filename).toBe("Мониторинг 2025.xlsx");
    expect(workbook.title).toBe("Мониторинг реализации");
    const info = workbook.getWorksheet(INFO_SHEET)!;
    expect(column(info, "Параметр")).toContain("Категория");
  });

  it("monitor and exam results: a role without the permission gets 403; another municipality's cycle 404", async () => {
    const curator = await as("curator@opora.demo");
    await expect(buildExport(curator, "monitor", { cycleId, query: new URLSearchParams() })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    const teacher = await as("teacher@opora.demo");
    await expect(buildExport(teacher, "exam-results", { cycleId, query: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
    const other = await db().municipality.upsert({
      where: { code: "scope-test-other" },
      update: {},
      create: { code: "scope-test-other", name: "Другой город (тест)", region: "Тест", centerName: "Другой центр" },
    });
    const foreign = await db().cycle.findFirst({ where: { municipalityId: other.id } });
    const foreignId = foreign?.id ?? (await db().cycle.create({ data: { municipalityId: other.id, year: 2025, title: "Чужой цикл" } })).id;
    const coordinator = await as(COORDINATOR);
    await expect(buildExport(coordinator, "events", { cycleId: foreignId, query: new URLSearchParams() })).rejects.toMatchObject({ status: 404, denied: true });
  });

  it("roadmap: sections and every measure as on the page, a status filter narrows", async () => {
    const { actor, workbook } = await exportAs("school@opora.demo", "roadmap", "school=edu230101");
    const page = await getRoadmapOrNotFound(actor, "edu230101", { cycle: cycleId });
    const sections = workbook.getWorksheet("Разделы")!;
    const measures = workbook.getWorksheet("Мероприятия")!;
    expect(headersOf(sections)).toEqual(headers(ROADMAP_SECTION_COLUMNS));
    expect(headersOf(measures)).toEqual(headers(ROADMAP_MEASURE_COLUMNS));
    expect(column(sections, "Раздел")).toEqual(page.sections.map((s) => s.title));
    expect(column(measures, "Мероприятие")).toEqual(page.measures.map((m) => m.title));
    expect(column(measures, "Требует внимания").filter((v) => v === "Да")).toHaveLength(page.measures.filter((m) => m.attention).length);
    const deadlines = column(measures, "Срок").filter((v) => v !== null);
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.every((v) => v instanceof Date)).toBe(true);

    const done = await exportAs("school@opora.demo", "roadmap", "school=edu230101&status=done");
    const filtered = await getRoadmapOrNotFound(actor, "edu230101", { cycle: cycleId, status: "done" });
    expect(rowCount(done.workbook.getWorksheet("Мероприятия")!)).toBe(filtered.measures.length);
    expect(filtered.measures.length).toBeLessThan(page.measures.length);
  });

  it("roadmap: the curator exports a paired school; an unpaired one is 404 with an authz_denied row (route)", async () => {
    const curator = await as("curator@opora.demo");
    const paired = await db().cycleSchool.findMany({ where: { cycleId, pairings: { some: { curatorId: curator.userId, active: true } } }, select: { school: { select: { code: true } } } });
    const unpaired = await db().cycleSchool.findFirstOrThrow({ where: { cycleId, pairings: { none: { curatorId: curator.userId, active: true } } }, select: { school: { select: { code: true } } } });
    const file = await buildExport(curator, "roadmap", { cycleId, query: new URLSearchParams({ school: paired[0]!.school.code }) });
    expect(file.bytes.byteLength).toBeGreaterThan(0);
    await expect(buildExport(curator, "roadmap", { cycleId, query: new URLSearchParams() })).rejects.toMatchObject({ status: 422 });

    const before = await denials();
    const code = unpaired.school.code;
    const response = await roadmapRoute(new Request(`http://localhost/schools/${code}/roadmap/export?cycle=${cycleId}`), { params: Promise.resolve({ code }) });
    expect(response.status).toBe(404);
    expect(await denials()).toBe(before + 1);
  });

  it("diagnostics: summary and teachers as on the page, the school filter narrows, the curator sees only paired schools", async () => {
    const { actor, workbook } = await exportAs(COORDINATOR, "diagnostics");
    const summary = workbook.getWorksheet("Сводка")!;
    const teachers = workbook.getWorksheet("Педагоги")!;
    expect(headersOf(summary)).toEqual(headers(DIAGNOSTIC_SUMMARY_COLUMNS));
    expect(headersOf(teachers)).toEqual(headers(DIAGNOSTIC_TEACHER_COLUMNS));
    const page = await getDiagnosticsOverview(actor, { cycle: cycleId });
    expect(rowCount(summary)).toBe(5);
    expect(rowCount(teachers)).toBe(page.total);
    expect(column(summary, "Входная, ср.")).toEqual(["subject", "methodological", "digital", "communicative", "psychological"].map((c) => page.summary.entry?.[c as "subject"] ?? null));

    const school = await exportAs(COORDINATOR, "diagnostics", "school=edu230101");
    const bySchool = await getDiagnosticsOverview(actor, { cycle: cycleId, school: "edu230101" });
    expect(rowCount(school.workbook.getWorksheet("Педагоги")!)).toBe(bySchool.total);
    expect(bySchool.total).toBeLessThan(page.total);
    expect(column(school.workbook.getWorksheet("Сводка")!, "Входная, ср.")[0]).toBe(69);

    const curator = await exportAs("curator@opora.demo", "diagnostics");
    const pairedNames = (
      await db().school.findMany({ where: { cycleSchools: { some: { cycleId, pairings: { some: { curatorId: curator.actor.userId, active: true } } } } }, select: { shortName: true } })
    ).map((s) => s.shortName);
    const schools = column(curator.workbook.getWorksheet("Педагоги")!, "Школа");
    expect(schools.length).toBeGreaterThan(0);
    expect(schools.every((s) => pairedNames.includes(s as string))).toBe(true);

    const teacher = await exportAs("teacher@opora.demo", "diagnostics");
    expect(rowCount(teacher.workbook.getWorksheet("Педагоги")!)).toBe(1);
    await expect(buildExport(actor, "diagnostics", { cycleId, query: new URLSearchParams({ school: "edu990001" }) })).rejects.toMatchObject({ status: 404 });
  });

  it("events: the page's rows for the same filters, a type filter narrows; the teacher gets 403", async () => {
    const { actor, workbook } = await exportAs(COORDINATOR, "events", "from=2025-01-01&to=2025-12-31");
    const sheet = workbook.getWorksheet("Мероприятия")!;
    expect(headersOf(sheet)).toEqual(headers(EVENT_COLUMNS));
    const all = await listEvents(actor, eventListQuerySchema.parse({ from: "2025-01-01", to: "2025-12-31" }));
    expect(rowCount(sheet)).toBe(all.total);
    expect(all.total).toBeGreaterThan(0);
    const webinars = await exportAs(COORDINATOR, "events", "from=2025-01-01&to=2025-12-31&type=webinar&page=1");
    const page = await listEvents(actor, eventListQuerySchema.parse({ from: "2025-01-01", to: "2025-12-31", type: "webinar" }));
    const ws = webinars.workbook.getWorksheet("Мероприятия")!;
    expect(rowCount(ws)).toBe(page.total);
    expect(page.total).toBeLessThan(all.total);
    expect(new Set(column(ws, "Вид"))).toEqual(new Set(["Вебинар"]));
    expect(column(ws, "Дата").every((d) => d instanceof Date)).toBe(true);
    expect(column(ws, "Участников").every((n) => typeof n === "number")).toBe(true);

    await expect(buildExport(await as("teacher@opora.demo"), "events", { cycleId, query: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
  });

  it("consultations: the page's rows, a filter narrows; the school admin sees their school only; the curator gets 403", async () => {
    const { actor, workbook } = await exportAs(COORDINATOR, "consultations");
    const sheet = workbook.getWorksheet("Консультации")!;
    expect(headersOf(sheet)).toEqual(headers(CONSULTATION_COLUMNS));
    const all = await listConsultations(actor, consultationListQuerySchema.parse({}));
    expect(rowCount(sheet)).toBe(all.total);
    expect(all.total).toBeGreaterThan(1);
    const module = all.consultations[0]!.module;
    const narrowed = await exportAs(COORDINATOR, "consultations", `module=${module}`);
    const page = await listConsultations(actor, consultationListQuerySchema.parse({ module }));
    expect(rowCount(narrowed.workbook.getWorksheet("Консультации")!)).toBe(page.total);
    expect(page.total).toBeLessThan(all.total);

    const school = await exportAs("school@opora.demo", "consultations");
    expect(new Set(column(school.workbook.getWorksheet("Консультации")!, "Школа"))).toEqual(new Set(["МБОУ-ООШ № 21"]));
    await expect(buildExport(await as("curator@opora.demo"), "consultations", { cycleId, query: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
  });

  it("exam results: scoped rows with numbers, filters year/exam/subject/school narrow, the curator sees paired schools only", async () => {
    const suffix = uniqueSuffix();
    const subject = await db().subject.create({ data: { code: `exp-${suffix}`, name: `Предмет выгрузки ${suffix}` } });
    const schools = await db().school.findMany({ where: { code: { in: ["edu230101", "edu230103"] } }, select: { id: true, code: true } });
    for (const s of schools) {
      for (const year of [2024, 2025]) {
        await db().examResult.create({
          data: { schoolId: s.id, year, exam: "oge", subjectId: subject.id, participants: 20, avgScore: 3.45, failShare: 10, qualityShare: 45.5, successShare: 90 },
        });
      }
    }
    const filter = `subject=${subject.code}`;
    const { workbook } = await exportAs(COORDINATOR, "exam-results", filter);
    const sheet = workbook.getWorksheet("Результаты")!;
    expect(headersOf(sheet)).toEqual(headers(EXAM_RESULT_COLUMNS));
    expect(rowCount(sheet)).toBe(4);
    expect(column(sheet, "Средний балл")).toEqual([3.45, 3.45, 3.45, 3.45]);
    expect(column(sheet, "Экзамен")).toEqual(["ОГЭ", "ОГЭ", "ОГЭ", "ОГЭ"]);
    const y2025 = await exportAs(COORDINATOR, "exam-results", `${filter}&year=2025`);
    expect(rowCount(y2025.workbook.getWorksheet("Результаты")!)).toBe(2);
    const one = await exportAs(COORDINATOR, "exam-results", `${filter}&year=2025&school=edu230101&exam=oge`);
    expect(rowCount(one.workbook.getWorksheet("Результаты")!)).toBe(1);
    const ege = await exportAs(COORDINATOR, "exam-results", `${filter}&exam=ege`);
    expect(rowCount(ege.workbook.getWorksheet("Результаты")!)).toBe(0);

    const curator = await exportAs("curator@opora.demo", "exam-results", filter);
    const paired = await db().cycleSchool.findMany({
      where: { cycleId, school: { code: { in: ["edu230101", "edu230103"] } }, pairings: { some: { curatorId: curator.actor.userId, active: true } } },
      select: { school: { select: { code: true } } },
    });
    const codes = column(curator.workbook.getWorksheet("Результаты")!, "Код ОО");
    expect(new Set(codes)).toEqual(new Set(paired.map((p) => p.school.code)));
    expect(codes.length).toBe(paired.length * 2);
  });

  it("surveys: the aggregate results with the page's headers; another municipality's survey is 404, a teacher 403", async () => {
    const municipality = await db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
    const survey = await db().survey.create({
      data: {
        municipalityId: municipality.id,
        title: `Удовлетворённость ${uniqueSuffix()}`,
        audience: "teachers",
        status: "open",
        questions: { create: [{ sortOrder: 0, kind: "yes_no", text: "Помощь была адресной?", options: [] }] },
      },
      include: { questions: true },
    });
    const { workbook, file } = await exportAs(COORDINATOR, "surveys", `survey=${survey.id}`);
    const sheet = workbook.getWorksheet("Итоги")!;
    expect(headersOf(sheet)).toEqual(headers(SURVEY_RESULT_COLUMNS));
    expect(rowCount(sheet)).toBe(surveyResultRows(await surveyResults(survey.id)).length);
    expect(file.filename).toContain("Итоги анкеты");

    await expect(buildExport(await as("teacher@opora.demo"), "surveys", { cycleId, query: new URLSearchParams({ survey: survey.id }) })).rejects.toMatchObject({ status: 403 });
    const other = await db().municipality.upsert({
      where: { code: "scope-test-other" },
      update: {},
      create: { code: "scope-test-other", name: "Другой город (тест)", region: "Тест", centerName: "Другой центр" },
    });
    const foreign = await db().survey.create({ data: { municipalityId: other.id, title: "Чужая анкета", audience: "teachers" } });
    await expect(buildExport(await as(COORDINATOR), "surveys", { cycleId, query: new URLSearchParams({ survey: foreign.id }) })).rejects.toMatchObject({ status: 404 });
  });
});

describe("export route handlers", () => {
  it("answer an attachment with both file names, nosniff and no caching, with the page's filters", async () => {
    await signInAs(COORDINATOR);
    const response = await eventsRoute(new Request("http://localhost/events/export?type=webinar&view=calendar&month=2025-09"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Meropriyatiya-MNTs-2025.xlsx"; filename*=UTF-8''${encodeURIComponent("Мероприятия МНЦ 2025.xlsx")}`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const types = column(workbook.getWorksheet("Мероприятия")!, "Вид");
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(["Вебинар"]));
  });

  it("diagnostics and consultations routes: 200 for the coordinator; a curator on consultations 403 (audited)", async () => {
    await signInAs(COORDINATOR);
    expect((await diagnosticsRoute(new Request("http://localhost/diagnostics/export"), { params: Promise.resolve({}) })).status).toBe(200);
    expect((await consultationsRoute(new Request("http://localhost/consultations/export"), { params: Promise.resolve({}) })).status).toBe(200);
    await signInAs("curator@opora.demo");
    const before = await denials();
    expect((await consultationsRoute(new Request("http://localhost/consultations/export"), { params: Promise.resolve({}) })).status).toBe(403);
    expect(await denials()).toBe(before + 1);
  });

  it("transliterates the ASCII fallback name", () => {
    expect(asciiFilename("Дорожная карта edu230101 2025.xlsx")).toBe("Dorozhnaya-karta-edu230101-2025.xlsx");
    expect(asciiFilename("№№№")).toBe("export.xlsx");
  });
});
