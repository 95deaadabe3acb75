/**
 * A change and its audit row are one transaction (lib/actions/mutate.ts):
 * when the audit insert fails, the change is rolled back whole. A test-only
 * trigger makes the audit insert fail for one marked change.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createEventAction, updateEventAction } from "@/lib/features/events/actions";
import { uniqueSuffix } from "../../support/db";
import { signInAs } from "../../support/session";

const db = () => getDb();
const MARKER = `СБОЙ-АУДИТА-${uniqueSuffix()}`;

beforeAll(async () => {
  await db().$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION opora_test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.after::text LIKE '%${MARKER}%' THEN RAISE EXCEPTION 'test: audit insert refused'; END IF;
      RETURN NEW;
    END $$`);
  await db().$executeRawUnsafe(`CREATE TRIGGER opora_test_fail_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION opora_test_fail_audit()`);
});
afterAll(async () => {
  await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS opora_test_fail_audit ON "AuditLog"`);
  await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS opora_test_fail_audit()`);
});

async function eventInput(topic: string) {
  const s101 = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
  return { type: "seminar" as const, date: "2025-10-15", topic, format: "in_person" as const, audience: "teachers" as const, participants: 7, moduleId: "", projectId: "", schoolIds: [s101.id], notes: "" };
}

describe("a failed audit insert rolls the change back", () => {
  it("update: the event keeps its data and version; the user gets the generic Russian error", async () => {
    await signInAs("coordinator@opora.demo");
    const created = await createEventAction(await eventInput(`Исходная тема ${uniqueSuffix()}`));
    const before = await db().supportEvent.findUniqueOrThrow({ where: { id: created.data!.id }, include: { schools: true } });
    const audits = await db().auditLog.count({ where: { entityId: before.id } });

    const result = await updateEventAction({ ...(await eventInput(`Новая тема ${MARKER}`)), participants: 99, schoolIds: [], id: before.id, version: before.version });
    expect(result.data).toBeUndefined();
    expect(result.serverError?.code).toBe("INTERNAL");
    expect(result.serverError?.message).toMatch(/^Не удалось выполнить действие\. Повторите попытку/);

    const after = await db().supportEvent.findUniqueOrThrow({ where: { id: before.id }, include: { schools: true } });
    expect(after).toEqual(before);
    expect(await db().auditLog.count({ where: { entityId: before.id } })).toBe(audits);

    // The trigger is what failed: the same change without the marker goes through.
    const ok = await updateEventAction({ ...(await eventInput(`Новая тема ${uniqueSuffix()}`)), participants: 99, id: before.id, version: before.version });
    expect(ok.data?.id).toBe(before.id);
    expect((await db().supportEvent.findUniqueOrThrow({ where: { id: before.id } })).participants).toBe(99);
  });

  it("create: no event row is left behind", async () => {
    await signInAs("coordinator@opora.demo");
    const topic = `Новое мероприятие ${MARKER}`;
    const result = await createEventAction(await eventInput(topic));
    expect(result.serverError?.code).toBe("INTERNAL");
    expect(await db().supportEvent.count({ where: { topic } })).toBe(0);
  });
});
