import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  addCycleSchoolAction,
  assignCuratorAction,
  createCycleAction,
  endPairingAction,
  removeCycleSchoolAction,
  transitionCycleAction,
  updateCycleAction,
  updateCycleSchoolCategoriesAction,
} from "@/lib/features/cycles/actions";
import { createTestMunicipality, type TestMunicipality } from "../../support/test-municipality";
import { signInAs } from "../../support/session";

const db = () => getDb();
const auditCount = (where: { action: string; entityId?: string }) => db().auditLog.count({ where });
const denials = () => db().auditLog.count({ where: { action: "authz_denied" } });

let m: TestMunicipality;
let nextYear = 2030;
/** Each test opens a cycle of its own year in the test municipality. */
const freshYear = () => nextYear++;

const DEADLINES = {
  diagnosisDeadline: "2030-02-28",
  programmesDeadline: "2030-03-31",
  expertiseDeadline: "2030-04-30",
  mutualExchangeDeadline: "2030-10-07",
  mutualMeetingDeadline: "2030-10-21",
  mutualUploadDeadline: "2030-11-01",
  implementationEnd: "2030-12-15",
  reportDeadline: "2030-12-27",
};
const deadlinesFor = (year: number) => Object.fromEntries(Object.entries(DEADLINES).map(([k, v]) => [k, v.replace("2030", String(year))])) as typeof DEADLINES;

async function openCycle(year = freshYear()) {
  await signInAs(m.coordinator.email);
  const result = await createCycleAction({ year, title: `Дорожная карта на ${year} год (тест)`, orderNumber: "8", orderDate: `${year}-01-09`, ...deadlinesFor(year) });
  if (!result.data) throw new Error(JSON.stringify(result));
  return db().cycle.findUniqueOrThrow({ where: { id: result.data.id } });
}

async function addSchool(cycleId: string, schoolIndex = 0, categories: ("shnor" | "shnsu" | "risk_zone" | "p500")[] = ["shnor"]) {
  await signInAs(m.coordinator.email);
  const result = await addCycleSchoolAction({ cycleId, schoolId: m.schools[schoolIndex].id, categories });
  if (!result.data) throw new Error(JSON.stringify(result));
  return db().cycleSchool.findUniqueOrThrow({ where: { id: result.data.id } });
}

async function closeCycle(cycleId: string) {
  await db().cycle.update({ where: { id: cycleId }, data: { status: "closed", closedAt: new Date() } });
}

beforeAll(async () => {
  m = await createTestMunicipality();
});

describe("createCycleAction", () => {
  it("opens a draft cycle of the coordinator's municipality with its deadlines and an audit row", async () => {
    const year = freshYear();
    await signInAs(m.coordinator.email);
    const result = await createCycleAction({ year, title: `Дорожная карта на ${year} год`, orderNumber: "12", orderDate: `${year}-01-10`, ...deadlinesFor(year) });
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(cycle).toMatchObject({ municipalityId: m.municipality.id, year, status: "draft", orderNumber: "12", version: 1 });
    expect(cycle.reportDeadline?.toISOString()).toBe(`${year}-12-27T00:00:00.000Z`);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "cycle.create", entityId: cycle.id } });
    expect(audit.actorRole).toBe("coordinator");
  });

  it("links the cycle of the year before as the previous one", async () => {
    const first = await openCycle();
    const second = await openCycle(first.year + 1);
    nextYear++;
    expect(second.previousCycleId).toBe(first.id);
  });

  it("refuses a second cycle of the same year with a field error", async () => {
    const cycle = await openCycle();
    const before = await db().cycle.count();
    const result = await createCycleAction({ year: cycle.year, title: "Ещё одна дорожная карта", ...deadlinesFor(cycle.year) });
    expect(result.validationErrors?.fieldErrors.year).toEqual([`Цикл на ${cycle.year} год уже открыт`]);
    expect(await db().cycle.count()).toBe(before);
  });

  it("explains deadlines out of order next to the field and writes nothing", async () => {
    const year = freshYear();
    await signInAs(m.coordinator.email);
    const before = await db().auditLog.count();
    const result = await createCycleAction({ year, title: `Дорожная карта на ${year} год`, ...deadlinesFor(year), expertiseDeadline: `${year}-03-01` });
    expect(result.validationErrors?.fieldErrors.expertiseDeadline).toEqual([`Срок не может быть раньше срока разработки программ (31.03.${year})`]);
    const blank = await createCycleAction({ year: "" as unknown as number, title: "" });
    expect(blank.validationErrors?.fieldErrors.title?.[0]).toBe("Название не короче 10 символов");
    expect(blank.validationErrors?.fieldErrors.year).toBeDefined();
    expect(await db().auditLog.count()).toBe(before);
    expect(await db().cycle.count({ where: { municipalityId: m.municipality.id, year } })).toBe(0);
  });

  it("refuses curators, school admins and teachers with 403 and audits the denial", async () => {
    for (const email of [m.curator.email, m.schoolAdmin.email, "teacher@opora.demo"]) {
      await signInAs(email);
      const d = await denials();
      const result = await createCycleAction({ year: 2099, title: "Дорожная карта на 2099 год" });
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await denials()).toBe(d + 1);
    }
    expect(await db().cycle.count({ where: { year: 2099 } })).toBe(0);
  });

  it("does not let a coordinator open a cycle in another municipality", async () => {
    await signInAs("coordinator@opora.demo");
    const result = await createCycleAction({ year: 2098, title: "Дорожная карта на 2098 год", municipalityId: m.municipality.id });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await db().cycle.count({ where: { year: 2098 } })).toBe(0);
  });
});

