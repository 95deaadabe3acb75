import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  addMeasureAction,
  addTaskAction,
  createDocumentAction,
  deleteMeasureAction,
  deleteTaskAction,
  moveTaskAction,
  submitDocumentAction,
  updateDocumentHeaderAction,
  updateMeasureAction,
  updateTaskAction,
} from "@/lib/features/documents/actions";
import { makeDocument, makeSchool, type DocFixture } from "./documents-fixture";
import { signInAs } from "../support/session";

const db = () => getDb();
const auditCount = (where: { action?: string; entityId?: string } = {}) => db().auditLog.count({ where });
const docRow = (id: string) => db().programDocument.findUniqueOrThrow({ where: { id }, include: { tasks: { orderBy: { sortOrder: "asc" } }, measures: true } });

const measureInput = {
  title: "Мастер-класс для педагогов",
  deadline: "2025-10-15",
  responsible: "Петрова И.И.",
  participants: "Учителя начальных классов",
  expectedResult: "Педагоги освоили приём",
  indicatorName: "Доля педагогов, применяющих приём",
  indicatorUnit: "%",
  baseline: "12,5",
  target: "60",
  reportForm: "Аналитическая справка",
};

let fx: DocFixture;
beforeAll(async () => {
  fx = await makeSchool();
});

type Doc = Awaited<ReturnType<typeof makeDocument>>;
type Result = { data?: unknown; serverError?: { code: string; message: string }; validationErrors?: unknown };

/** Every edit of a document's content, called on a complete draft. */
const EDITS: Array<{ name: string; action: string; call: (doc: Doc, version: number) => Promise<Result> }> = [
  { name: "update header", action: "document.update_header", call: (d, version) => updateDocumentHeaderAction({ documentId: d.id, version, title: "Новое название", periodFrom: "2025", periodTo: "2026", mission: "", goal: "Цель", desiredState: "", analysis: "" }) },
  { name: "add task", action: "document.task.add", call: (d, version) => addTaskAction({ documentId: d.id, version, title: "Новая задача", cause: "" }) },
  { name: "update task", action: "document.task.update", call: (d, version) => updateTaskAction({ documentId: d.id, version, taskId: d.taskId!, title: "Изменённая задача", cause: "Причина" }) },
  { name: "delete task", action: "document.task.delete", call: (d, version) => deleteTaskAction({ documentId: d.id, version, taskId: d.taskId! }) },
  { name: "move task", action: "document.task.move", call: (d, version) => moveTaskAction({ documentId: d.id, version, taskId: d.taskId!, direction: "down" }) },
  { name: "add measure", action: "document.measure.add", call: (d, version) => addMeasureAction({ documentId: d.id, version, taskId: d.taskId!, ...measureInput }) },
  { name: "update measure", action: "document.measure.update", call: (d, version) => updateMeasureAction({ documentId: d.id, version, measureId: d.measureId!, ...measureInput }) },
  { name: "delete measure", action: "document.measure.delete", call: (d, version) => deleteMeasureAction({ documentId: d.id, version, measureId: d.measureId! }) },
  { name: "submit", action: "document.submit", call: (d, version) => submitDocumentAction({ documentId: d.id, version }) },
];

/** A fresh complete draft; «move task» needs a second task below the first. */
async function draftFor(name: string) {
  const factor = await newFactor(); // may switch `fx` to a fresh school
  const doc = await makeDocument(fx, { factorId: factor.id });
  if (name === "move task") await db().documentTask.create({ data: { documentId: doc.id, sortOrder: 2, title: "Вторая задача" } });
  return doc;
}

/** Anti-risk programmes are one per factor: each test document gets a fresh school when factors run out. */
let factorCursor = 0;
let factors: Array<{ id: string }> = [];
async function newFactor() {
  if (factors.length === 0) factors = await db().riskFactor.findMany({ where: { catalogYear: 2025 }, orderBy: { code: "asc" }, select: { id: true } });
  if (factorCursor >= factors.length) {
    fx = await makeSchool();
    factorCursor = 0;
  }
  return factors[factorCursor++]!;
}

