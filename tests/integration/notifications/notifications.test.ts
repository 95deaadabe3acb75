import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/features/notifications/actions";
import { deadlineSyncSettingKey, maybeSyncDeadlines, syncDeadlineNotifications } from "@/lib/features/notifications/deadlines";
import { createTestMunicipality, type TestMunicipality } from "../../support/test-municipality";
import { signInAs } from "../../support/session";

const db = () => getDb();
let m: TestMunicipality;
let year = 2040;

const NOW = new Date("2026-11-23T10:00:00Z");
const day = (offset: number) => new Date(Date.UTC(2026, 10, 23 + offset));

const note = (userId: string, title = "Проверочное уведомление") => db().notification.create({ data: { userId, kind: "info", title } });

/** A cycle under way in the test municipality with school 1 in its lists, a document and measures. */
async function cycleWithSchool(deadlines: Partial<Record<"diagnosisDeadline" | "programmesDeadline" | "reportDeadline", Date>>) {
  const cycle = await db().cycle.create({ data: { municipalityId: m.municipality.id, year: year++, title: "Цикл для уведомлений", status: "diagnosis", ...deadlines } });
  const cs = await db().cycleSchool.create({ data: { cycleId: cycle.id, schoolId: m.schools[0].id, categories: ["shnor"] } });
  const doc = await db().programDocument.create({ data: { cycleSchoolId: cs.id, kind: "concept", title: "Концепция" } });
  const task = await db().documentTask.create({ data: { documentId: doc.id, sortOrder: 1, title: "Задача" } });
  const measure = (title: string, deadline: Date, status: "planned" | "done" | "confirmed" | "in_progress") =>
    db().measure.create({ data: { documentId: doc.id, taskId: task.id, sortOrder: 1, title, deadline, status } });
  const overdue = await measure("Просроченное мероприятие", day(-5), "in_progress");
  const done = await measure("Выполненное мероприятие", day(-5), "confirmed");
  const future = await measure("Будущее мероприятие", day(10), "planned");
  return { cycle, cs, overdue, done, future };
}

const countFor = (userId: string, kind: "deadline_soon" | "overdue", entityId?: string) =>
  db().notification.count({ where: { userId, kind, ...(entityId ? { entityId } : {}) } });

beforeAll(async () => {
  m = await createTestMunicipality();
});