describe("updateCycleAction", () => {
  it("saves the settings with optimistic locking and audits before/after", async () => {
    const cycle = await openCycle();
    const input = { cycleId: cycle.id, version: cycle.version, year: cycle.year, title: "Новое название дорожной карты", orderNumber: "15", ...deadlinesFor(cycle.year) };
    expect((await updateCycleAction(input)).data).toEqual({ ok: true });
    const after = await db().cycle.findUniqueOrThrow({ where: { id: cycle.id } });
    expect(after).toMatchObject({ title: "Новое название дорожной карты", orderNumber: "15", version: 2 });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "cycle.update", entityId: cycle.id } });
    expect(audit.before).toMatchObject({ title: cycle.title, orderNumber: "8" });

    const stale = await updateCycleAction({ ...input, title: "Третье название дорожной карты" });
    expect(stale.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycle.id } })).title).toBe("Новое название дорожной карты");
  });

  it("checks deadlines against the stored year, not the one the form sent", async () => {
    const cycle = await openCycle();
    const result = await updateCycleAction({ cycleId: cycle.id, version: 1, year: 2050, title: "Название дорожной карты", ...deadlinesFor(2050) });
    expect(result.validationErrors?.fieldErrors.diagnosisDeadline).toEqual([`Срок должен быть в ${cycle.year} или ${cycle.year + 1} году`]);
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycle.id } })).version).toBe(1);
  });

  it("answers 404 to the coordinator of another municipality and changes nothing", async () => {
    const cycle = await openCycle();
    await signInAs("coordinator@opora.demo");
    const result = await updateCycleAction({ cycleId: cycle.id, version: 1, year: cycle.year, title: "Чужое название дорожной карты" });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycle.id } })).title).toBe(cycle.title);
  });

  it("refuses edits of a closed cycle", async () => {
    const cycle = await openCycle();
    await closeCycle(cycle.id);
    const result = await updateCycleAction({ cycleId: cycle.id, version: 1, year: cycle.year, title: "Название после закрытия" });
    expect(result.serverError?.message).toBe("Цикл закрыт: изменения в нём невозможны.");
    expect(await auditCount({ action: "cycle.update", entityId: cycle.id })).toBe(0);
  });
});