describe.each(EDITS)("$name", ({ name, action, call }) => {
  it("is refused with 403 to a curator and a teacher, audited, nothing written", async () => {
    const doc = await draftFor(name);
    for (const email of [fx.curatorEmail, "teacher@opora.demo", "coordinator@opora.demo"]) {
      await signInAs(email);
      const denials = await auditCount({ action: "authz_denied" });
      const result = await call(doc, doc.version);
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await auditCount({ action: "authz_denied" }), email).toBe(denials + 1);
    }
    expect((await docRow(doc.id)).version).toBe(doc.version);
    expect(await db().auditLog.count({ where: { action, OR: [{ entityId: doc.id }, { meta: { path: ["documentId"], equals: doc.id } }] } })).toBe(0);
  });

  it("answers 404 to another school's admin and writes nothing", async () => {
    const doc = await draftFor(name);
    await signInAs("school2@opora.demo");
    const result = await call(doc, doc.version);
    expect(result.serverError?.code).toBe("NOT_FOUND");
    const after = await docRow(doc.id);
    expect(after.version).toBe(doc.version);
    expect(after.status).toBe("draft");
    const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied" }, orderBy: { id: "desc" } });
    expect(denial.meta).toMatchObject({ action, code: "NOT_FOUND" });
  });

  it("refuses a submitted or confirmed document with INVALID_TRANSITION", async () => {
    for (const status of ["submitted", "confirmed"] as const) {
      const doc = await draftFor(name);
      await db().programDocument.update({ where: { id: doc.id }, data: { status } });
      await signInAs(fx.adminEmail);
      const result = await call(doc, doc.version);
      expect(result.serverError?.code, status).toBe("INVALID_TRANSITION");
      expect((await docRow(doc.id)).version).toBe(doc.version);
    }
  });

  it("tells the second of two editors that the data changed, and changes nothing", async () => {
    const doc = await draftFor(name);
    await signInAs(fx.adminEmail);
    // Someone else saved first.
    await db().programDocument.update({ where: { id: doc.id }, data: { version: { increment: 1 }, goal: "Сохранено другим пользователем" } });
    const before = await docRow(doc.id);
    const result = await call(doc, doc.version);
    expect(result.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    expect(await docRow(doc.id)).toEqual(before);
  });

  it("succeeds for the school admin, bumps the version and writes its audit row", async () => {
    const doc = await draftFor(name);
    await signInAs(fx.adminEmail);
    const audits = await auditCount({ action });
    const result = await call(doc, doc.version);
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors).toBeUndefined();
    expect((result.data as { version: number }).version).toBe(doc.version + 1);
    expect((await docRow(doc.id)).version).toBe(doc.version + 1);
    expect(await auditCount({ action })).toBe(audits + 1);
  });
});

