import { describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { createEventAction, deleteEventAction, updateEventAction } from "@/lib/features/events/actions";
import { getEventOrNotFound, getEventSummary, listEvents } from "@/lib/features/events/queries";
import { eventListQuerySchema } from "@/lib/features/events/schemas";
import { toDate } from "@/lib/features/support/fields";
import { uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
const auditCount = (action: string, entityId?: string) => db().auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } });

async function demo() {
  const municipality = await db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
  const [s101, s102] = await Promise.all(["edu230101", "edu230102"].map((code) => db().school.findUniqueOrThrow({ where: { code } })));
  const module = await db().planModule.findFirstOrThrow({ where: { municipalityId: municipality.id }, orderBy: { title: "asc" } });
  const project = await db().municipalProject.findFirstOrThrow({ where: { municipalityId: municipality.id, title: "Методический абонемент" } });
  return { municipality, s101, s102, module, project };
}

/**
 * The other municipality of tests/integration/scope.test.ts (same codes, upserted), so that
 * its rows stay "other" for every test sharing the database; here with a module and an event.
 */
async function otherMunicipality() {
  const suffix = uniqueSuffix();
  const m = await db().municipality.upsert({
    where: { code: "scope-test-other" },
    update: {},
    create: { code: "scope-test-other", name: "Другой город (тест)", region: "Тест", centerName: "Другой центр" },
  });
  const school = await db().school.upsert({
    where: { code: "edu990001" },
    update: {},
    create: { code: "edu990001", municipalityId: m.id, name: "Другая школа", shortName: "Другая школа", kind: "sosh" },
  });
  const module = await db().planModule.create({ data: { municipalityId: m.id, title: `Чужой модуль ${suffix}` } });
  const event = await db().supportEvent.create({
    data: { municipalityId: m.id, type: "webinar", date: toDate("2025-10-01"), topic: `Чужое ${suffix}`, format: "remote", audience: "teachers", participants: 5, schools: { connect: [{ id: school.id }] } },
  });
  return { m, school, module, event };
}

async function input(overrides: Record<string, unknown> = {}) {
  const { s101, s102, module, project } = await demo();
  return {
    type: "seminar" as const,
    date: "2025-10-15",
    topic: `Проверочный семинар ${uniqueSuffix()}`,
    format: "in_person" as const,
    audience: "teachers" as const,
    participants: 12,
    moduleId: module.id,
    projectId: project.id,
    schoolIds: [s101.id, s102.id],
    notes: "Заметка",
    ...overrides,
  };
}

async function createAsCoordinator(overrides: Record<string, unknown> = {}) {
  await signInAs("coordinator@opora.demo");
  const data = await input(overrides);
  const result = await createEventAction(data);
  expect(result.serverError).toBeUndefined();
  return db().supportEvent.findUniqueOrThrow({ where: { id: result.data!.id }, include: { schools: true } });
}

