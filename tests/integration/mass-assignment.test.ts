/**
 * Mass assignment (issue 7, security point 2): fields a form never offers —
 * `role`, `schoolId`, `municipalityId`, `status`, `version`, `id`,
 * `createdById`, `submittedById`… — added to a server action's input (an
 * object, or FormData) or to a REST API request change nothing.
 *
 * Structurally, every input schema of the features strips unknown keys
 * (no loose/passthrough object anywhere); then representative create and
 * update actions of several features are called with the extras and the
 * stored rows are checked.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { getDb } from "@/lib/db/client";
import { POST as importFile } from "@/app/api/v1/imports/[kind]/route";
import { createCycleAction, updateCycleAction } from "@/lib/features/cycles/actions";
import { createEventAction, updateEventAction } from "@/lib/features/events/actions";
import { progressMeasureAction } from "@/lib/features/measures/actions";
import { submitPracticeAction, updatePracticeAction } from "@/lib/features/practices/actions";
import { setUserActiveAction } from "@/lib/features/users/actions";
import { tokenFor } from "../support/api";
import { createTestUser, uniqueSuffix } from "../support/db";
import { csvBytes } from "../support/imports";
import { setTestSession, signInAs } from "../support/session";
import { createTestMunicipality, type TestMunicipality } from "../support/test-municipality";

const db = () => getDb();
let other: TestMunicipality;
let adminId: string;

/** What an attacker adds to any input: ids of someone else's world and states the form never offers. */
const extras = () => ({
  id: `forged-${uniqueSuffix()}`,
  role: "admin",
  roles: [{ role: "admin" }],
  municipalityId: other.municipality.id,
  schoolId: other.schools[0].id,
  createdById: adminId,
  submittedById: adminId,
  userId: adminId,
  status: "confirmed",
  version: 999,
  sessionVersion: 0,
  createdAt: "2000-01-01T00:00:00Z",
});

beforeAll(async () => {
  other = await createTestMunicipality();
  adminId = (await db().user.findUniqueOrThrow({ where: { email: "admin@opora.demo" } })).id;
});
afterAll(() => setTestSession(null));

describe("every input schema strips what it does not declare", () => {
  /** Every zod object reachable from a schema (through pipes, wrappers, arrays, unions). */
  function objectsIn(schema: z.ZodType, seen = new Set<unknown>()): z.ZodType[] {
    if (!schema || seen.has(schema)) return [];
    seen.add(schema);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const def = (schema as any)._zod?.def ?? (schema as any).def;
    if (!def) return [];
    const out: z.ZodType[] = [];
    if (def.type === "object") {
      out.push(schema);
      for (const child of Object.values(def.shape as Record<string, z.ZodType>)) out.push(...objectsIn(child, seen));
    }
    for (const key of ["in", "out", "innerType", "element", "left", "right"]) if (def[key]) out.push(...objectsIn(def[key], seen));
    for (const option of def.options ?? []) out.push(...objectsIn(option, seen));
    return out;
  }

  it("no schema module of lib/features declares a loose (passthrough) object", async () => {
    const root = path.join(process.cwd(), "lib/features");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (/schemas\.ts$/.test(e.name)) files.push(path.join(dir, e.name));
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(15);
    let objects = 0;
    const loose: string[] = [];
    for (const file of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!value || typeof value !== "object" || !("_zod" in value)) continue;
        for (const object of objectsIn(value as z.ZodType)) {
          objects += 1;
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          const catchall = (object as any)._zod.def.catchall;
          if (catchall && catchall._zod.def.type !== "never") loose.push(`${path.relative(process.cwd(), file)}#${name}`);
        }
      }
    }
    expect(objects).toBeGreaterThan(50);
    expect(loose).toEqual([]);
  });
});

