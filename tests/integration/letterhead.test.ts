/**
 * «Реквизиты муниципалитета» (decision 045) against a real database: who may
 * edit the letterhead of which municipality, optimistic locking, the audit
 * row, nothing written on bad input — and the reports: an approved report
 * keeps the letterhead of its snapshot, a draft shows the new one. Every
 * change is made in a municipality of the test's own; the demo one is only
 * used for its coordinator (another municipality) and demo roles.
 */
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import LetterheadPage from "@/app/(app)/admin/municipalities/[code]/page";
import MunicipalitiesPage from "@/app/(app)/admin/municipalities/page";
import { GET as orderDocxRoute } from "@/app/(app)/cycles/[cycleId]/report/order/docx/route";
import { GET as reportDocxRoute } from "@/app/(app)/cycles/[cycleId]/report/docx/route";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { contentHash } from "@/lib/domain/report/canonical";
import { updateLetterheadAction } from "@/lib/features/municipalities/actions";
import { getLetterheadOrNotFound, listManagedMunicipalities } from "@/lib/features/municipalities/queries";
import { approveReportAction, createReportAction, saveReportOrderAction } from "@/lib/features/report/actions";
import { defaultOrderFields, getReportView, parseSnapshot } from "@/lib/features/report/view";
import { setTestSession, signInAs } from "../support/session";
import { createTestMunicipality, type TestMunicipality } from "../support/test-municipality";

const db = () => getDb();
const actorOf = async (userId: string): Promise<Actor> => (await loadActor(userId, "session"))!;
const row = (id: string) => db().municipality.findUniqueOrThrow({ where: { id } });
const audits = (entityId: string) => db().auditLog.count({ where: { action: "municipality.update_letterhead", entityId } });
const denials = (actorId: string) =>
  db().auditLog.count({ where: { action: "authz_denied", actorId, meta: { path: ["action"], equals: "municipality.update_letterhead" } } });
const digestOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { digest?: string }).digest ?? (error as Error).message;
  }
};
const docxText = async (response: Response) => {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  return zip.file("word/document.xml")!.async("string");
};
const callDocx = (route: typeof reportDocxRoute, cycleId: string) =>
  route(new Request(`http://localhost/cycles/${cycleId}/report/docx`), { params: Promise.resolve({ cycleId }) });

const LETTERHEAD = {
  name: "г. Новоградск",
  region: "Ставропольский край",
  centerName: "МБУ «Методический центр» г. Новоградска",
  centerAddress: "355000, г. Новоградск, ул. Ленина, д. 1",
  centerPhone: "8(8652)00-00-01",
  directorName: "И.П. Новикова",
};