describe("createEventAction", () => {
  it("lets the coordinator register an event of their municipality with its schools, cycle and audit row", async () => {
    const { municipality, s101, s102 } = await demo();
    const event = await createAsCoordinator();
    expect(event.municipalityId).toBe(municipality.id);
    expect(event.schools.map((s) => s.id).sort()).toEqual([s101.id, s102.id].sort());
    expect(event.date.toISOString().slice(0, 10)).toBe("2025-10-15");
    const cycle = await db().cycle.findFirstOrThrow({ where: { municipalityId: municipality.id, year: 2025 } });
    expect(event.cycleId).toBe(cycle.id);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "event.create", entityId: event.id } });
    expect(audit.actorRole).toBe("coordinator");
    expect(audit.after).toMatchObject({ topic: event.topic, participants: 12, date: "2025-10-15" });
  });

  it("refuses other roles with 403, audits the denial and writes nothing", async () => {
    const data = await input();
    for (const email of ["curator@opora.demo", "school@opora.demo", "teacher@opora.demo", "tutor@opora.demo"]) {
      await signInAs(email);
      const denials = await auditCount("authz_denied");
      const result = await createEventAction(data);
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await auditCount("authz_denied"), email).toBe(denials + 1);
    }
    expect(await db().supportEvent.count({ where: { topic: data.topic } })).toBe(0);
  });

  it("rejects invalid input with Russian field errors and writes nothing", async () => {
    await signInAs("coordinator@opora.demo");
    const before = await db().auditLog.count();
    const events = await db().supportEvent.count();
    const bad = await createEventAction({ ...(await input()), topic: "  ", date: "", participants: -1 });
    expect(bad.validationErrors?.fieldErrors).toMatchObject({
      topic: ["Укажите тему"],
      date: ["Укажите дату мероприятия"],
      participants: ["Число участников не может быть отрицательным"],
    });
    const fraction = await createEventAction({ ...(await input()), participants: 1.5, date: "2025-02-30" });
    expect(fraction.validationErrors?.fieldErrors.participants).toEqual(["Число участников — целое число"]);
    expect(fraction.validationErrors?.fieldErrors.date).toEqual(["Укажите дату в формате ДД.ММ.ГГГГ"]);
    const enumBad = await createEventAction({ ...(await input()), type: "party" as never });
    expect(enumBad.validationErrors?.fieldErrors.type).toEqual(["Выберите вид мероприятия"]);
    expect(await db().auditLog.count()).toBe(before);
    expect(await db().supportEvent.count()).toBe(events);
  });

  it("accepts only schools and modules of the coordinator's municipality", async () => {
    const other = await otherMunicipality();
    const { s101 } = await demo();
    await signInAs("coordinator@opora.demo");
    const data = await input({ schoolIds: [s101.id, other.school.id], moduleId: other.module.id });
    const result = await createEventAction(data);
    expect(result.validationErrors?.fieldErrors).toMatchObject({
      schoolIds: ["Можно выбрать только школы своего муниципалитета"],
      moduleId: ["Выберите модуль плана из каталога муниципалитета"],
    });
    expect(await db().supportEvent.count({ where: { topic: data.topic } })).toBe(0);
  });
});

describe("updateEventAction", () => {
  it("updates the event and its schools, bumps the version and audits before/after", async () => {
    const { s102 } = await demo();
    const event = await createAsCoordinator();
    const data = await input({ topic: `${event.topic} (изм.)`, participants: 40, schoolIds: [s102.id], projectId: "" });
    const result = await updateEventAction({ ...data, id: event.id, version: event.version });
    expect(result.serverError).toBeUndefined();
    const after = await db().supportEvent.findUniqueOrThrow({ where: { id: event.id }, include: { schools: true } });
    expect(after).toMatchObject({ topic: data.topic, participants: 40, projectId: null, version: event.version + 1 });
    expect(after.schools.map((s) => s.id)).toEqual([s102.id]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "event.update", entityId: event.id } });
    expect(audit.before).toMatchObject({ participants: 12, topic: event.topic });
    expect(audit.after).toMatchObject({ participants: 40, schoolIds: [s102.id], projectId: null });
  });

  it("tells the second of two editors that the event changed", async () => {
    const event = await createAsCoordinator();
    const data = await input();
    expect((await updateEventAction({ ...data, id: event.id, version: event.version })).data).toBeDefined();
    const stale = await updateEventAction({ ...data, participants: 99, id: event.id, version: event.version });
    expect(stale.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    expect((await db().supportEvent.findUniqueOrThrow({ where: { id: event.id } })).participants).toBe(12);
    expect(await auditCount("event.update", event.id)).toBe(1);
  });

  it("answers 404 for another municipality's event, audits the denial and changes nothing", async () => {
    const other = await otherMunicipality();
    await signInAs("coordinator@opora.demo");
    const result = await updateEventAction({ ...(await input()), id: other.event.id, version: other.event.version });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied" }, orderBy: { id: "desc" } });
    expect(denial.meta).toMatchObject({ action: "event.update", code: "NOT_FOUND" });
    expect(await db().supportEvent.findUniqueOrThrow({ where: { id: other.event.id } })).toMatchObject({ topic: other.event.topic, version: 1 });
  });

  it("refuses the school admin with 403 and rejects invalid input without writing", async () => {
    const event = await createAsCoordinator();
    await signInAs("school@opora.demo");
    expect((await updateEventAction({ ...(await input()), id: event.id, version: event.version })).serverError?.code).toBe("FORBIDDEN");
    await signInAs("coordinator@opora.demo");
    const bad = await updateEventAction({ ...(await input()), topic: "", id: event.id, version: event.version });
    expect(bad.validationErrors?.fieldErrors.topic).toEqual(["Укажите тему"]);
    expect(await db().supportEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ topic: event.topic, version: event.version });
  });
});

