/**
 * Create forms send an idempotency key (components/ui/use-create-action.ts):
 * a double-clicked submit, two requests with one key at once, or a retry
 * after a lost answer create one record and get the same result.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createEventAction } from "@/lib/features/events/actions";
import { submitPracticeAction } from "@/lib/features/practices/actions";
import { uniqueSuffix } from "../../support/db";
import { signInAs } from "../../support/session";

const db = () => getDb();

async function eventInput(topic: string) {
  const [s101] = await Promise.all(["edu230101"].map((code) => db().school.findUniqueOrThrow({ where: { code } })));
  return {
    type: "seminar" as const,
    date: "2025-10-15",
    topic,
    format: "in_person" as const,
    audience: "teachers" as const,
    participants: 12,
    moduleId: "",
    projectId: "",
    schoolIds: [s101.id],
    notes: "",
  };
}

const withKey = <T extends object>(input: T, key: string) => ({ ...input, idempotencyKey: key }) as T;

describe("idempotency key of create forms", () => {
  it("the same create called twice at once with one key makes one record; both get its id", async () => {
    await signInAs("coordinator@opora.demo");
    const topic = `Двойной клик ${uniqueSuffix()}`;
    const input = withKey(await eventInput(topic), randomUUID());
    const [a, b] = await Promise.all([createEventAction(input), createEventAction(input)]);
    expect(a.data?.id).toBeTruthy();
    expect(b.data?.id).toBe(a.data?.id);
    expect(await db().supportEvent.count({ where: { topic } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "event.create", entityId: a.data!.id } })).toBe(1);

    // A retry later (the answer was lost): still the same record.
    const c = await createEventAction(input);
    expect(c.data?.id).toBe(a.data?.id);
    expect(await db().supportEvent.count({ where: { topic } })).toBe(1);
  });

  it("five concurrent submissions of one practice form: one practice", async () => {
    await signInAs("school@opora.demo");
    const title = `Практика двойного клика ${uniqueSuffix()}`;
    const input = withKey(
      {
        title,
        authors: "Иванова И. И., учитель",
        organization: "МБОУ-ООШ № 21",
        level: "school" as const,
        theme: "Работа с родителями",
        description: "Описание практики для проверки повторной отправки формы.",
        fileIds: [],
      },
      randomUUID(),
    );
    const results = await Promise.all(Array.from({ length: 5 }, () => submitPracticeAction(input)));
    const ids = new Set(results.map((r) => r.data?.id ?? JSON.stringify(r.serverError ?? r.validationErrors)));
    expect(ids.size, [...ids].join(" | ")).toBe(1);
    expect(await db().practice.count({ where: { title } })).toBe(1);
  });

  it("without a key, or with a new key, each submission is a new record", async () => {
    await signInAs("coordinator@opora.demo");
    const topic = `Без ключа ${uniqueSuffix()}`;
    const input = await eventInput(topic);
    await createEventAction(input);
    await createEventAction(input);
    await createEventAction(withKey(input, randomUUID()));
    await createEventAction(withKey(input, randomUUID()));
    expect(await db().supportEvent.count({ where: { topic } })).toBe(4);
  });

  it("one form render, two different inputs (one hook for several rows): two records", async () => {
    await signInAs("coordinator@opora.demo");
    const key = randomUUID();
    const first = `Первая ${uniqueSuffix()}`;
    const second = `Вторая ${uniqueSuffix()}`;
    const [a, b] = await Promise.all([createEventAction(withKey(await eventInput(first), key)), createEventAction(withKey(await eventInput(second), key))]);
    expect(a.data?.id).toBeTruthy();
    expect(b.data?.id).toBeTruthy();
    expect(a.data?.id).not.toBe(b.data?.id);
  });

  it("a failed submission leaves no key: the same form sent again after the cause is fixed goes through", async () => {
    await signInAs("coordinator@opora.demo");
    const topic = `После сбоя ${uniqueSuffix()}`;
    const input = withKey(await eventInput(topic), randomUUID());
    // A trigger makes the event insert fail once for this topic.
    await db().$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION opora_test_fail_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.topic = '${topic}' THEN RAISE EXCEPTION 'test: event insert refused'; END IF;
        RETURN NEW;
      END $$`);
    await db().$executeRawUnsafe(`CREATE TRIGGER opora_test_fail_event BEFORE INSERT ON "SupportEvent" FOR EACH ROW EXECUTE FUNCTION opora_test_fail_event()`);
    try {
      const failed = await createEventAction(input);
      expect(failed.serverError?.code).toBe("INTERNAL");
      expect(failed.serverError?.message).toMatch(/^Не удалось выполнить действие/);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS opora_test_fail_event ON "SupportEvent"`);
      await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS opora_test_fail_event()`);
    }
    expect(await db().supportEvent.count({ where: { topic } })).toBe(0);
    const retried = await createEventAction(input);
    expect(retried.data?.id).toBeTruthy();
    expect(await db().supportEvent.count({ where: { topic } })).toBe(1);
  });

  it("someone else's key is refused with a Russian message, nothing written", async () => {
    await signInAs("coordinator@opora.demo");
    const topic = `Чужой ключ ${uniqueSuffix()}`;
    const input = withKey(await eventInput(topic), randomUUID());
    expect((await createEventAction(input)).data?.id).toBeTruthy();
    await signInAs("admin@opora.demo");
    const other = await createEventAction(input);
    expect(other.data).toBeUndefined();
    expect(other.serverError?.message).toBe("Эта форма уже была отправлена. Обновите страницу и заполните её заново.");
    expect(await db().supportEvent.count({ where: { topic } })).toBe(1);
  });
});