describe("content of the edits", () => {
  it("saves the header and audits before/after", async () => {
    const doc = await draftFor("header");
    await signInAs(fx.adminEmail);
    const result = await updateDocumentHeaderAction({ documentId: doc.id, version: doc.version, title: "  Программа  ", periodFrom: "2025", periodTo: "2026", mission: "", goal: "Новая цель", desiredState: "", analysis: "" });
    expect(result.data).toEqual({ version: doc.version + 1 });
    const after = await docRow(doc.id);
    expect(after).toMatchObject({ title: "Программа", periodFrom: 2025, periodTo: 2026, goal: "Новая цель", mission: null });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "document.update_header", entityId: doc.id } });
    expect(audit.before).toMatchObject({ goal: "Повысить оснащённость" });
    expect(audit.after).toMatchObject({ goal: "Новая цель" });
  });

  it("rejects an invalid header with Russian field errors and writes nothing", async () => {
    const doc = await draftFor("header");
    await signInAs(fx.adminEmail);
    const audits = await auditCount();
    const result = await updateDocumentHeaderAction({ documentId: doc.id, version: doc.version, title: " ", periodFrom: "2027", periodTo: "20x5", mission: "", goal: "", desiredState: "", analysis: "" });
    expect(result.validationErrors).toMatchObject({ fieldErrors: { title: ["Укажите название документа"], periodTo: ["Укажите год, например 2025"] } });
    const inverted = await updateDocumentHeaderAction({ documentId: doc.id, version: doc.version, title: "П", periodFrom: "2027", periodTo: "2025", mission: "", goal: "", desiredState: "", analysis: "" });
    expect(inverted.validationErrors).toMatchObject({ fieldErrors: { periodTo: ["Год окончания не может быть раньше года начала"] } });
    expect(await auditCount()).toBe(audits);
    expect((await docRow(doc.id)).version).toBe(doc.version);
  });

  it("adds a measure with the Russian decimal comma", async () => {
    const doc = await draftFor("measure");
    await signInAs(fx.adminEmail);
    await addMeasureAction({ documentId: doc.id, version: doc.version, taskId: doc.taskId!, ...measureInput });
    const m = await db().measure.findFirstOrThrow({ where: { taskId: doc.taskId!, title: measureInput.title } });
    expect(m.baseline?.toString()).toBe("12.5");
    expect(m.target?.toString()).toBe("60");
    expect(m.sortOrder).toBe(2);
    expect(m.deadline?.toISOString().slice(0, 10)).toBe("2025-10-15");
  });

  it("rejects a deadline outside the cycle and an unreadable number next to their fields, writing nothing", async () => {
    const doc = await draftFor("measure");
    await signInAs(fx.adminEmail);
    const audits = await auditCount();
    const late = await addMeasureAction({ documentId: doc.id, version: doc.version, taskId: doc.taskId!, ...measureInput, deadline: "2026-03-01" });
    expect(late.validationErrors).toMatchObject({ fieldErrors: { deadline: ["Срок должен быть в пределах цикла (09.01.2025–15.12.2025)"] } });
    const bad = await updateMeasureAction({ documentId: doc.id, version: doc.version, measureId: doc.measureId!, ...measureInput, title: "", baseline: "около 10" });
    expect(bad.validationErrors).toMatchObject({ fieldErrors: { title: ["Укажите название мероприятия"], baseline: ["Введите число, например 66,5"] } });
    expect(await auditCount()).toBe(audits);
    const after = await docRow(doc.id);
    expect(after.version).toBe(doc.version);
    expect(after.measures).toHaveLength(1);
  });

  it("reorders tasks and closes the gap after a deletion", async () => {
    const doc = await draftFor("move task");
    await signInAs(fx.adminEmail);
    const third = await db().documentTask.create({ data: { documentId: doc.id, sortOrder: 3, title: "Третья" } });
    await moveTaskAction({ documentId: doc.id, version: doc.version, taskId: third.id, direction: "up" });
    expect((await docRow(doc.id)).tasks.map((t) => t.title)).toEqual(["Обновить оборудование", "Третья", "Вторая задача"]);
    const top = await moveTaskAction({ documentId: doc.id, version: doc.version + 1, taskId: doc.taskId!, direction: "up" });
    expect(top.serverError).toMatchObject({ code: "INVALID_TRANSITION", message: "Задача уже первая." });
    await deleteTaskAction({ documentId: doc.id, version: doc.version + 1, taskId: doc.taskId! });
    const after = await docRow(doc.id);
    expect(after.tasks.map((t) => [t.sortOrder, t.title])).toEqual([[1, "Третья"], [2, "Вторая задача"]]);
    expect(after.measures).toHaveLength(0);
  });

  it("does not let a task or measure of another document be edited through this one", async () => {
    const doc = await draftFor("x");
    const other = await draftFor("y");
    await signInAs(fx.adminEmail);
    const result = await updateTaskAction({ documentId: doc.id, version: doc.version, taskId: other.taskId!, title: "Чужая", cause: "" });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    const m = await deleteMeasureAction({ documentId: doc.id, version: doc.version, measureId: other.measureId! });
    expect(m.serverError?.code).toBe("NOT_FOUND");
    expect((await docRow(other.id)).measures).toHaveLength(1);
    expect((await docRow(doc.id)).version).toBe(doc.version);
  });
});

