import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { moderatePracticeAction, submitPracticeAction, updatePracticeAction } from "@/lib/features/practices/actions";
import { listPractices } from "@/lib/features/practices/queries";
import { loadActor } from "@/lib/auth/load-actor";
import { uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
const auditCount = (action: string, entityId?: string) => db().auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } });

const practiceInput = (title = `Наставничество молодых педагогов ${uniqueSuffix()}`) => ({
  title,
  authors: "Гордиенко Е.А., заместитель директора по УВР",
  organization: "МБОУ-ООШ № 21 г. Армавира",
  level: "school" as "school" | "curator" | "municipal" | "regional",
  theme: "Профессиональное развитие педагогов",
  description: "Входная диагностика дефицитов, взаимопосещение уроков, методический абонемент.",
  fileIds: [] as string[],
});

const withoutFiles = ({ fileIds: _fileIds, ...rest }: ReturnType<typeof practiceInput>) => rest;

async function storedFileOf(userId: string) {
  return db().storedFile.create({
    data: { storageKey: `test/${uniqueSuffix()}`, originalName: "practice.pdf", mimeType: "application/pdf", size: 10, sha256: "0".repeat(64), uploadedById: userId },
  });
}

async function submitAs(email: string, input = practiceInput()) {
  await signInAs(email);
  const result = await submitPracticeAction(input);
  expect(result.data, JSON.stringify(result)).toBeDefined();
  return db().practice.findUniqueOrThrow({ where: { id: result.data!.id }, include: { files: true } });
}

async function foreignPractice() {
  const suffix = uniqueSuffix();
  const municipality = await db().municipality.create({ data: { code: `other-${suffix}`, name: `Другой ${suffix}`, region: "Другой край", centerName: "Другой центр" } });
  const author = await db().user.findUniqueOrThrow({ where: { email: "teacher@opora.demo" } });
  return db().practice.create({
    data: { ...withoutFiles(practiceInput("Чужая практика")), municipalityId: municipality.id, submittedById: author.id },
  });
}

describe("submitPracticeAction", () => {
  it("submits a practice with its file, audits it and notifies the coordinator", async () => {
    const teacherId = await signInAs("teacher@opora.demo");
    const file = await storedFileOf(teacherId);
    const practice = await submitAs("teacher@opora.demo", { ...practiceInput(), fileIds: [file.id] });
    expect(practice.status).toBe("submitted");
    expect(practice.submittedById).toBe(teacherId);
    expect(practice.schoolId).not.toBeNull();
    expect(practice.files.map((f) => f.fileId)).toEqual([file.id]);
    expect(await auditCount("practice.submit", practice.id)).toBe(1);
    const coordinator = await db().user.findUniqueOrThrow({ where: { email: "coordinator@opora.demo" } });
    expect(await db().notification.count({ where: { userId: coordinator.id, entityId: practice.id } })).toBe(1);
  });

  it("refuses someone else's file and writes nothing", async () => {
    const otherId = (await db().user.findUniqueOrThrow({ where: { email: "teacher2@opora.demo" } })).id;
    const file = await storedFileOf(otherId);
    await signInAs("teacher@opora.demo");
    const before = await db().practice.count();
    const result = await submitPracticeAction({ ...practiceInput(), fileIds: [file.id] });
    expect(result.serverError?.message).toBe("Файл не найден или уже прикреплён. Загрузите его заново.");
    expect(await db().practice.count()).toBe(before);
  });

  it("returns Russian field errors for invalid input and writes nothing", async () => {
    await signInAs("teacher@opora.demo");
    const before = await db().practice.count();
    const result = await submitPracticeAction({ ...practiceInput(""), level: "galactic" as "school", description: "кратко" });
    expect(result.validationErrors?.fieldErrors.title).toEqual(["Название не короче 5 символов"]);
    expect(result.validationErrors?.fieldErrors.level).toEqual(["Выберите уровень практики"]);
    expect(result.validationErrors?.fieldErrors.description).toEqual(["Опишите практику: не меньше 20 символов"]);
    expect(await db().practice.count()).toBe(before);
  });
});