describe("extra fields in a server action's input change nothing", () => {
  it("events: create and update keep the coordinator's municipality, a fresh id and version", async () => {
    await signInAs("coordinator@opora.demo");
    const demo = await db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
    const fields = { type: "seminar" as const, date: "2025-10-15", topic: `Семинар ${uniqueSuffix()}`, format: "in_person" as const, audience: "teachers" as const, participants: 12, schoolIds: [] };
    const forged = extras();
    const created = await createEventAction({ ...forged, ...fields } as typeof fields);
    expect(created.data?.id, JSON.stringify(created)).toBeDefined();
    expect(created.data!.id).not.toBe(forged.id);
    const row = await db().supportEvent.findUniqueOrThrow({ where: { id: created.data!.id } });
    expect(row).toMatchObject({ municipalityId: demo.id, version: 1 });
    expect(await db().supportEvent.count({ where: { id: forged.id } })).toBe(0);

    const updated = await updateEventAction({ ...extras(), ...fields, topic: "Обновлённая тема", id: row.id, version: row.version } as never);
    expect(updated.serverError).toBeUndefined();
    expect(await db().supportEvent.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ municipalityId: demo.id, version: 2, topic: "Обновлённая тема" });
  });

  it("events: the same input as FormData is refused as invalid and nothing is written", async () => {
    await signInAs("coordinator@opora.demo");
    const before = await db().supportEvent.count();
    const form = new FormData();
    for (const [k, v] of Object.entries({ type: "seminar", date: "2025-10-15", topic: "Через FormData", format: "in_person", audience: "teachers", participants: "3", municipalityId: other.municipality.id }))
      form.set(k, v);
    const result = await createEventAction(form as never);
    expect(result.validationErrors).toBeDefined();
    expect(await db().supportEvent.count()).toBe(before);
  });

  it("practices: a submitted practice is «submitted», by the actor, in the actor's municipality — whatever the input says", async () => {
    const teacherId = await signInAs("teacher@opora.demo");
    const demo = await db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
    const fields = {
      title: `Практика ${uniqueSuffix()}`,
      authors: "Иванова И.И.",
      organization: "МБОУ-ООШ № 21",
      level: "school" as const,
      theme: "Наставничество",
      description: "Описание практики для проверки.",
      fileIds: [],
    };
    const created = await submitPracticeAction({ ...extras(), status: "recommended_atlas", ...fields } as typeof fields);
    expect(created.data?.id, JSON.stringify(created)).toBeDefined();
    const row = await db().practice.findUniqueOrThrow({ where: { id: created.data!.id } });
    expect(row).toMatchObject({ status: "submitted", submittedById: teacherId, municipalityId: demo.id, version: 1 });
    expect(row.schoolId).not.toBe(other.schools[0].id);

    const updated = await updatePracticeAction({ ...extras(), status: "recommended_atlas", ...fields, title: "Новое название", practiceId: row.id, version: row.version } as never);
    expect(updated.serverError).toBeUndefined();
    expect(await db().practice.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "submitted", submittedById: teacherId, municipalityId: demo.id, title: "Новое название" });
  });

  it("cycles: a new cycle is a draft of the coordinator's own municipality; an update cannot move its stage", async () => {
    await signInAs(other.coordinator.email);
    const year = 2040;
    const fields = {
      year,
      title: `Дорожная карта на ${year} год`,
      orderNumber: "1",
      orderDate: `${year}-01-09`,
      diagnosisDeadline: `${year}-02-28`,
      programmesDeadline: `${year}-03-31`,
      expertiseDeadline: `${year}-04-30`,
      mutualExchangeDeadline: `${year}-10-07`,
      mutualMeetingDeadline: `${year}-10-21`,
      mutualUploadDeadline: `${year}-11-01`,
      implementationEnd: `${year}-12-15`,
      reportDeadline: `${year}-12-27`,
    };
    const demo = await db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
    // `municipalityId` is a declared field (an administrator picks the municipality): another one is out of scope.
    const foreign = await createCycleAction({ ...extras(), municipalityId: demo.id, ...fields } as typeof fields);
    expect(foreign.serverError?.code).toBe("NOT_FOUND");
    expect(await db().cycle.count({ where: { municipalityId: demo.id, year } })).toBe(0);
    const { municipalityId: _declared, ...undeclared } = extras();
    const created = await createCycleAction({ ...undeclared, status: "closed", closedAt: new Date(), previousCycleId: "forged", ...fields } as typeof fields);
    expect(created.data?.id, JSON.stringify(created)).toBeDefined();
    const row = await db().cycle.findUniqueOrThrow({ where: { id: created.data!.id } });
    expect(row).toMatchObject({ municipalityId: other.municipality.id, status: "draft", version: 1, closedAt: null });

    const updated = await updateCycleAction({ ...extras(), status: "closed", municipalityId: demo.id, ...fields, title: "Новое название", cycleId: row.id, version: row.version } as never);
    expect(updated.serverError, JSON.stringify(updated)).toBeUndefined();
    expect(await db().cycle.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ municipalityId: other.municipality.id, status: "draft", title: "Новое название" });
  });

  it("users: deactivating a user with `role`, `email`, `sessionVersion` extras changes only `active`", async () => {
    const user = await createTestUser({ teacherAt: "edu230101" });
    await signInAs("admin@opora.demo");
    const result = await setUserActiveAction({ ...extras(), email: "admin@opora.demo", userId: user.id, active: false, version: user.version } as never);
    expect(result.serverError, JSON.stringify(result)).toBeUndefined();
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id }, include: { roles: true } });
    expect(after).toMatchObject({ active: false, email: user.email, sessionVersion: user.sessionVersion + 1 });
    expect(after.roles.map((r) => r.role)).toEqual(["teacher"]);
  });

  it("measures: a status in the input is not a way around the workflow", async () => {
    await signInAs("school@opora.demo");
    const documentId = "demo-doc-mtp-edu230101";
    const task = await db().documentTask.findFirstOrThrow({ where: { documentId } });
    const measure = await db().measure.create({
      data: { documentId, taskId: task.id, sortOrder: 950, title: `Мероприятие ${uniqueSuffix()}`, deadline: new Date("2026-05-30T00:00:00Z"), status: "planned" },
    });
    const result = await progressMeasureAction({ ...extras(), status: "confirmed", documentId: "demo-doc-other", measureId: measure.id, version: measure.version, event: "start" } as never);
    expect(result.data, JSON.stringify(result)).toMatchObject({ status: "in_progress" });
    expect(await db().measure.findUniqueOrThrow({ where: { id: measure.id } })).toMatchObject({ status: "in_progress", documentId, version: measure.version + 1 });
  });
});