describe("submitDocumentAction", () => {
  it("lists what is missing in Russian and writes nothing", async () => {
    const doc = await draftFor("submit");
    await db().documentTask.create({ data: { documentId: doc.id, sortOrder: 2, title: "Задача без мероприятий" } });
    await db().measure.update({ where: { id: doc.measureId! }, data: { deadline: null, responsible: null } });
    await signInAs(fx.adminEmail);
    const audits = await auditCount();
    const result = await submitDocumentAction({ documentId: doc.id, version: doc.version });
    expect(result.data).toEqual({
      ok: false,
      revision: null,
      version: doc.version,
      problems: ["Задача 1, мероприятие 1: не указан срок", "Задача 1, мероприятие 1: не указан ответственный", "Задача 2: нет ни одного мероприятия"],
    });
    const after = await docRow(doc.id);
    expect(after).toMatchObject({ status: "draft", currentRevision: 0, version: doc.version });
    expect(await db().documentRevision.count({ where: { documentId: doc.id } })).toBe(0);
    expect(await auditCount()).toBe(audits);
  });

  it("creates revision N with the full snapshot, notifies the curator and audits", async () => {
    const doc = await draftFor("submit");
    await db().programDocument.update({ where: { id: doc.id }, data: { status: "returned", currentRevision: 1 } });
    await signInAs(fx.adminEmail);
    const result = await submitDocumentAction({ documentId: doc.id, version: doc.version });
    expect(result.data).toEqual({ ok: true, revision: 2, version: doc.version + 1, problems: [] });
    const after = await docRow(doc.id);
    expect(after).toMatchObject({ status: "submitted", currentRevision: 2 });
    expect(after.submittedAt).not.toBeNull();
    const revision = await db().documentRevision.findUniqueOrThrow({ where: { documentId_number: { documentId: doc.id, number: 2 } } });
    expect(revision.snapshot).toMatchObject({
      kind: "anti_risk_program",
      goal: "Повысить оснащённость",
      tasks: [{ title: "Обновить оборудование", measures: [{ title: "Закупка ноутбуков", deadline: "2025-05-20", baseline: 40, target: 80, indicatorUnit: "%" }] }],
    });
    const note = await db().notification.findFirstOrThrow({ where: { userId: fx.curatorId, entityId: doc.id } });
    expect(note).toMatchObject({ kind: "submitted", link: `/schools/${fx.code}/documents/${doc.id}` });
    expect(note.title).toContain("редакция 2");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "document.submit", entityId: doc.id } });
    expect(audit.before).toEqual({ status: "returned", currentRevision: 1 });
    expect(audit.after).toEqual({ status: "submitted", currentRevision: 2 });
  });

  it("refuses to submit a submitted document twice", async () => {
    const doc = await draftFor("submit");
    await signInAs(fx.adminEmail);
    expect((await submitDocumentAction({ documentId: doc.id, version: doc.version })).data).toMatchObject({ ok: true, revision: 1 });
    const again = await submitDocumentAction({ documentId: doc.id, version: doc.version + 1 });
    expect(again.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Отправить на экспертизу можно только черновик или возвращённый документ." });
    expect(await db().documentRevision.count({ where: { documentId: doc.id } })).toBe(1);
  });
});

describe("createDocumentAction", () => {
  it("creates a required anti-risk programme as a draft with an audit row", async () => {
    const school = await makeSchool();
    await signInAs(school.adminEmail);
    const result = await createDocumentAction({ cycleSchoolId: school.cycleSchoolId, kind: "anti_risk_program", riskFactorId: school.highFactorId });
    const id = (result.data as { documentId: string }).documentId;
    const doc = await docRow(id);
    expect(doc).toMatchObject({ status: "draft", kind: "anti_risk_program", riskFactorId: school.highFactorId, periodFrom: 2025, currentRevision: 0, version: 1 });
    expect(doc.title).toMatch(/^Антирисковая программа «Низкий уровень оснащения школы/);
    expect(await auditCount({ action: "document.create", entityId: id })).toBe(1);
  });

  it("refuses a second document of the same kind or factor", async () => {
    const school = await makeSchool();
    await signInAs(school.adminEmail);
    expect((await createDocumentAction({ cycleSchoolId: school.cycleSchoolId, kind: "concept" })).data).toBeDefined();
    const again = await createDocumentAction({ cycleSchoolId: school.cycleSchoolId, kind: "concept" });
    expect(again.validationErrors).toMatchObject({ formErrors: ["Концепция развития уже создана для этого цикла."] });
    expect(await db().programDocument.count({ where: { cycleSchoolId: school.cycleSchoolId } })).toBe(1);
  });

  it("asks for the factor of an anti-risk programme", async () => {
    const school = await makeSchool();
    await signInAs(school.adminEmail);
    const result = await createDocumentAction({ cycleSchoolId: school.cycleSchoolId, kind: "anti_risk_program" });
    expect(result.validationErrors).toMatchObject({ fieldErrors: { riskFactorId: ["Выберите фактор риска"] } });
    const unknown = await createDocumentAction({ cycleSchoolId: school.cycleSchoolId, kind: "anti_risk_program", riskFactorId: "no-such-factor" });
    expect(unknown.validationErrors).toMatchObject({ fieldErrors: { riskFactorId: ["Такого фактора риска нет в каталоге"] } });
    expect(await db().programDocument.count({ where: { cycleSchoolId: school.cycleSchoolId } })).toBe(0);
  });

  it("refuses a curator and a teacher with 403 and another school's admin with 404", async () => {
    const school = await makeSchool();
    for (const email of [school.curatorEmail, "teacher@opora.demo"]) {
      await signInAs(email);
      expect((await createDocumentAction({ cycleSchoolId: school.cycleSchoolId, kind: "concept" })).serverError?.code, email).toBe("FORBIDDEN");
    }
    await signInAs("school@opora.demo");
    expect((await createDocumentAction({ cycleSchoolId: school.cycleSchoolId, kind: "concept" })).serverError?.code).toBe("NOT_FOUND");
    expect(await db().programDocument.count({ where: { cycleSchoolId: school.cycleSchoolId } })).toBe(0);
  });
});