describe("transitionCycleAction", () => {
  it("moves the cycle one stage at a time up to closing, with audit rows; closing needs the approved report", async () => {
    const cycle = await openCycle();
    let version = cycle.version;
    const step = async (event: Parameters<typeof transitionCycleAction>[0]["event"], status: string) => {
      const result = await transitionCycleAction({ cycleId: cycle.id, event, version });
      expect(result.data, event).toEqual({ status });
      version += 1;
      expect(await auditCount({ action: `cycle.${event}`, entityId: cycle.id })).toBe(1);
    };
    await step("start_diagnosis", "diagnosis");
    await step("start_programming", "programming");
    await step("start_expertise", "expertise");
    await step("start_implementation", "implementation");
    await step("start_reporting", "reporting");

    // No report, then a draft: refused (decision 043); the report workflow itself is tested in report.test.ts.
    const refused = { code: "INVALID_TRANSITION", message: "Закрыть цикл можно только после утверждения аналитической справки приказом." };
    expect((await transitionCycleAction({ cycleId: cycle.id, event: "close", version })).serverError).toEqual(refused);
    const report = await db().analyticalReport.create({ data: { cycleId: cycle.id, title: "Об итогах (тест)" } });
    expect((await transitionCycleAction({ cycleId: cycle.id, event: "close", version })).serverError).toEqual(refused);
    expect(await auditCount({ action: "cycle.close", entityId: cycle.id })).toBe(0);
    await db().analyticalReport.update({ where: { id: report.id }, data: { status: "approved", approvedAt: new Date() } });
    await step("close", "closed");
    const closed = await db().cycle.findUniqueOrThrow({ where: { id: cycle.id } });
    expect(closed.closedAt).not.toBeNull();
  });

  it("refuses skipping a stage with the Russian reason", async () => {
    const cycle = await openCycle();
    const result = await transitionCycleAction({ cycleId: cycle.id, event: "close", version: 1 });
    expect(result.serverError).toMatchObject({ code: "INVALID_TRANSITION", message: "Закрыть можно только цикл на этапе подведения итогов." });
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycle.id } })).status).toBe("draft");
  });

  it("detects a stale version, refuses other roles (403) and other municipalities (404)", async () => {
    const cycle = await openCycle();
    expect((await transitionCycleAction({ cycleId: cycle.id, event: "start_diagnosis", version: 1 })).data).toBeDefined();
    await db().cycle.update({ where: { id: cycle.id }, data: { status: "draft" } }); // back, but version is 2 now
    expect((await transitionCycleAction({ cycleId: cycle.id, event: "start_diagnosis", version: 1 })).serverError?.code).toBe("CONFLICT");
    await signInAs(m.curator.email);
    const d = await denials();
    expect((await transitionCycleAction({ cycleId: cycle.id, event: "start_diagnosis", version: 2 })).serverError?.code).toBe("FORBIDDEN");
    expect(await denials()).toBe(d + 1);
    await signInAs("coordinator@opora.demo");
    expect((await transitionCycleAction({ cycleId: cycle.id, event: "start_diagnosis", version: 2 })).serverError?.code).toBe("NOT_FOUND");
    expect((await db().cycle.findUniqueOrThrow({ where: { id: cycle.id } })).status).toBe("draft");
  });

  it("rejects an unknown event as invalid input", async () => {
    const cycle = await openCycle();
    const result = await transitionCycleAction({ cycleId: cycle.id, event: "reopen" as "close", version: 1 });
    expect(result.validationErrors?.fieldErrors.event).toBeDefined();
  });
});