describe("extra fields in a REST API request change nothing", () => {
  it("an events import with `municipalityId` / `role` in the form and the query writes into the token owner's municipality", async () => {
    const token = await tokenFor("coordinator@opora.demo", { name: "Массовое присвоение" });
    const demo = await db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
    const topic = `Импорт ${uniqueSuffix()}`;
    const form = new FormData();
    form.set("file", new File([new Uint8Array(csvBytes([["Дата", "Вид мероприятия", "Тема", "Формат", "Аудитория", "Участников"], ["15.10.2025", "Вебинар", topic, "Дистанционно", "Педагоги", "7"]]))], "события.csv", { type: "text/csv" }));
    for (const [k, v] of Object.entries({ municipalityId: other.municipality.id, role: "admin", createdById: adminId })) form.set(k, v);
    const url = `http://localhost/api/v1/imports/events?dryRun=false&municipalityId=${other.municipality.id}&role=admin`;
    const draft = new Request(url, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
    const body = new Uint8Array(await draft.clone().arrayBuffer());
    const request = new Request(draft, { headers: { authorization: `Bearer ${token}`, "content-type": draft.headers.get("content-type")!, "content-length": String(body.length) } });
    const response = await importFile(request, { params: Promise.resolve({ kind: "events" }) });
    expect(response.status, await response.clone().text()).toBe(200);
    const rows = await db().supportEvent.findMany({ where: { topic } });
    expect(rows).toHaveLength(1);
    expect(rows[0].municipalityId).toBe(demo.id);
    expect(await db().supportEvent.count({ where: { municipalityId: other.municipality.id } })).toBe(0);
    await db().apiToken.deleteMany({ where: { name: "Массовое присвоение" } });
  });
});