describe("syncDeadlineNotifications", () => {
  it("notifies school admins of a deadline in 3 days and of overdue measures, once", async () => {
    const { cycle, overdue, done, future } = await cycleWithSchool({ diagnosisDeadline: day(2), programmesDeadline: day(4), reportDeadline: day(3) });
    const first = await syncDeadlineNotifications(db(), NOW, { municipalityId: m.municipality.id });
    expect(first.created).toBeGreaterThanOrEqual(3);
    expect(await countFor(m.schoolAdmin.id, "deadline_soon", `${cycle.id}:diagnosisDeadline`)).toBe(1);
    expect(await countFor(m.schoolAdmin.id, "deadline_soon", `${cycle.id}:programmesDeadline`)).toBe(0); // 4 days: not yet
    expect(await countFor(m.coordinator.id, "deadline_soon", `${cycle.id}:reportDeadline`)).toBe(1);
    expect(await countFor(m.schoolAdmin.id, "overdue", overdue.id)).toBe(1);
    expect(await countFor(m.schoolAdmin.id, "overdue", done.id)).toBe(0);
    expect(await countFor(m.schoolAdmin.id, "overdue", future.id)).toBe(0);
    const n = await db().notification.findFirstOrThrow({ where: { userId: m.schoolAdmin.id, entityId: `${cycle.id}:diagnosisDeadline` } });
    expect(n.title).toBe("Срок «Стартовая диагностика и рисковый профиль» — 25.11.2026 (через 2 дня)");

    const total = await db().notification.count();
    const second = await syncDeadlineNotifications(db(), NOW, { municipalityId: m.municipality.id });
    expect(second.created).toBe(0);
    expect(await db().notification.count()).toBe(total);

    // Two sweeps at once still create nothing twice.
    await Promise.all([syncDeadlineNotifications(db(), NOW, { municipalityId: m.municipality.id }), syncDeadlineNotifications(db(), NOW, { municipalityId: m.municipality.id })]);
    expect(await db().notification.count()).toBe(total);
  });

  it("skips schools whose step is done and cycles that are closed", async () => {
    const { cycle, cs } = await cycleWithSchool({ diagnosisDeadline: day(1) });
    await db().riskProfile.create({ data: { cycleSchoolId: cs.id, catalogYear: 2026, status: "submitted" } });
    await syncDeadlineNotifications(db(), NOW, { municipalityId: m.municipality.id });
    expect(await countFor(m.schoolAdmin.id, "deadline_soon", `${cycle.id}:diagnosisDeadline`)).toBe(0);

    const closed = await cycleWithSchool({ diagnosisDeadline: day(1) });
    await db().cycle.update({ where: { id: closed.cycle.id }, data: { status: "closed" } });
    await syncDeadlineNotifications(db(), NOW, { municipalityId: m.municipality.id });
    expect(await countFor(m.schoolAdmin.id, "deadline_soon", `${closed.cycle.id}:diagnosisDeadline`)).toBe(0);
    expect(await countFor(m.schoolAdmin.id, "overdue", closed.overdue.id)).toBe(0);
  });

  it("runs from the page at most once per interval per municipality", async () => {
    await db().setting.deleteMany({ where: { key: deadlineSyncSettingKey(m.municipality.id) } });
    await maybeSyncDeadlines(db(), [m.municipality.id], NOW);
    const { overdue } = await cycleWithSchool({});
    await maybeSyncDeadlines(db(), [m.municipality.id], new Date(NOW.getTime() + 60_000));
    expect(await countFor(m.schoolAdmin.id, "overdue", overdue.id)).toBe(0);
    await maybeSyncDeadlines(db(), [m.municipality.id], new Date(NOW.getTime() + 11 * 60_000));
    expect(await countFor(m.schoolAdmin.id, "overdue", overdue.id)).toBe(1);
  });
});

describe("mark notifications read", () => {
  it("marks one of the actor's own notifications read, with an audit row", async () => {
    const mine = await note(m.curator.id);
    await signInAs(m.curator.email);
    expect((await markNotificationReadAction({ notificationId: mine.id })).data).toEqual({ ok: true });
    const after = await db().notification.findUniqueOrThrow({ where: { id: mine.id } });
    expect(after.readAt).not.toBeNull();
    expect(await db().auditLog.count({ where: { action: "notification.read", entityId: mine.id } })).toBe(1);
    // Again: the first time stays.
    await markNotificationReadAction({ notificationId: mine.id });
    expect((await db().notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toEqual(after.readAt);
  });

  it("answers 404 for someone else's notification and leaves it unread", async () => {
    const theirs = await note(m.curator2.id);
    await signInAs(m.curator.email);
    const denials = await db().auditLog.count({ where: { action: "authz_denied" } });
    const result = await markNotificationReadAction({ notificationId: theirs.id });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await db().auditLog.count({ where: { action: "authz_denied" } })).toBe(denials + 1);
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("marks all of the actor's notifications read and no one else's", async () => {
    const a = await note(m.curator.id);
    const b = await note(m.curator.id);
    const theirs = await note(m.curator2.id);
    await signInAs(m.curator.email);
    const result = await markAllNotificationsReadAction({});
    expect(result.data?.count).toBeGreaterThanOrEqual(2);
    expect(await db().notification.count({ where: { id: { in: [a.id, b.id] }, readAt: null } })).toBe(0);
    expect((await db().notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("rejects invalid input and a missing session", async () => {
    await signInAs(m.curator.email);
    const result = await markNotificationReadAction({ notificationId: "" });
    expect(result.validationErrors?.fieldErrors.notificationId).toBeDefined();
    const { setTestSession } = await import("../../support/session");
    setTestSession(null);
    expect((await markAllNotificationsReadAction({})).serverError?.code).toBe("UNAUTHENTICATED");
  });
});