describe("updatePracticeAction", () => {
  it("lets the author edit while submitted, with optimistic locking", async () => {
    const practice = await submitAs("school@opora.demo");
    const edit = { ...practiceInput("Новое название практики"), practiceId: practice.id, version: practice.version };
    expect((await updatePracticeAction(edit)).data).toEqual({ ok: true });
    const after = await db().practice.findUniqueOrThrow({ where: { id: practice.id } });
    expect(after.title).toBe("Новое название практики");
    expect(after.version).toBe(practice.version + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "practice.update", entityId: practice.id } });
    expect(audit.before).toMatchObject({ title: practice.title });

    const stale = await updatePracticeAction({ ...edit, title: "Устаревшая правка" });
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect((await db().practice.findUniqueOrThrow({ where: { id: practice.id } })).title).toBe("Новое название практики");
  });

  it("answers 404 to someone who is not the author, and to another municipality's practice", async () => {
    const practice = await submitAs("school@opora.demo");
    await signInAs("teacher@opora.demo");
    const result = await updatePracticeAction({ ...practiceInput("Чужая правка"), practiceId: practice.id, version: practice.version });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    const foreign = await foreignPractice();
    const result2 = await updatePracticeAction({ ...practiceInput("Чужая правка"), practiceId: foreign.id, version: 1 });
    expect(result2.serverError?.code).toBe("NOT_FOUND");
    expect((await db().practice.findUniqueOrThrow({ where: { id: foreign.id } })).title).toBe("Чужая практика");
  });

  it("refuses edits once the coordinator has decided", async () => {
    const practice = await submitAs("school@opora.demo");
    await signInAs("coordinator@opora.demo");
    await moderatePracticeAction({ practiceId: practice.id, version: practice.version, event: "recommend_conference" });
    await signInAs("school@opora.demo");
    const result = await updatePracticeAction({ ...practiceInput(), practiceId: practice.id, version: practice.version + 1 });
    expect(result.serverError?.code).toBe("INVALID_TRANSITION");
  });
});

describe("moderatePracticeAction", () => {
  it("recommends to the conference, then to the atlas, notifying the author", async () => {
    const practice = await submitAs("teacher@opora.demo");
    await signInAs("coordinator@opora.demo");
    expect((await moderatePracticeAction({ practiceId: practice.id, version: 1, event: "recommend_conference" })).data).toEqual({ ok: true });
    expect((await moderatePracticeAction({ practiceId: practice.id, version: 2, event: "recommend_atlas" })).data).toEqual({ ok: true });
    const after = await db().practice.findUniqueOrThrow({ where: { id: practice.id } });
    expect(after.status).toBe("recommended_atlas");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "practice.recommend_conference", entityId: practice.id } });
    expect(audit.before).toEqual({ status: "submitted" });
    expect(audit.after).toEqual({ status: "recommended_conference" });
    expect(await db().notification.count({ where: { userId: practice.submittedById, entityId: practice.id } })).toBe(2);
  });

  it("refuses forbidden transitions with INVALID_TRANSITION and a stale version with a conflict", async () => {
    const practice = await submitAs("teacher@opora.demo");
    await signInAs("coordinator@opora.demo");
    const stale = await moderatePracticeAction({ practiceId: practice.id, version: 7, event: "decline" });
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect((await moderatePracticeAction({ practiceId: practice.id, version: 1, event: "decline" })).data).toEqual({ ok: true });
    const again = await moderatePracticeAction({ practiceId: practice.id, version: 2, event: "recommend_conference" });
    expect(again.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Рекомендовать можно только поданную практику." });
    expect((await db().practice.findUniqueOrThrow({ where: { id: practice.id } })).status).toBe("declined");
  });

  it("refuses the author (403, audited) and another municipality's practice (404)", async () => {
    const practice = await submitAs("teacher@opora.demo");
    const denials = await auditCount("authz_denied");
    const result = await moderatePracticeAction({ practiceId: practice.id, version: 1, event: "recommend_atlas" });
    expect(result.serverError?.code).toBe("FORBIDDEN");
    expect(await auditCount("authz_denied")).toBe(denials + 1);
    const foreign = await foreignPractice();
    await signInAs("coordinator@opora.demo");
    expect((await moderatePracticeAction({ practiceId: foreign.id, version: 1, event: "decline" })).serverError?.code).toBe("NOT_FOUND");
    expect((await db().practice.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("submitted");
  });
});

describe("listPractices", () => {
  it("searches title/authors/theme within the municipality and filters by level and status", async () => {
    const title = `Поисковая практика ${uniqueSuffix()}`;
    const practice = await submitAs("teacher@opora.demo", { ...practiceInput(title), level: "curator" });
    const foreign = await foreignPractice();
    const teacherId = (await db().user.findUniqueOrThrow({ where: { email: "teacher3@opora.demo" } })).id;
    const actor = (await loadActor(teacherId, "session"))!;
    const found = await listPractices(actor, { q: title.slice(-10) });
    expect(found.practices.map((p) => p.id)).toEqual([practice.id]);
    expect((await listPractices(actor, { q: "Чужая практика" })).practices.map((p) => p.id)).not.toContain(foreign.id);
    expect((await listPractices(actor, { q: title, level: "school" })).total).toBe(0);
    expect((await listPractices(actor, { q: title, level: "curator", status: "submitted" })).total).toBe(1);
    expect((await listPractices(actor, { organization: "МБОУ-ООШ № 21" })).total).toBeGreaterThanOrEqual(2);
  });
});