describe("deleteEventAction", () => {
  it("deletes the event with an audit row; a stale version is a conflict", async () => {
    const event = await createAsCoordinator();
    const stale = await deleteEventAction({ id: event.id, version: event.version + 1 });
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect(await db().supportEvent.count({ where: { id: event.id } })).toBe(1);
    const result = await deleteEventAction({ id: event.id, version: event.version });
    expect(result.data).toEqual({ ok: true });
    expect(await db().supportEvent.count({ where: { id: event.id } })).toBe(0);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "event.delete", entityId: event.id } });
    expect(audit.before).toMatchObject({ topic: event.topic });
  });

  it("refuses other roles (403) and another municipality's event (404)", async () => {
    const event = await createAsCoordinator();
    await signInAs("curator@opora.demo");
    expect((await deleteEventAction({ id: event.id, version: event.version })).serverError?.code).toBe("FORBIDDEN");
    const other = await otherMunicipality();
    await signInAs("coordinator@opora.demo");
    expect((await deleteEventAction({ id: other.event.id, version: 1 })).serverError?.code).toBe("NOT_FOUND");
    expect(await db().supportEvent.count({ where: { id: { in: [event.id, other.event.id] } } })).toBe(2);
    expect(await auditCount("event.delete", other.event.id)).toBe(0);
  });

  it("rejects invalid input", async () => {
    await signInAs("coordinator@opora.demo");
    const result = await deleteEventAction({ id: "", version: 0 });
    expect(result.validationErrors?.fieldErrors).toMatchObject({ id: [expect.any(String)], version: [expect.any(String)] });
  });
});

describe("event queries", () => {
  const period2025 = { from: toDate("2025-01-01"), to: toDate("2025-12-31") };

  it("summarises the coordinator's events of a period consistently with the rows", async () => {
    await signInAs("coordinator@opora.demo");
    const actor = (await getActor())!;
    const before = await getEventSummary(actor, period2025);
    const { municipality } = await demo();
    const rows = await db().supportEvent.count({ where: { municipalityId: municipality.id, date: { gte: period2025.from, lte: period2025.to } } });
    expect(before.total).toBe(rows);
    for (const group of [before.byType, before.byModule, before.byProject]) expect(group.reduce((n, r) => n + r.count, 0)).toBe(rows);

    await createAsCoordinator({ type: "management_school" });
    const after = await getEventSummary(actor, period2025);
    const count = (s: typeof before) => s.byType.find((r) => r.key === "management_school")?.count ?? 0;
    expect(count(after)).toBe(count(before) + 1);
    expect(after.total).toBe(before.total + 1);
    // Another municipality's events never count.
    await otherMunicipality();
    expect((await getEventSummary(actor, period2025)).total).toBe(after.total);
  });

  it("shows the school admin only the events of their school, and 404 for others", async () => {
    const { s101 } = await demo();
    const mine = await createAsCoordinator();
    const notMine = await createAsCoordinator({ schoolIds: [(await demo()).s102.id] });
    await signInAs("school@opora.demo");
    const actor = (await getActor())!;
    const list = await listEvents(actor, eventListQuerySchema.parse({ q: "Проверочный семинар" }));
    const ids = list.events.map((e) => e.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(notMine.id);
    const visible = await db().supportEvent.count({ where: { topic: { contains: "Проверочный семинар" }, schools: { some: { id: s101.id } } } });
    expect(list.total).toBe(visible);
    await expect(getEventOrNotFound(actor, notMine.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    expect((await getEventOrNotFound(actor, mine.id)).topic).toBe(mine.topic);
  });
});