describe("school lists", () => {
  it("adds a school with categories, edits them and removes it, each audited", async () => {
    const cycle = await openCycle();
    const row = await addSchool(cycle.id, 1, ["shnor", "p500", "shnor"]);
    expect(row.categories).toEqual(["shnor", "p500"]);
    expect(await auditCount({ action: "cycle_school.add", entityId: row.id })).toBe(1);

    const dup = await addCycleSchoolAction({ cycleId: cycle.id, schoolId: m.schools[1].id, categories: ["shnsu"] });
    expect(dup.validationErrors?.fieldErrors.schoolId).toEqual(["Школа уже есть в списках цикла"]);

    expect((await updateCycleSchoolCategoriesAction({ cycleSchoolId: row.id, categories: ["risk_zone"], version: 1 })).data).toEqual({ ok: true });
    expect((await db().cycleSchool.findUniqueOrThrow({ where: { id: row.id } })).categories).toEqual(["risk_zone"]);
    const stale = await updateCycleSchoolCategoriesAction({ cycleSchoolId: row.id, categories: ["shnsu"], version: 1 });
    expect(stale.serverError?.code).toBe("CONFLICT");

    expect((await removeCycleSchoolAction({ cycleSchoolId: row.id, version: 2 })).data).toEqual({ ok: true });
    expect(await db().cycleSchool.count({ where: { id: row.id } })).toBe(0);
    expect(await auditCount({ action: "cycle_school.remove", entityId: row.id })).toBe(1);
  });

  it("requires at least one category and writes nothing", async () => {
    const cycle = await openCycle();
    const result = await addCycleSchoolAction({ cycleId: cycle.id, schoolId: m.schools[0].id, categories: [] });
    expect(result.validationErrors?.fieldErrors.categories).toEqual(["Отметьте хотя бы одну категорию"]);
    expect(await db().cycleSchool.count({ where: { cycleId: cycle.id } })).toBe(0);
  });

  it("refuses to remove a school that already has a risk profile", async () => {
    const cycle = await openCycle();
    const row = await addSchool(cycle.id, 2);
    await db().riskProfile.create({ data: { cycleSchoolId: row.id, catalogYear: cycle.year } });
    const result = await removeCycleSchoolAction({ cycleSchoolId: row.id, version: row.version });
    expect(result.serverError?.message).toMatch(/^Нельзя исключить СОШ № 3 .* из списков: у школы уже есть рисковый профиль/);
    expect(await db().cycleSchool.count({ where: { id: row.id } })).toBe(1);
  });

  it("answers 404 for a school or a cycle of another municipality, 403 for a curator", async () => {
    const cycle = await openCycle();
    const demoSchool = await db().school.findUniqueOrThrow({ where: { code: "edu230107" } });
    const foreignSchool = await addCycleSchoolAction({ cycleId: cycle.id, schoolId: demoSchool.id, categories: ["shnor"] });
    expect(foreignSchool.serverError?.code).toBe("NOT_FOUND");
    const row = await addSchool(cycle.id, 0);
    await signInAs("coordinator@opora.demo");
    expect((await updateCycleSchoolCategoriesAction({ cycleSchoolId: row.id, categories: ["shnsu"], version: 1 })).serverError?.code).toBe("NOT_FOUND");
    expect((await removeCycleSchoolAction({ cycleSchoolId: row.id, version: 1 })).serverError?.code).toBe("NOT_FOUND");
    await signInAs(m.curator.email);
    expect((await addCycleSchoolAction({ cycleId: cycle.id, schoolId: m.schools[1].id, categories: ["shnor"] })).serverError?.code).toBe("FORBIDDEN");
    expect(await db().cycleSchool.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ categories: ["shnor"], version: 1 });
  });

  it("refuses list changes in a closed cycle", async () => {
    const cycle = await openCycle();
    const row = await addSchool(cycle.id, 0);
    await closeCycle(cycle.id);
    expect((await addCycleSchoolAction({ cycleId: cycle.id, schoolId: m.schools[1].id, categories: ["shnor"] })).serverError?.code).toBe("INVALID_TRANSITION");
    expect((await updateCycleSchoolCategoriesAction({ cycleSchoolId: row.id, categories: ["shnsu"], version: 1 })).serverError?.code).toBe("INVALID_TRANSITION");
    expect((await removeCycleSchoolAction({ cycleSchoolId: row.id, version: 1 })).serverError?.code).toBe("INVALID_TRANSITION");
    expect(await db().cycleSchool.count({ where: { cycleId: cycle.id } })).toBe(1);
  });
});