describe("updateLetterheadAction: who may edit which letterhead", () => {
  let m: TestMunicipality;
  const input = async (overrides: Record<string, unknown> = {}) => ({
    municipalityId: m.municipality.id,
    version: (await row(m.municipality.id)).version,
    ...LETTERHEAD,
    ...overrides,
  });

  beforeAll(async () => {
    m = await createTestMunicipality();
  });

  it("lets the municipality's coordinator edit it: stored normalised, version bumped, audited with before and after", async () => {
    await signInAs(m.coordinator.email);
    const before = await row(m.municipality.id);
    const result = await updateLetterheadAction(await input({ name: "  г. Новоградск ", centerAddress: "355000, г. Новоградск,\nул. Ленина, д. 1" }));
    expect(result.serverError).toBeUndefined();
    expect(result.data).toEqual({ ok: true, version: before.version + 1 });
    const after = await row(m.municipality.id);
    expect(after).toMatchObject({ ...LETTERHEAD, version: before.version + 1, code: before.code });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "municipality.update_letterhead", entityId: m.municipality.id } });
    expect(audit).toMatchObject({ actorId: m.coordinator.id, actorRole: "coordinator", entityType: "Municipality" });
    expect(audit.before).toEqual({ name: before.name, region: before.region, centerName: before.centerName, centerAddress: null, centerPhone: null, directorName: null });
    expect(audit.after).toEqual(LETTERHEAD);
  });

  it("lets the administrator edit any municipality's letterhead and clear the optional lines", async () => {
    const adminId = await signInAs("admin@opora.demo");
    const version = (await row(m.municipality.id)).version;
    const result = await updateLetterheadAction(await input({ centerAddress: "", centerPhone: " ", directorName: undefined }));
    expect(result.data).toEqual({ ok: true, version: version + 1 });
    expect(await row(m.municipality.id)).toMatchObject({ centerAddress: null, centerPhone: null, directorName: null, centerName: LETTERHEAD.centerName });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "municipality.update_letterhead", entityId: m.municipality.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: adminId, actorRole: "admin" });
    expect(audit.after).toMatchObject({ centerAddress: null, centerPhone: null, directorName: null });
  });

  it("refuses a curator, a school team and a teacher with 403, audits the denial and writes nothing", async () => {
    const teacher = await db().user.findUniqueOrThrow({ where: { email: "teacher@opora.demo" } });
    const before = await row(m.municipality.id);
    const edits = await audits(m.municipality.id);
    for (const user of [m.curator, m.schoolAdmin, teacher, await db().user.findUniqueOrThrow({ where: { email: "tutor@opora.demo" } })]) {
      await signInAs(user.email);
      const denied = await denials(user.id);
      const result = await updateLetterheadAction(await input({ centerName: "Чужой центр" }));
      expect(result.serverError?.code, user.email).toBe("FORBIDDEN");
      expect(await denials(user.id), user.email).toBe(denied + 1);
    }
    expect(await row(m.municipality.id)).toEqual(before);
    expect(await audits(m.municipality.id)).toBe(edits);
  });

  it("is a 404 for another municipality's coordinator, in the action and on the page, audited", async () => {
    const demoCoordinator = await signInAs("coordinator@opora.demo");
    const before = await row(m.municipality.id);
    const denied = await denials(demoCoordinator);
    const result = await updateLetterheadAction(await input({ centerName: "Захват" }));
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await denials(demoCoordinator)).toBe(denied + 1);
    expect(await row(m.municipality.id)).toEqual(before);

    const actor = await actorOf(demoCoordinator);
    expect(await digestOf(getLetterheadOrNotFound(actor, before.code))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    expect(await digestOf(LetterheadPage({ params: Promise.resolve({ code: before.code }) }))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    // Their own municipality is the only one they see; the list sends them straight to it.
    expect((await listManagedMunicipalities(actor)).map((x) => x.code)).toEqual(["armavir-demo"]);
    expect(await digestOf(MunicipalitiesPage())).toBe("NEXT_REDIRECT;replace;/admin/municipalities/armavir-demo;307;");
  });

  it("is a 403 page for a curator and a login redirect for nobody; the administrator's list has every municipality", async () => {
    await signInAs(m.curator.email);
    expect(await digestOf(LetterheadPage({ params: Promise.resolve({ code: m.municipality.code }) }))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    setTestSession(null);
    expect((await updateLetterheadAction(await input())).serverError?.code).toBe("UNAUTHENTICATED");
    expect(await digestOf(MunicipalitiesPage())).toMatch(/^NEXT_REDIRECT;replace;\/login;/);
    const admin = await actorOf(await signInAs("admin@opora.demo"));
    const codes = (await listManagedMunicipalities(admin)).map((x) => x.code);
    expect(codes).toEqual(expect.arrayContaining(["armavir-demo", m.municipality.code]));
    expect(await digestOf(LetterheadPage({ params: Promise.resolve({ code: m.municipality.code }) }))).toBe("ok");
  });

  it("tells the second of two editors that the letterhead changed, and keeps the first one's save", async () => {
    await signInAs(m.coordinator.email);
    const stale = (await row(m.municipality.id)).version;
    expect((await updateLetterheadAction({ ...(await input()), version: stale, directorName: "А.А. Первая" })).data).toBeDefined();
    const edits = await audits(m.municipality.id);
    const second = await updateLetterheadAction({ ...(await input()), version: stale, directorName: "Б.Б. Вторая" });
    expect(second.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    expect(await row(m.municipality.id)).toMatchObject({ directorName: "А.А. Первая", version: stale + 1 });
    expect(await audits(m.municipality.id)).toBe(edits);
  });

  it("answers bad input with Russian messages beside the fields and writes nothing", async () => {
    await signInAs(m.coordinator.email);
    const before = await row(m.municipality.id);
    const total = await db().auditLog.count();
    const result = await updateLetterheadAction(await input({ name: " ", region: "", centerName: "   ", centerPhone: "спросить у секретаря", directorName: "Я".repeat(101) }));
    expect(result.validationErrors?.fieldErrors).toEqual({
      name: ["Укажите наименование муниципалитета"],
      region: ["Укажите субъект РФ"],
      centerName: ["Укажите наименование методического центра"],
      centerPhone: [expect.stringMatching(/^Телефон: только цифры/)],
      directorName: ["Не длиннее 100 символов"],
    });
    expect(await row(m.municipality.id)).toEqual(before);
    expect(await db().auditLog.count()).toBe(total);
  });
});

describe("the letterhead in the analytical reports", () => {
  let m: TestMunicipality;
  let approvedCycleId: string;
  let draftCycleId: string;
  const year = new Date().getUTCFullYear();
  const OLD = { centerName: "МКУ «Старый центр» (тест)", centerAddress: "350000, ул. Старая, 1", centerPhone: "8(000)111-11-11", directorName: "С.С. Старова" };
  const NEW = { centerName: "МБУ «Новый центр» (тест)", centerAddress: "350001, ул. Новая, 2", centerPhone: "8(000)222-22-22", directorName: "Н.Н. Новова" };

  beforeAll(async () => {
    m = await createTestMunicipality();
    await db().municipality.update({ where: { id: m.municipality.id }, data: { region: "Краснодарский край", ...OLD } });
    const cycle = (y: number, status: "implementation" | "reporting") =>
      db().cycle.create({ data: { municipalityId: m.municipality.id, year: y, title: `Дорожная карта (тест) на ${y} год`, status } });
    approvedCycleId = (await cycle(year - 1, "reporting")).id;
    draftCycleId = (await cycle(year, "implementation")).id;

    // Last year's report, approved by an order while the old letterhead was in force.
    await signInAs(m.coordinator.email);
    const created = await createReportAction({ cycleId: approvedCycleId });
    expect(created.serverError).toBeUndefined();
    const reportId = created.data!.id;
    const order = await saveReportOrderAction({
      reportId,
      orderVersion: null,
      number: "31",
      date: `${year - 1}-12-27`,
      signatoryName: OLD.directorName,
      signatoryPosition: `Директор ${OLD.centerName}`,
      preamble: "",
      items: [{ text: "Утвердить аналитическую справку.", responsible: "", deadline: "" }],
    });
    expect(order.serverError).toBeUndefined();
    const report = await db().analyticalReport.findUniqueOrThrow({ where: { id: reportId } });
    expect((await approveReportAction({ reportId, version: report.version })).serverError).toBeUndefined();
    // This year's report: a draft.
    expect((await createReportAction({ cycleId: draftCycleId })).serverError).toBeUndefined();
  });

  it("keeps an approved report's snapshot, hash and .docx when the letterhead changes", async () => {
    const actor = await actorOf(m.coordinator.id);
    const approvedBefore = await db().analyticalReport.findUniqueOrThrow({ where: { cycleId: approvedCycleId } });
    const snapshot = parseSnapshot(approvedBefore.snapshot)!;
    expect(snapshot.document.letterhead).toMatchObject({ region: "КРАСНОДАРСКИЙ КРАЙ", centerName: OLD.centerName });
    expect(snapshot.document.signature.name).toBe(OLD.directorName);

    await signInAs(m.coordinator.email);
    const version = (await row(m.municipality.id)).version;
    const saved = await updateLetterheadAction({ municipalityId: m.municipality.id, version, name: m.municipality.name, region: "Ставропольский край", ...NEW });
    expect(saved.serverError).toBeUndefined();

    const approvedAfter = await db().analyticalReport.findUniqueOrThrow({ where: { cycleId: approvedCycleId } });
    expect(approvedAfter.snapshot).toEqual(approvedBefore.snapshot);
    expect(approvedAfter.contentHash).toBe(approvedBefore.contentHash);
    expect(approvedAfter.version).toBe(approvedBefore.version);
    const view = (await getReportView(actor, approvedCycleId))!;
    expect(view.document).toEqual(snapshot.document);
    expect(view.order!.document).toEqual(snapshot.order);
    expect(contentHash({ document: view.document, order: view.order!.document })).toBe(approvedBefore.contentHash);

    for (const route of [reportDocxRoute, orderDocxRoute]) {
      const xml = await docxText(await callDocx(route, approvedCycleId));
      expect(xml).toContain("КРАСНОДАРСКИЙ КРАЙ");
      expect(xml).toContain("«Старый центр»");
      expect(xml).not.toContain("«Новый центр»");
      expect(xml).not.toContain("СТАВРОПОЛЬСКИЙ КРАЙ");
    }
  });

  it("shows the new letterhead in a draft report, its order's defaults and its .docx", async () => {
    const actor = await actorOf(m.coordinator.id);
    const view = (await getReportView(actor, draftCycleId))!;
    expect(view.report?.status).toBe("draft");
    expect(view.document!.letterhead).toEqual({
      region: "СТАВРОПОЛЬСКИЙ КРАЙ",
      centerName: NEW.centerName,
      contacts: `${NEW.centerAddress}, ${NEW.centerPhone}`,
      place: m.municipality.name,
    });
    expect(view.document!.signature).toEqual({ position: "Директор Центра", name: NEW.directorName });
    expect(defaultOrderFields(view, actor)).toMatchObject({ signatoryName: NEW.directorName, signatoryPosition: `Директор ${NEW.centerName}` });
    const xml = await docxText(await callDocx(reportDocxRoute, draftCycleId));
    expect(xml).toContain("СТАВРОПОЛЬСКИЙ КРАЙ");
    expect(xml).toContain("«Новый центр»");
    expect(xml).toContain("ПРОЕКТ");
  });
});
