/**
 * The analytical report against a real database. The demo cycle is only
 * read (its figures as seeded: this file runs right after the scope and
 * seed files, before any other file adds rows to the demo municipality);
 * every action runs in a municipality and cycle of the test's own.
 */
import JSZip from "jszip";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as orderDocxRoute } from "@/app/(app)/cycles/[cycleId]/report/order/docx/route";
import { GET as reportDocxRoute } from "@/app/(app)/cycles/[cycleId]/report/docx/route";
import { IntegrityFailure } from "@/components/report/report-status";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { contentHash } from "@/lib/domain/report/canonical";
import { defaultReportTitle, defaultTasks } from "@/lib/domain/report/defaults";
import { buildReportDocument, type Block, type ReportDocument } from "@/lib/domain/report/document";
import { INTEGRITY_DOWNLOAD_REFUSAL, INTEGRITY_MISMATCH_MESSAGE } from "@/lib/domain/report/integrity";
import { APPROVE_WITHOUT_ORDER_REFUSAL, CYCLE_CLOSE_REFUSAL, REPORT_APPROVED_REFUSAL } from "@/lib/domain/report/workflow";
import { transitionCycleAction } from "@/lib/features/cycles/actions";
import {
  approveReportAction,
  createReportAction,
  saveReportOrderAction,
  updateReportParagraphAction,
  updateReportTasksAction,
  updateReportTitleAction,
} from "@/lib/features/report/actions";
import { getReportFigures, loadReportData } from "@/lib/features/report/queries";
import { logger } from "@/lib/logger";
import { findReportCycle, getReportView, getReportViewOrNotFound, INTEGRITY_FAILED_ACTION, parseSnapshot } from "@/lib/features/report/view";
import { signInAs } from "../support/session";
import { createTestMunicipality, type TestMunicipality } from "../support/test-municipality";

const db = () => getDb();
const actorOf = async (email: string): Promise<Actor> => (await loadActor((await db().user.findUniqueOrThrow({ where: { email } })).id, "session"))!;
const demoCycle = () => db().cycle.findFirstOrThrow({ where: { year: 2025, municipality: { code: "armavir-demo" } } });

const blocksOf = (doc: ReportDocument, key: string): Block[] => doc.sections.find((s) => s.key === key)!.blocks;
const paragraphs = (doc: ReportDocument, key: string) => blocksOf(doc, key).flatMap((b) => (b.type === "paragraph" ? [b.text] : []));
const table = (doc: ReportDocument, key: string, caption: string) => {
  const found = blocksOf(doc, key).find((b) => b.type === "table" && b.caption === caption);
  if (!found || found.type !== "table") throw new Error(`no table «${caption}»`);
  return found;
};
const call = (route: typeof reportDocxRoute, cycleId: string) => route(new Request(`http://localhost/cycles/${cycleId}/report/docx`), { params: Promise.resolve({ cycleId }) });
const docxText = async (response: Response) => {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  return zip.file("word/document.xml")!.async("string");
};