describe("curator pairings", () => {
  it("pairs a curator, notifies them, replaces and ends pairings with audit rows", async () => {
    const cycle = await openCycle();
    const row = await addSchool(cycle.id, 0);
    const assigned = await assignCuratorAction({ cycleSchoolId: row.id, curatorId: m.curator.id, pairedOn: `${cycle.year}-01-20`, schoolYear: "2025-2026", agreementNumber: "СД-1", agreementDate: `${cycle.year}-01-20` });
    const first = await db().curatorPairing.findUniqueOrThrow({ where: { id: assigned.data!.id } });
    expect(first).toMatchObject({ curatorId: m.curator.id, active: true, agreementNumber: "СД-1", schoolYear: "2025-2026" });
    expect(await db().notification.count({ where: { userId: m.curator.id, kind: "info", entityId: first.id } })).toBe(1);
    expect(await auditCount({ action: "pairing.assign", entityId: first.id })).toBe(1);

    // The form saw no pairing: now there is one → conflict, nothing written.
    const stale = await assignCuratorAction({ cycleSchoolId: row.id, curatorId: m.curator2.id, pairedOn: `${cycle.year}-02-01` });
    expect(stale.serverError?.code).toBe("CONFLICT");
    const same = await assignCuratorAction({ cycleSchoolId: row.id, curatorId: m.curator.id, pairedOn: `${cycle.year}-02-01`, currentPairingId: first.id, currentPairingVersion: 1 });
    expect(same.validationErrors?.fieldErrors.curatorId).toEqual(["Этот куратор уже закреплён за школой"]);

    const replaced = await assignCuratorAction({ cycleSchoolId: row.id, curatorId: m.curator2.id, pairedOn: `${cycle.year}-02-01`, currentPairingId: first.id, currentPairingVersion: 1 });
    const second = await db().curatorPairing.findUniqueOrThrow({ where: { id: replaced.data!.id } });
    const old = await db().curatorPairing.findUniqueOrThrow({ where: { id: first.id } });
    expect(old).toMatchObject({ active: false, version: 2 });
    expect(old.endedAt).not.toBeNull();
    expect(second.active).toBe(true);
    expect(await db().curatorPairing.count({ where: { cycleSchoolId: row.id, active: true } })).toBe(1);
    expect(await auditCount({ action: "pairing.end", entityId: first.id })).toBe(1);
    expect(await db().notification.count({ where: { userId: m.curator.id, entityId: first.id } })).toBe(2);
    expect(await db().notification.count({ where: { userId: m.curator2.id, entityId: second.id } })).toBe(1);

    expect((await endPairingAction({ pairingId: second.id, version: 1 })).data).toEqual({ ok: true });
    expect((await db().curatorPairing.findUniqueOrThrow({ where: { id: second.id } })).active).toBe(false);
    const again = await endPairingAction({ pairingId: second.id, version: 2 });
    expect(again.serverError?.message).toBe("Закрепление уже завершено.");
  });

  it("accepts only curators of the cycle's municipality", async () => {
    const cycle = await openCycle();
    const row = await addSchool(cycle.id, 0);
    const demoCurator = await db().user.findUniqueOrThrow({ where: { email: "curator@opora.demo" } });
    const result = await assignCuratorAction({ cycleSchoolId: row.id, curatorId: demoCurator.id, pairedOn: `${cycle.year}-01-20` });
    expect(result.validationErrors?.fieldErrors.curatorId).toEqual(["Выберите куратора муниципалитета"]);
    const bad = await assignCuratorAction({ cycleSchoolId: row.id, curatorId: m.curator.id, pairedOn: "20.01.2030", schoolYear: "2025/26" });
    expect(bad.validationErrors?.fieldErrors).toMatchObject({ pairedOn: ["Укажите дату закрепления"], schoolYear: ["Учебный год в виде 2025-2026"] });
    expect(await db().curatorPairing.count({ where: { cycleSchoolId: row.id } })).toBe(0);
  });

  it("answers 404 to another municipality, 403 to a curator, and refuses a closed cycle", async () => {
    const cycle = await openCycle();
    const row = await addSchool(cycle.id, 0);
    const assigned = await assignCuratorAction({ cycleSchoolId: row.id, curatorId: m.curator.id, pairedOn: `${cycle.year}-01-20` });
    const pairingId = assigned.data!.id;
    await signInAs("coordinator@opora.demo");
    expect((await assignCuratorAction({ cycleSchoolId: row.id, curatorId: m.curator2.id, pairedOn: `${cycle.year}-01-20` })).serverError?.code).toBe("NOT_FOUND");
    expect((await endPairingAction({ pairingId, version: 1 })).serverError?.code).toBe("NOT_FOUND");
    await signInAs(m.curator.email);
    const d = await denials();
    expect((await endPairingAction({ pairingId, version: 1 })).serverError?.code).toBe("FORBIDDEN");
    expect(await denials()).toBe(d + 1);
    await closeCycle(cycle.id);
    await signInAs(m.coordinator.email);
    expect((await endPairingAction({ pairingId, version: 1 })).serverError?.code).toBe("INVALID_TRANSITION");
    expect((await db().curatorPairing.findUniqueOrThrow({ where: { id: pairingId } })).active).toBe(true);
  });
});
