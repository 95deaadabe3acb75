import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import type { MeasureStatus } from "@/lib/db/generated/enums";
import { addMeasureEvidenceAction, progressMeasureAction, recordMeasureReadingAction, reviewMeasureAction } from "@/lib/features/measures/actions";
import { MEASURE_MESSAGES } from "@/lib/features/measures/schemas";
import { saveUpload } from "@/lib/files/upload";
import { uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

process.env.OPORA_FILES_DIR = path.join(os.tmpdir(), `opora-h5-files-${process.pid}`);

const db = () => getDb();
const SCHOOL = "school@opora.demo";
const CURATOR = "curator@opora.demo";
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A fresh measure of a demo document of edu230101 (confirmed by default), so tests never share rows. */
async function newMeasure(options: { status?: MeasureStatus; documentKey?: string; deadline?: string } = {}) {
  const documentId = `demo-doc-${options.documentKey ?? "mtp-edu230101"}`;
  const task = await db().documentTask.findFirstOrThrow({ where: { documentId }, orderBy: { sortOrder: "asc" } });
  return db().measure.create({
    data: {
      documentId,
      taskId: task.id,
      sortOrder: 900,
      title: `Проверочное мероприятие ${uniqueSuffix()}`,
      deadline: new Date(`${options.deadline ?? "2026-05-30"}T00:00:00Z`),
      status: options.status ?? "planned",
      indicatorName: "Доля педагогов",
      indicatorUnit: "%",
    },
  });
}

async function uploadPdfAs(email: string) {
  await signInAs(email);
  const actor = (await getActor())!;
  return saveUpload(actor, "отчёт.pdf", PDF);
}

const auditRows = (entityId: string) => db().auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
const denials = () => db().auditLog.count({ where: { action: "authz_denied" } });

beforeAll(async () => {
  await db().user.findUniqueOrThrow({ where: { email: SCHOOL } });
});

describe("progressMeasureAction", () => {
  it("starts a planned measure: status change row, audit, version bump", async () => {
    const m = await newMeasure();
    await signInAs(SCHOOL);
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "start" });
    expect(result.data).toEqual({ ok: true, status: "in_progress" });
    const after = await db().measure.findUniqueOrThrow({ where: { id: m.id } });
    expect(after).toMatchObject({ status: "in_progress", version: m.version + 1 });
    const changes = await db().measureStatusChange.findMany({ where: { measureId: m.id } });
    expect(changes).toMatchObject([{ from: "planned", to: "in_progress" }]);
    const audit = await auditRows(m.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "measure.start", actorRole: "school_admin", before: { status: "planned" }, after: { status: "in_progress" } });
  });

  it("completes with a PDF uploaded in the same submit and notifies the curator", async () => {
    const m = await newMeasure({ status: "in_progress" });
    const file = await uploadPdfAs(SCHOOL);
    const curatorId = (await db().user.findUniqueOrThrow({ where: { email: CURATOR } })).id;
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "complete", fileIds: [file.id], linkUrl: "https://school21.example.ru/otchet", linkTitle: "Новость на сайте" });
    expect(result.data?.status).toBe("done");
    const evidence = await db().evidence.findMany({ where: { measureId: m.id }, orderBy: { kind: "asc" } });
    expect(evidence).toMatchObject([
      { kind: "file", fileId: file.id, title: "отчёт.pdf" },
      { kind: "link", url: "https://school21.example.ru/otchet", title: "Новость на сайте" },
    ]);
    const after = await db().measure.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.completedAt).not.toBeNull();
    expect(await db().notification.count({ where: { userId: curatorId, entityId: m.id, kind: "submitted" } })).toBe(1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: m.id, action: "measure.complete" } });
    expect(audit.after).toMatchObject({ status: "done", evidenceAdded: [{ kind: "file" }, { kind: "link" }] });
  });

  it("completes with evidence added earlier", async () => {
    const m = await newMeasure({ status: "in_progress" });
    await signInAs(SCHOOL);
    expect((await addMeasureEvidenceAction({ measureId: m.id, linkUrl: "http://example.org/a", linkTitle: "Протокол" })).data).toEqual({ ok: true });
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "complete" });
    expect(result.data?.status).toBe("done");
  });

  it("refuses «Выполнено» without evidence next to the field and writes nothing", async () => {
    const m = await newMeasure({ status: "in_progress" });
    await signInAs(SCHOOL);
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "complete" });
    expect(result.validationErrors?.fieldErrors.fileIds).toEqual([MEASURE_MESSAGES.evidenceRequired]);
    expect((await db().measure.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("in_progress");
    expect(await auditRows(m.id)).toHaveLength(0);
  });

  it("refuses «Не выполнено» without a reason and a non-http link; nothing written", async () => {
    const m = await newMeasure({ status: "in_progress" });
    await signInAs(SCHOOL);
    const noReason = await progressMeasureAction({ measureId: m.id, version: m.version, event: "fail", comment: "  " });
    expect(noReason.validationErrors?.fieldErrors.comment).toEqual([MEASURE_MESSAGES.reasonRequired]);
    const badUrl = await progressMeasureAction({ measureId: m.id, version: m.version, event: "complete", linkUrl: "javascript:alert(1)", linkTitle: "x" });
    expect(badUrl.validationErrors?.fieldErrors.linkUrl).toEqual([MEASURE_MESSAGES.badUrl]);
    const noTitle = await addMeasureEvidenceAction({ measureId: m.id, linkUrl: "https://example.org" });
    expect(noTitle.validationErrors?.fieldErrors.linkTitle).toEqual([MEASURE_MESSAGES.linkTitleRequired]);
    expect(await db().evidence.count({ where: { measureId: m.id } })).toBe(0);
    expect(await auditRows(m.id)).toHaveLength(0);
  });

  it("records «Не выполнено» with its reason", async () => {
    const m = await newMeasure({ status: "in_progress" });
    await signInAs(SCHOOL);
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "fail", comment: "Не состоялся выезд специалистов" });
    expect(result.data?.status).toBe("not_done");
    expect(await db().measure.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "not_done", statusComment: "Не состоялся выезд специалистов" });
  });

  it("refuses the curator and the coordinator (403, audited)", async () => {
    const m = await newMeasure();
    for (const email of [CURATOR, "coordinator@opora.demo", "teacher@opora.demo"]) {
      await signInAs(email);
      const before = await denials();
      const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "start" });
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await denials(), email).toBe(before + 1);
    }
    expect((await db().measure.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("planned");
  });

  it("answers 404 for another school's measure and writes nothing", async () => {
    const m = await newMeasure();
    await signInAs("school2@opora.demo");
    const before = await denials();
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "start" });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await denials()).toBe(before + 1);
    expect((await addMeasureEvidenceAction({ measureId: m.id, linkUrl: "https://example.org", linkTitle: "x" })).serverError?.code).toBe("NOT_FOUND");
    expect((await db().measure.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("planned");
    expect(await auditRows(m.id)).toHaveLength(0);
  });

  it("refuses status changes of a measure whose document is not confirmed", async () => {
    const m = await newMeasure({ documentKey: "arp-6-edu230101" });
    await signInAs(SCHOOL);
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "start" });
    expect(result.serverError).toEqual({ code: "INVALID_TRANSITION", message: MEASURE_MESSAGES.notInImplementation });
  });

  it("tells a stale editor that the measure changed", async () => {
    const m = await newMeasure();
    await signInAs(SCHOOL);
    expect((await progressMeasureAction({ measureId: m.id, version: m.version, event: "start" })).data).toBeDefined();
    const stale = await progressMeasureAction({ measureId: m.id, version: m.version, event: "fail", comment: "Причина" });
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect((await db().measure.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("in_progress");
  });

  it("tells the second of two open pages pressing the same button that the measure changed", async () => {
    const m = await newMeasure();
    await signInAs(SCHOOL);
    expect((await progressMeasureAction({ measureId: m.id, version: m.version, event: "start" })).data).toBeDefined();
    // The other page still shows «Запланировано»: «only a planned measure can start» would puzzle its user.
    const second = await progressMeasureAction({ measureId: m.id, version: m.version, event: "start" });
    expect(second.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    expect(await auditRows(m.id)).toHaveLength(1);
  });

  it("does not let the school attach a file uploaded by someone else: 404, audited as a denial", async () => {
    const m = await newMeasure({ status: "in_progress" });
    const foreign = await uploadPdfAs("school2@opora.demo");
    const actorId = await signInAs(SCHOOL);
    const deniedBefore = await db().auditLog.count({ where: { action: "authz_denied", actorId } });
    const result = await progressMeasureAction({ measureId: m.id, version: m.version, event: "complete", fileIds: [foreign.id] });
    expect(result.serverError).toEqual({ code: "NOT_FOUND", message: "Файл не найден или уже прикреплён. Загрузите его заново." });
    expect(await db().auditLog.count({ where: { action: "authz_denied", actorId } })).toBe(deniedBefore + 1);
    expect(await db().evidence.count({ where: { measureId: m.id } })).toBe(0);
  });

  it("refuses one's own upload that is attached already, as a validation error", async () => {
    const first = await newMeasure({ status: "in_progress" });
    const second = await newMeasure({ status: "in_progress" });
    const file = await uploadPdfAs(SCHOOL);
    await signInAs(SCHOOL);
    expect((await addMeasureEvidenceAction({ measureId: first.id, fileIds: [file.id] })).data).toEqual({ ok: true });
    const again = await addMeasureEvidenceAction({ measureId: second.id, fileIds: [file.id] });
    expect(again.serverError).toEqual({ code: "VALIDATION", message: "Файл не найден или уже прикреплён. Загрузите его заново." });
    expect(await db().evidence.count({ where: { measureId: second.id } })).toBe(0);
  });
});

describe("reviewMeasureAction", () => {
  it("lets the curator confirm a done measure and notifies the school", async () => {
    const m = await newMeasure({ status: "done" });
    await signInAs(CURATOR);
    const result = await reviewMeasureAction({ measureId: m.id, version: m.version, event: "confirm" });
    expect(result.data?.status).toBe("confirmed");
    const after = await db().measure.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.confirmedAt).not.toBeNull();
    const schoolAdmin = await db().user.findUniqueOrThrow({ where: { email: SCHOOL } });
    expect(await db().notification.count({ where: { userId: schoolAdmin.id, entityId: m.id, kind: "confirmed" } })).toBe(1);
    const note = await db().notification.findFirstOrThrow({ where: { userId: schoolAdmin.id, entityId: m.id, kind: "confirmed" } });
    expect(note.title).toBe(`Куратор подтвердил выполнение мероприятия «${m.title}»`);
    expect(await db().auditLog.count({ where: { entityId: m.id, action: "measure.confirm", actorRole: "curator" } })).toBe(1);
  });

  it("returns with a required comment («требуется доработка»)", async () => {
    const m = await newMeasure({ status: "done" });
    await signInAs(CURATOR);
    const empty = await reviewMeasureAction({ measureId: m.id, version: m.version, event: "return" });
    expect(empty.validationErrors?.fieldErrors.comment).toEqual([MEASURE_MESSAGES.returnCommentRequired]);
    const result = await reviewMeasureAction({ measureId: m.id, version: m.version, event: "return", comment: "Приложите протокол" });
    expect(result.data?.status).toBe("needs_revision");
    expect(await db().measure.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ status: "needs_revision", statusComment: "Приложите протокол" });
    const change = await db().measureStatusChange.findFirstOrThrow({ where: { measureId: m.id } });
    expect(change).toMatchObject({ from: "done", to: "needs_revision", comment: "Приложите протокол" });
  });

  it("refuses to confirm a planned measure (INVALID_TRANSITION)", async () => {
    const m = await newMeasure();
    await signInAs(CURATOR);
    const result = await reviewMeasureAction({ measureId: m.id, version: m.version, event: "confirm" });
    expect(result.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Подтвердить можно только выполненное мероприятие." });
    expect(await auditRows(m.id)).toHaveLength(0);
  });

  it("refuses the school (403) and another curator (404)", async () => {
    const m = await newMeasure({ status: "done" });
    await signInAs(SCHOOL);
    expect((await reviewMeasureAction({ measureId: m.id, version: m.version, event: "confirm" })).serverError?.code).toBe("FORBIDDEN");
    await signInAs("curator2@opora.demo");
    expect((await reviewMeasureAction({ measureId: m.id, version: m.version, event: "confirm" })).serverError?.code).toBe("NOT_FOUND");
    expect((await db().measure.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("done");
  });

  it("detects a stale version", async () => {
    const m = await newMeasure({ status: "done" });
    await signInAs(CURATOR);
    const result = await reviewMeasureAction({ measureId: m.id, version: m.version + 5, event: "confirm" });
    expect(result.serverError?.code).toBe("CONFLICT");
  });
});

describe("recordMeasureReadingAction", () => {
  it("records a reading and updates the actual value", async () => {
    const m = await newMeasure({ status: "in_progress" });
    await signInAs(SCHOOL);
    const result = await recordMeasureReadingAction({ measureId: m.id, version: m.version, value: 62.5, date: "2025-10-01", note: "I четверть" });
    expect(result.data).toEqual({ ok: true });
    const after = await db().measure.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.actual?.toString()).toBe("62.5");
    expect(after.version).toBe(m.version + 1);
    const readings = await db().measureIndicatorReading.findMany({ where: { measureId: m.id } });
    expect(readings).toHaveLength(1);
    expect(readings[0]!.note).toBe("I четверть");
    expect(await db().auditLog.count({ where: { entityId: m.id, action: "measure.record_reading" } })).toBe(1);
  });

  it("rejects invalid values and future dates; another school → 404; stale → conflict; curator → 403", async () => {
    const m = await newMeasure({ status: "in_progress" });
    await signInAs(SCHOOL);
    const bad = await recordMeasureReadingAction({ measureId: m.id, version: m.version, value: "много" as unknown as number, date: "2025-13-40" });
    expect(bad.validationErrors?.fieldErrors).toMatchObject({ value: [expect.any(String)], date: [expect.any(String)] });
    const future = await recordMeasureReadingAction({ measureId: m.id, version: m.version, value: 1, date: "2999-01-01" });
    expect(future.validationErrors?.fieldErrors.date).toEqual([MEASURE_MESSAGES.futureDate]);
    const stale = await recordMeasureReadingAction({ measureId: m.id, version: m.version + 1, value: 1, date: "2025-10-01" });
    expect(stale.serverError?.code).toBe("CONFLICT");
    await signInAs("school3@opora.demo");
    expect((await recordMeasureReadingAction({ measureId: m.id, version: m.version, value: 1, date: "2025-10-01" })).serverError?.code).toBe("NOT_FOUND");
    await signInAs(CURATOR);
    expect((await recordMeasureReadingAction({ measureId: m.id, version: m.version, value: 1, date: "2025-10-01" })).serverError?.code).toBe("FORBIDDEN");
    expect(await db().measureIndicatorReading.count({ where: { measureId: m.id } })).toBe(0);
    expect((await db().measure.findUniqueOrThrow({ where: { id: m.id } })).actual).toBeNull();
  });
});