describe("the demo cycle's report (read only)", () => {
  let doc: ReportDocument;
  beforeAll(async () => {
    const actor = await actorOf("coordinator@opora.demo");
    const cycle = (await findReportCycle(db(), actor, (await demoCycle()).id))!;
    const data = await loadReportData(actor, cycle, { title: defaultReportTitle(cycle.municipality.name, cycle.year) });
    doc = buildReportDocument(data, { paragraphs: {}, tasks: defaultTasks(data) });
  });

  it("counts the МНЦ events as seed 001 does: 8 seminars, 6 webinars, 3 videoconferences", async () => {
    expect(paragraphs(doc, "mnc")).toContain(
      "В 2025 году на муниципальном уровне проведено 8 практико-ориентированных семинаров, 6 вебинаров, 3 видеоконференции, 1 заседание Школы управленческого мастерства, 1 муниципальный консалтинг и 1 мастер-класс – всего 20 мероприятий, 463 участника.",
    );
    const byType = table(doc, "mnc", "Мероприятия МНЦ по видам");
    expect(byType.rows.map((r) => [r[0], r[1]])).toEqual([
      ["Практико-ориентированный семинар", "8"],
      ["Вебинар", "6"],
      ["Видеоконференция", "3"],
      ["Заседание Школы управленческого мастерства", "1"],
      ["Консалтинг", "1"],
      ["Мастер-класс", "1"],
    ]);
    expect(byType.footer).toEqual(["Итого", "20", "463"]);
    expect(table(doc, "mnc", "Модули плана МНЦ").rows).toHaveLength(6);
    expect(paragraphs(doc, "mnc")).toContain("Мероприятиями МНЦ охвачено 9 школ, в том числе 7 из 7 школ цикла.");
    // The REST figures count the same events.
    const actor = await actorOf("coordinator@opora.demo");
    const figures = await getReportFigures(actor, await demoCycle());
    expect([figures.events.byType.seminar, figures.events.byType.webinar, figures.events.byType.videoconference, figures.events.total]).toEqual([8, 6, 3, 20]);
  });

  it("quotes the closed surveys in per cent", () => {
    const mnc = paragraphs(doc, "mnc").join("\n");
    expect(mnc).toContain("(7 респондентов): 100\u00a0% руководителей и заместителей руководителей отметили адресность и регулярность методической помощи и указали на её доступность; 85,7\u00a0% оценили качество деятельности МНЦ на 4–5 баллов.");
    const mtkp = paragraphs(doc, "mtkp").join("\n");
    expect(mtkp).toContain("87,5\u00a0% опрошенных учителей отметили адресность и регулярность методической помощи");
    expect(mtkp).toContain("100\u00a0% опрошенных учителей предлагают продолжить деятельность пункта");
  });

  it("counts the МТКП consultations by module and subject, reach, functions and projects", () => {
    expect(paragraphs(doc, "mtkp")).toContain("В 2025 году муниципальными тьюторами проведено 8 консультаций для 4 педагогов из 1 школы.");
    const modules = table(doc, "mtkp", "Консультации МТКП по тематическим модулям");
    expect(modules.rows).toEqual([
      ["Предметная компетентность", "2"],
      ["Методическая компетентность (качество урока)", "4"],
      ["Оценочная деятельность педагога", "2"],
    ]);
    expect(modules.footer).toEqual(["Итого", "8"]);
    expect(table(doc, "mtkp", "Консультации МТКП по предметам").rows[0]).toEqual(["Математика", "2"]);
    expect(table(doc, "mtkp", "Муниципальные проекты").rows).toEqual([
      ["Методический абонемент", "3", "5"],
      ["Умные каникулы", "2", "1"],
    ]);
  });

  it("reports edu230101: measures done of total, an indicator baseline → target → actual, documents", () => {
    const schools = blocksOf(doc, "schools");
    const start = schools.findIndex((b) => b.type === "subheading" && b.text === "МБОУ-ООШ № 21");
    expect(start).toBeGreaterThan(0);
    const own = schools.slice(start + 1, schools.findIndex((b, i) => i > start && b.type === "subheading"));
    const texts = own.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));
    expect(texts.find((t) => t.startsWith("Выполнено"))).toMatch(/^Выполнено 4 из 15 мероприятий \(26,7\u00a0%\); не выполнено – 1; не завершено – 10, в том числе просрочено – \d+\.$/);
    const indicators = own.find((b) => b.type === "table" && b.caption === "Показатели мероприятий: МБОУ-ООШ № 21");
    expect(indicators?.type === "table" && indicators.rows).toContainEqual(["Доля педагогов с первой или высшей категорией", "66 %", "78 %", "70 %", "не достигнуто"]);
    expect(indicators?.type === "table" && indicators.rows).toHaveLength(15);
    const documents = own.find((b) => b.type === "table" && b.caption === "Документы: МБОУ-ООШ № 21");
    expect(documents?.type === "table" && documents.rows).toContainEqual(["Антирисковая программа «Мотивация — путь к успеху»", "На экспертизе"]);
    expect(own.find((b) => b.type === "list")).toMatchObject({ items: expect.arrayContaining(["3. Недостаточная предметная и методическая компетентность педагогических работников – значимость высокая; антирисковая программа: подтверждено"]) });
  });

  it("compares results with the municipal averages and names the schools with an early warning", () => {
    const results = paragraphs(doc, "results");
    expect(results).toContain(
      "По итогам 2025 года признаки зоны риска по образовательным результатам выявлены у 6 из 7 школ цикла: МБОУ-ООШ № 21, МБОУ-СОШ № 9, МБОУ-СОШ № 15, МБОУ-ООШ № 18, МБОУ-СОШ № 7 и МБОУ-СОШ № 4. Не выявлены: МАОУ-СОШ № 1 «Казачья».",
    );
    expect(results).toContain("Признаки зоны риска выявлены также у школ, не включённых в списки цикла: МБОУ-СОШ № 3 и МБОУ-СОШ № 5.");
    const rows = table(doc, "results", "Результаты оценочных процедур: МБОУ-ООШ № 21").rows;
    expect(rows).toContainEqual(["ОГЭ, математика: средняя отметка", "3,31", "3,24", "3,12", "3,80"]);
    expect(rows).toContainEqual(["ВПР, русский язык, 5 класс: качество знаний", "38,5\u00a0%", "41,2\u00a0%", "44,0\u00a0%", "56,9\u00a0%"]);
  });

  it("proposes next year's tasks from the data", () => {
    const tasks = blocksOf(doc, "tasks").find((b) => b.type === "list");
    expect(tasks?.type === "list" && tasks.items).toContain("обеспечить в 2026 году завершение невыполненных мероприятий дорожных карт школ: МБОУ-ООШ № 21 (11 мероприятий);");
    expect(tasks?.type === "list" && tasks.items).toContain("рассмотреть включение в списки школ в зоне риска низких результатов на 2026 год: МБОУ-СОШ № 3 и МБОУ-СОШ № 5;");
  });

  it("is 403 for a curator and a school admin, 404 for another municipality's coordinator", async () => {
    const cycle = await demoCycle();
    await expect(getReportViewOrNotFound(await actorOf("curator@opora.demo"), cycle.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;403");
    await expect(getReportViewOrNotFound(await actorOf("school@opora.demo"), cycle.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;403");
    const m = await createTestMunicipality();
    await expect(getReportViewOrNotFound(await actorOf(m.coordinator.email), cycle.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    await signInAs("curator@opora.demo");
    expect((await call(reportDocxRoute, cycle.id)).status).toBe(403);
    await signInAs(m.coordinator.email);
    expect((await call(reportDocxRoute, cycle.id)).status).toBe(404);
    // No report on the demo cycle yet: the coordinator's download says so.
    await signInAs("coordinator@opora.demo");
    const none = await call(reportDocxRoute, cycle.id);
    expect(none.status).toBe(404);
    expect((await none.json()).error.message).toBe("Аналитическая справка по этому циклу ещё не сформирована.");
  });
});

// ───────────────────────── actions, in a cycle of our own ─────────────────────────

describe("the report's workflow in a test municipality", () => {
  let m: TestMunicipality;
  let cycleId: string;
  let reportId: string;
  const year = new Date().getUTCFullYear() - 1;
  const orderDate = `${year}-12-27`;
  const report = () => db().analyticalReport.findUniqueOrThrow({ where: { id: reportId }, include: { order: true } });
  const audits = (action: string) => db().auditLog.count({ where: { action, entityId: reportId } });
  const setStage = (status: "expertise" | "implementation" | "reporting") => db().cycle.update({ where: { id: cycleId }, data: { status } });
  const validOrder = (orderVersion: number | null) => ({
    reportId,
    orderVersion,
    number: "31",
    date: orderDate,
    signatoryName: "О.В. Проверкина",
    signatoryPosition: "Директор Центра (тест)",
    preamble: "",
    items: [
      { text: "Утвердить аналитическую справку.", responsible: "", deadline: "" },
      { text: "Разработать дорожную карту на следующий год.", responsible: "Иванов И.И.", deadline: `${year + 1}-12-31` },
    ],
  });

  beforeAll(async () => {
    m = await createTestMunicipality();
    await db().municipality.update({ where: { id: m.municipality.id }, data: { centerAddress: "352900, ул. Тестовая, 1", centerPhone: "8(000)000-00-00", directorName: "О.В. Проверкина" } });
    const cycle = await db().cycle.create({
      data: { municipalityId: m.municipality.id, year, title: `Дорожная карта (тест) на ${year} год`, status: "expertise", orderNumber: "8", orderDate: new Date(`${year}-01-09T00:00:00Z`) },
    });
    cycleId = cycle.id;
    const cs = await db().cycleSchool.create({ data: { cycleId, schoolId: m.schools[0].id, categories: ["shnor"] } });
    const doc = await db().programDocument.create({ data: { cycleSchoolId: cs.id, kind: "concept", title: "Концепция развития (тест)", status: "confirmed" } });
    const task = await db().documentTask.create({ data: { documentId: doc.id, sortOrder: 1, title: "Задача" } });
    await db().measure.createMany({
      data: [
        { documentId: doc.id, taskId: task.id, sortOrder: 1, title: "Мера 1", status: "confirmed", indicatorName: "Доля педагогов с ИОМ", indicatorUnit: "%", baseline: 10, target: 50, actual: 60 },
        { documentId: doc.id, taskId: task.id, sortOrder: 2, title: "Мера 2", status: "in_progress" },
      ],
    });
    await db().supportEvent.create({ data: { municipalityId: m.municipality.id, cycleId, type: "webinar", date: new Date(`${year}-03-01T00:00:00Z`), topic: "Вебинар (тест)", format: "remote", audience: "teachers", participants: 12, schools: { connect: [{ id: m.schools[0].id }] } } });
  });

  it("generates the draft only at «Реализация» or «Подведение итогов», once, as the coordinator only", async () => {
    await signInAs(m.curator.email);
    expect((await createReportAction({ cycleId })).serverError?.code).toBe("FORBIDDEN");
    await signInAs(m.coordinator.email);
    expect((await createReportAction({ cycleId })).serverError).toEqual({ code: "INVALID_TRANSITION", message: "Сформировать аналитическую справку можно на этапах «Реализация» и «Подведение итогов»." });
    await setStage("implementation");
    const created = await createReportAction({ cycleId });
    expect(created.serverError).toBeUndefined();
    reportId = created.data!.id;
    const row = await report();
    expect(row).toMatchObject({ status: "draft", version: 1, title: defaultReportTitle(m.municipality.name, year) });
    expect((row.narrative as { tasks: string[] }).tasks[0]).toMatch(/^разработать по итогам анализа Дорожную карту/);
    expect(await audits("report.create")).toBe(1);
    expect((await createReportAction({ cycleId })).serverError?.message).toBe("Аналитическая справка по этому циклу уже сформирована.");
    await signInAs("coordinator@opora.demo");
    expect((await createReportAction({ cycleId })).serverError?.code).toBe("NOT_FOUND");
  });

  it("edits a paragraph with optimistic locking, resets it, and refuses unknown paragraphs", async () => {
    await signInAs(m.coordinator.email);
    const saved = await updateReportParagraphAction({ reportId, version: 1, key: "intro", text: "Наше вступление." });
    expect(saved.data).toEqual({ ok: true });
    expect((await report()).version).toBe(2);
    const stale = await updateReportParagraphAction({ reportId, version: 1, key: "intro", text: "Чужая правка." });
    expect(stale.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    const view = (await getReportView(await actorOf(m.coordinator.email), cycleId))!;
    expect(view.document!.sections[0].blocks[0]).toEqual({ type: "paragraph", text: "Наше вступление.", editableKey: "intro" });

    expect((await updateReportParagraphAction({ reportId, version: 2, key: "intro", text: "  " })).validationErrors?.fieldErrors.text).toEqual(["Введите текст абзаца или верните исходный текст"]);
    expect((await updateReportParagraphAction({ reportId, version: 2, key: "nope", text: "x" })).validationErrors?.fieldErrors.key).toEqual(["Такого абзаца в справке нет"]);
    expect((await updateReportParagraphAction({ reportId, version: 2, key: "school.edu230101", text: "x" })).validationErrors?.fieldErrors.key).toEqual(["Такого абзаца в справке нет"]);
    expect((await updateReportParagraphAction({ reportId, version: 2, key: `school.${m.schools[0].code}`, text: "Комментарий по школе." })).data).toEqual({ ok: true });
    expect((await updateReportParagraphAction({ reportId, version: 3, key: "mnc.conclusion", text: "Вывод." })).data).toEqual({ ok: true });
    expect((await updateReportParagraphAction({ reportId, version: 4, key: "mnc.conclusion", text: null })).data).toEqual({ ok: true });
    expect((await report()).narrative).toMatchObject({ paragraphs: { intro: "Наше вступление.", [`school.${m.schools[0].code}`]: "Комментарий по школе." } });
    expect(((await report()).narrative as { paragraphs: Record<string, string> }).paragraphs["mnc.conclusion"]).toBeUndefined();
    expect(await audits("report.update_paragraph")).toBe(4);

    await signInAs(m.curator.email);
    expect((await updateReportParagraphAction({ reportId, version: 5, key: "intro", text: "x" })).serverError?.code).toBe("FORBIDDEN");
  });

  it("edits the title and the tasks, with Russian messages beside each task", async () => {
    await signInAs(m.coordinator.email);
    expect((await updateReportTitleAction({ reportId, version: 5, title: "Об итогах (тест)" })).data).toEqual({ ok: true });
    const bad = await updateReportTasksAction({ reportId, version: 6, tasks: ["первая", " "] });
    expect(bad.validationErrors?.fieldErrors["tasks.1"]).toEqual(["Введите текст задачи или удалите её"]);
    expect((await updateReportTasksAction({ reportId, version: 6, tasks: ["первая задача", "вторая задача"] })).data).toEqual({ ok: true });
    expect((await report()).narrative).toMatchObject({ tasks: ["первая задача", "вторая задача"] });
    expect((await report()).title).toBe("Об итогах (тест)");
  });

  it("validates the order field by field and writes nothing on bad input", async () => {
    await signInAs(m.coordinator.email);
    const empty = await saveReportOrderAction({ reportId, orderVersion: null, number: " ", date: "", signatoryName: "", signatoryPosition: "", preamble: "", items: [] });
    expect(empty.validationErrors?.fieldErrors).toMatchObject({
      number: ["Укажите номер приказа"],
      date: ["Укажите дату приказа"],
      signatoryName: ["Укажите, кто подписывает приказ"],
      signatoryPosition: ["Укажите должность подписывающего"],
      items: ["Добавьте хотя бы один пункт приказа"],
    });
    const itemErrors = await saveReportOrderAction({ ...validOrder(null), items: [{ text: "", responsible: "", deadline: "31.12.2026" }] });
    expect(itemErrors.validationErrors?.fieldErrors).toMatchObject({ "items.0.text": ["Введите текст пункта"], "items.0.deadline": ["Укажите срок в формате ДД.ММ.ГГГГ"] });
    const future = await saveReportOrderAction({ ...validOrder(null), date: `${year + 2}-01-10` });
    expect(future.validationErrors?.fieldErrors.date).toEqual(["Дата приказа не может быть позже сегодняшнего дня"]);
    const early = await saveReportOrderAction({ ...validOrder(null), date: `${year - 1}-12-27` });
    expect(early.validationErrors?.fieldErrors.date).toEqual([`Дата приказа должна быть в ${year} или ${year + 1} году`]);
    const deadline = await saveReportOrderAction({ ...validOrder(null), items: [{ text: "Пункт", responsible: "", deadline: `${year}-01-01` }] });
    expect(deadline.validationErrors?.fieldErrors["items.0.deadline"]).toEqual(["Срок не может быть раньше даты приказа"]);
    expect(await db().reportOrder.count({ where: { reportId } })).toBe(0);
  });

  it("refuses approval without an order and outside «Подведение итогов»; the cycle cannot close with a draft", async () => {
    await signInAs(m.coordinator.email);
    expect((await approveReportAction({ reportId, version: 7 })).serverError?.message).toBe("Утвердить аналитическую справку приказом можно только на этапе «Подведение итогов».");
    await setStage("reporting");
    expect((await approveReportAction({ reportId, version: 7 })).serverError).toEqual({ code: "INVALID_TRANSITION", message: APPROVE_WITHOUT_ORDER_REFUSAL });
    const version = (await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).version;
    expect((await transitionCycleAction({ cycleId, event: "close", version })).serverError).toEqual({ code: "INVALID_TRANSITION", message: CYCLE_CLOSE_REFUSAL });
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).status).toBe("reporting");
  });

  it("saves the order, detects a stale form, and renders it as a draft .docx («ПРОЕКТ»)", async () => {
    await signInAs(m.coordinator.email);
    const created = await saveReportOrderAction(validOrder(null));
    expect(created.serverError).toBeUndefined();
    expect(await db().auditLog.count({ where: { action: "report.save_order", entityId: created.data!.id } })).toBe(1);
    expect((await saveReportOrderAction(validOrder(null))).serverError?.code).toBe("CONFLICT");
    expect((await saveReportOrderAction({ ...validOrder(1), preamble: "Своё основание." })).data).toBeDefined();
    const order = (await report()).order!;
    expect(order).toMatchObject({ number: "31", version: 2, preamble: "Своё основание.", signatoryName: "О.В. Проверкина" });
    expect(order.items).toEqual([
      { text: "Утвердить аналитическую справку.", responsible: null, deadline: null },
      { text: "Разработать дорожную карту на следующий год.", responsible: "Иванов И.И.", deadline: `${year + 1}-12-31` },
    ]);
    const response = await call(orderDocxRoute, cycleId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Proekt-prikaza-${year}.docx"; filename*=UTF-8''${encodeURIComponent(`Проект приказа ${year}.docx`)}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const xml = await docxText(response);
    for (const text of ["ПРОЕКТ", "ПРИКАЗ", "№\u00a031", "Своё основание.", "п р и к а з ы в а ю:", "2. Разработать дорожную карту на следующий год. Ответственный: Иванов И.И. Срок: до 31.12."]) expect(xml).toContain(text);
    expect(xml).not.toContain("Контрольная сумма");
  });

  it("approves: a frozen snapshot of the document and the order with its hash, audited", async () => {
    await signInAs(m.coordinator.email);
    expect((await approveReportAction({ reportId, version: 6 })).serverError?.code).toBe("CONFLICT");
    const approved = await approveReportAction({ reportId, version: 7 });
    expect(approved.serverError).toBeUndefined();
    const row = await report();
    expect(row).toMatchObject({ status: "approved", version: 8, approvedById: m.coordinator.id });
    expect(row.approvedAt).toBeInstanceOf(Date);
    const snapshot = parseSnapshot(row.snapshot)!;
    expect(row.contentHash).toBe(contentHash(snapshot));
    expect(approved.data).toEqual({ contentHash: row.contentHash });
    expect(snapshot.document.approval).toEqual({ orderNumber: "31", orderDate: `27.12.${year}`, lines: ["ПРИЛОЖЕНИЕ", "УТВЕРЖДЕНА", "приказом Центр (тест)", `от 27.12.${year} № 31`] });
    expect(snapshot.document.title).toBe("Об итогах (тест)");
    expect(snapshot.order).toMatchObject({ number: "31", preamble: ["Своё основание."] });
    expect(paragraphs(snapshot.document, "mnc")).toContain(`В ${year} году на муниципальном уровне проведён 1 вебинар – всего 1 мероприятие, 12 участников.`);
    // The narrative is complete for the next year's roadmap: every paragraph as it reads, and the tasks.
    const narrative = row.narrative as { paragraphs: Record<string, string>; tasks: string[] };
    expect(narrative.tasks).toEqual(["первая задача", "вторая задача"]);
    expect(narrative.paragraphs.intro).toBe("Наше вступление.");
    expect(Object.keys(narrative.paragraphs)).toContain("results.conclusion");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "report.approve", entityId: reportId } });
    expect(audit.after).toMatchObject({ status: "approved", contentHash: row.contentHash, orderNumber: "31", orderDate: orderDate });
  });

  it("keeps the snapshot when the data change later, and refuses every edit", async () => {
    const before = (await report()).snapshot;
    await db().supportEvent.create({ data: { municipalityId: m.municipality.id, cycleId, type: "seminar", date: new Date(`${year}-11-01T00:00:00Z`), topic: "Поздний семинар", format: "in_person", audience: "teachers", participants: 30 } });
    await db().measure.updateMany({ where: { document: { cycleSchool: { cycleId } } }, data: { status: "confirmed" } });
    const view = (await getReportView(await actorOf(m.coordinator.email), cycleId))!;
    expect(view.document).toEqual(parseSnapshot(before)!.document);
    expect(contentHash({ document: view.document, order: view.order!.document })).toBe((await report()).contentHash);
    expect(paragraphs(view.document!, "mnc")).toContain(`В ${year} году на муниципальном уровне проведён 1 вебинар – всего 1 мероприятие, 12 участников.`);

    await signInAs(m.coordinator.email);
    for (const result of [
      await updateReportParagraphAction({ reportId, version: 8, key: "intro", text: "Поздно." }),
      await updateReportTitleAction({ reportId, version: 8, title: "Поздно" }),
      await updateReportTasksAction({ reportId, version: 8, tasks: [] }),
      await saveReportOrderAction(validOrder(2)),
    ]) {
      expect(result.serverError).toEqual({ code: "INVALID_TRANSITION", message: REPORT_APPROVED_REFUSAL });
    }
    expect((await approveReportAction({ reportId, version: 8 })).serverError?.message).toBe("Утвердить можно только черновик аналитической справки.");
    expect((await report()).version).toBe(8);
  });

  it("downloads the approved report as .docx with its approval lines and headings, and lets the cycle close", async () => {
    await signInAs(m.coordinator.email);
    const response = await call(reportDocxRoute, cycleId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(`Аналитическая справка ${year}.docx`)}`);
    const xml = await docxText(response);
    for (const text of ["ПРИЛОЖЕНИЕ", "УТВЕРЖДЕНА", `от 27.12.${year} №\u00a031`, "Аналитическая справка", "I. Муниципальный наставнический центр (МНЦ)", "V. Задачи на", "Наше вступление."]) expect(xml).toContain(text);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).not.toContain("ПРОЕКТ");
    // The snapshot's content hash closes both files (decision 046).
    const { contentHash: hash } = await report();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(xml).toContain(`Контрольная сумма (SHA-256): ${hash}`);
    const order = await docxText(await call(orderDocxRoute, cycleId));
    expect(order).not.toContain("ПРОЕКТ");
    expect(order).toContain(`Контрольная сумма (SHA-256): ${hash}`);

    const version = (await db().cycle.findUniqueOrThrow({ where: { id: cycleId } })).version;
    expect((await transitionCycleAction({ cycleId, event: "close", version })).data).toEqual({ status: "closed" });
  });

  it("is a 404 for another municipality's coordinator and a 403 for a curator, in actions and downloads", async () => {
    await signInAs("coordinator@opora.demo");
    expect((await updateReportParagraphAction({ reportId, version: 8, key: "intro", text: "x" })).serverError?.code).toBe("NOT_FOUND");
    expect((await call(reportDocxRoute, cycleId)).status).toBe(404);
    expect(await getReportView(await actorOf("coordinator@opora.demo"), cycleId)).toBeNull();
    await signInAs(m.curator.email);
    expect((await call(orderDocxRoute, cycleId)).status).toBe(403);
    expect((await approveReportAction({ reportId, version: 8 })).serverError?.code).toBe("FORBIDDEN");
  });

  /** Rewrites the approved row behind its trigger's back, as the table's owner could (and the test database's role can). */
  const tamper = (set: string, ...params: unknown[]) =>
    db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AnalyticalReport" DISABLE TRIGGER "AnalyticalReport_approved_immutable"`);
      await tx.$executeRawUnsafe(`UPDATE "AnalyticalReport" SET ${set} WHERE "id" = $1`, reportId, ...params);
      await tx.$executeRawUnsafe(`ALTER TABLE "AnalyticalReport" ENABLE TRIGGER "AnalyticalReport_approved_immutable"`);
    });
  afterEach(() => vi.restoreAllMocks());
  const integrityAudits = () => db().auditLog.findMany({ where: { action: INTEGRITY_FAILED_ACTION, entityId: reportId }, orderBy: { id: "asc" } });

  it("refuses a direct SQL change of the approved report; a tampered snapshot is refused on every read, logged and audited once", async () => {
    const original = await report();
    const coordinator = await actorOf(m.coordinator.email);
    await expect(db().$executeRawUnsafe(`UPDATE "AnalyticalReport" SET "snapshot" = jsonb_set("snapshot", '{document,title}', '"Подмена"') WHERE "id" = $1`, reportId)).rejects.toThrow(
      /is approved and immutable: snapshot cannot change/,
    );
    await expect(db().$executeRawUnsafe(`DELETE FROM "AnalyticalReport" WHERE "id" = $1`, reportId)).rejects.toThrow(/cannot be deleted/);
    expect((await getReportView(coordinator, cycleId))?.integrity).toEqual({ ok: true, hash: original.contentHash });

    await tamper(`"snapshot" = jsonb_set("snapshot", '{document,title}', '"Подмена"')`);
    expect((await report()).contentHash).toBe(original.contentHash);
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const view = (await getReportView(coordinator, cycleId))!;
    const computed = contentHash((await report()).snapshot);
    expect(view.integrity).toEqual({ ok: false, reason: "snapshot", stored: original.contentHash, computed });
    expect([view.document, view.order]).toEqual([null, null]);
    expect((await getReportViewOrNotFound(coordinator, cycleId, "report.print")).integrity?.ok).toBe(false);
    // What the pages show instead of the document.
    const banner = renderToStaticMarkup(createElement(IntegrityFailure));
    expect(banner).toContain('role="alert"');
    expect(banner).toContain(INTEGRITY_MISMATCH_MESSAGE);
    expect(INTEGRITY_MISMATCH_MESSAGE).toBe("Контрольная сумма утверждённой справки не совпадает: документ мог быть изменён в базе данных");

    await signInAs(m.coordinator.email);
    for (const route of [reportDocxRoute, orderDocxRoute]) {
      const refused = await call(route, cycleId);
      expect(refused.status).toBe(409);
      expect(await refused.json()).toEqual({ error: { code: "CONFLICT", message: INTEGRITY_DOWNLOAD_REFUSAL } });
    }
    // Four reads: four errors in the log, one audit row (the first reader's), with both hashes.
    expect(logged.mock.calls.map(([fields, message]) => [(fields as { via: string }).via, message])).toEqual(
      ["report.page", "report.print", "report.docx", "report.order_docx"].map((via) => [via, "approved report failed its content hash check"]),
    );
    const rows = await integrityAudits();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: m.coordinator.id, entityType: "AnalyticalReport", before: { contentHash: original.contentHash }, after: { contentHash: computed } });
    expect(rows[0].meta).toEqual({ cycleId, via: "report.page", reason: "snapshot" });
  });

  it("refuses a row rewritten consistently (snapshot and hash): the approval's audited hash differs; restored, it verifies again", async () => {
    const tampered = await report();
    const forgedHash = contentHash(tampered.snapshot);
    vi.spyOn(logger, "error").mockImplementation(() => {});
    await tamper(`"contentHash" = $2`, forgedHash);
    const coordinator = await actorOf(m.coordinator.email);
    expect((await getReportView(coordinator, cycleId, "report.docx"))!.integrity).toEqual({ ok: false, reason: "approval", stored: forgedHash, computed: forgedHash });
    await signInAs(m.coordinator.email);
    expect((await call(reportDocxRoute, cycleId)).status).toBe(409);
    expect((await integrityAudits()).map((r) => r.meta)).toEqual([
      { cycleId, via: "report.page", reason: "snapshot" },
      { cycleId, via: "report.docx", reason: "approval" },
    ]);

    // Put back from the approval's audit row and the snapshot as it was: verified, downloadable again.
    const approval = await db().auditLog.findFirstOrThrow({ where: { action: "report.approve", entityId: reportId } });
    const approvedHash = (approval.after as { contentHash: string }).contentHash;
    await tamper(`"snapshot" = jsonb_set("snapshot", '{document,title}', to_jsonb($2::text)), "contentHash" = $3`, "Об итогах (тест)", approvedHash);
    expect((await getReportView(coordinator, cycleId))!.integrity).toEqual({ ok: true, hash: approvedHash });
    const restored = await call(reportDocxRoute, cycleId);
    expect(restored.status).toBe(200);
    expect(await docxText(restored)).toContain(`Контрольная сумма (SHA-256): ${approvedHash}`);
    expect(await integrityAudits()).toHaveLength(2);
  });
});
