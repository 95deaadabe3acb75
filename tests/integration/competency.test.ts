import { describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { saveDiagnosticAction } from "@/lib/features/diagnostics/actions";
import { getDiagnosticsOverview } from "@/lib/features/diagnostics/queries";
import {
  approveIomAction,
  createIomAction,
  deleteIomActivityAction,
  logIomProgressAction,
  reopenIomAction,
  returnIomAction,
  saveIomActivityAction,
  submitIomAction,
} from "@/lib/features/iom/actions";
import { iomCoverageForSchool } from "@/lib/features/iom/queries";
import { createTestUser, uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
const OTHER_SCHOOL = "edu230106"; // admin: school6@opora.demo
const auditCount = (action: string, entityId?: string) => db().auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } });

async function demoCycle() {
  const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
  return db().cycle.findFirstOrThrow({ where: { municipalityId: school.municipalityId, status: { not: "closed" } }, orderBy: { year: "desc" } });
}

/** A teacher of edu230106 with an entry diagnostic: deficits methodological (50) and digital (55). */
async function teacherWithDeficits() {
  const teacher = await createTestUser({ teacherAt: OTHER_SCHOOL });
  const cycle = await demoCycle();
  const school = await db().school.findUniqueOrThrow({ where: { code: OTHER_SCHOOL } });
  await db().competencyDiagnostic.create({
    data: {
      teacherId: teacher.id,
      cycleId: cycle.id,
      schoolId: school.id,
      kind: "entry",
      date: new Date("2025-02-10T00:00:00Z"),
      subject: 75,
      methodological: 50,
      digital: 55,
      communicative: 80,
      psychological: 70,
    },
  });
  return { teacher, cycle, school };
}

const diagnosticInput = (teacherId: string, cycleId: string, extra: Record<string, unknown> = {}) => ({
  teacherId,
  cycleId,
  kind: "entry" as const,
  date: "2025-02-12",
  subject: 95.5,
  methodological: "58,5",
  digital: 70,
  communicative: 80,
  psychological: 81,
  ...extra,
});

const activity = (iomId: string, iomVersion: number, competency: "methodological" | "digital", extra: Record<string, unknown> = {}) => ({
  iomId,
  iomVersion,
  competency,
  kind: "course" as const,
  title: `Курсы по компетенции ${competency}`,
  format: "remote",
  hours: 36,
  provider: "ГБОУ ИРО Краснодарского края",
  plannedStart: "2025-11-10",
  plannedEnd: "2025-12-05",
  ...extra,
});

const version = async (iomId: string) => (await db().iom.findUniqueOrThrow({ where: { id: iomId } })).version;

describe("competency summary (seed 002)", () => {
  it("gives the school admin of edu230101 the seed's averages 69→82, 56→83, 71→85, 77→81, 82→81", async () => {
    await signInAs("school@opora.demo");
    const overview = await getDiagnosticsOverview((await getActor())!, {});
    const { summary } = overview;
    expect(summary.teachers).toBe(6);
    expect(summary.entry).toEqual({ subject: 69, methodological: 56.2, digital: 71, communicative: 77, psychological: 81.7 });
    expect(summary.repeat).toEqual({ subject: 82.2, methodological: 82.7, digital: 85, communicative: 80.8, psychological: 81.3 });
    const whole = (x: object) => Object.values(x).map((v) => Math.round(v as number));
    expect(whole(summary.entry!)).toEqual([69, 56, 71, 77, 82]);
    expect(whole(summary.repeat!)).toEqual([82, 83, 85, 81, 81]);
    expect(summary.delta!.methodological).toBe(26.5);
    expect(summary.entryDistribution.methodological).toEqual({ low: 3, medium: 3, high: 0 });
    expect(overview.teachers.every((t) => t.school.code === "edu230101")).toBe(true);
  });

  it("shows a teacher only their own diagnostics", async () => {
    await signInAs("teacher@opora.demo");
    const overview = await getDiagnosticsOverview((await getActor())!, {});
    expect(overview.teachers).toHaveLength(1);
    expect(overview.teachers[0].entryDeficits).toEqual(["methodological"]);
  });
});

describe("saveDiagnosticAction", () => {
  it("lets the school admin record and correct a diagnostic of their teacher (95.5 accepted), with audit", async () => {
    const teacher = await createTestUser({ teacherAt: OTHER_SCHOOL });
    const cycle = await demoCycle();
    await signInAs("school6@opora.demo");
    const result = await saveDiagnosticAction(diagnosticInput(teacher.id, cycle.id));
    expect(result.serverError).toBeUndefined();
    const row = await db().competencyDiagnostic.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(Number(row.subject)).toBe(95.5);
    expect(Number(row.methodological)).toBe(58.5);
    expect(await auditCount("diagnostic.save", row.id)).toBe(1);

    const update = await saveDiagnosticAction(diagnosticInput(teacher.id, cycle.id, { subject: 60, version: row.version }));
    expect(update.data?.id).toBe(row.id);
    expect(Number((await db().competencyDiagnostic.findUniqueOrThrow({ where: { id: row.id } })).subject)).toBe(60);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "diagnostic.save", entityId: row.id }, orderBy: { id: "desc" } });
    expect(audit.before).toMatchObject({ subject: 95.5 });

    // A stale version: the second editor is told.
    const stale = await saveDiagnosticAction(diagnosticInput(teacher.id, cycle.id, { subject: 70, version: row.version }));
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect(Number((await db().competencyDiagnostic.findUniqueOrThrow({ where: { id: row.id } })).subject)).toBe(60);
  });

  it("lets the coordinator record a diagnostic", async () => {
    const teacher = await createTestUser({ teacherAt: OTHER_SCHOOL });
    const cycle = await demoCycle();
    await signInAs("coordinator@opora.demo");
    const result = await saveDiagnosticAction(diagnosticInput(teacher.id, cycle.id, { kind: "repeat" }));
    expect(result.data?.id).toBeDefined();
  });

  it("refuses roles without diagnostic:write with 403 and audits the denial", async () => {
    const teacher = await createTestUser({ teacherAt: OTHER_SCHOOL });
    const cycle = await demoCycle();
    for (const email of ["teacher@opora.demo", "curator@opora.demo", "tutor@opora.demo"]) {
      await signInAs(email);
      const denials = await auditCount("authz_denied");
      const result = await saveDiagnosticAction(diagnosticInput(teacher.id, cycle.id));
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await auditCount("authz_denied"), email).toBe(denials + 1);
    }
    expect(await db().competencyDiagnostic.count({ where: { teacherId: teacher.id } })).toBe(0);
  });

  it("answers 404 for a teacher of another school and writes nothing", async () => {
    const teacher = await createTestUser({ teacherAt: OTHER_SCHOOL });
    const cycle = await demoCycle();
    await signInAs("school@opora.demo");
    const denials = await auditCount("authz_denied");
    const result = await saveDiagnosticAction(diagnosticInput(teacher.id, cycle.id));
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await auditCount("authz_denied")).toBe(denials + 1);
    expect(await db().competencyDiagnostic.count({ where: { teacherId: teacher.id } })).toBe(0);
  });

  it("rejects 120 % and an empty value with Russian field errors, writing nothing", async () => {
    const teacher = await createTestUser({ teacherAt: OTHER_SCHOOL });
    const cycle = await demoCycle();
    await signInAs("school6@opora.demo");
    const before = await db().auditLog.count();
    const result = await saveDiagnosticAction(diagnosticInput(teacher.id, cycle.id, { subject: 120, digital: "", date: "вчера" }));
    expect(result.validationErrors?.fieldErrors.subject).toEqual(["Укажите значение от 0 до 100 %"]);
    expect(result.validationErrors?.fieldErrors.digital).toEqual(["Укажите значение от 0 до 100 %"]);
    expect(result.validationErrors?.fieldErrors.date).toEqual(["Укажите дату"]);
    expect(await db().auditLog.count()).toBe(before);
    expect(await db().competencyDiagnostic.count({ where: { teacherId: teacher.id } })).toBe(0);
  });
});

describe("ИОМ workflow", () => {
  it("drafts, refuses to submit with an uncovered deficit, submits, approves, notifies and logs progress with a certificate", async () => {
    const { teacher, school } = await teacherWithDeficits();
    await signInAs(teacher.email);
    const created = await createIomAction({ teacherId: teacher.id });
    const iomId = created.data!.id;
    expect(await auditCount("iom.create", iomId)).toBe(1);
    expect((await createIomAction({ teacherId: teacher.id })).serverError?.message).toBe("ИОМ этого педагога на текущий цикл уже составлен.");

    expect((await saveIomActivityAction(activity(iomId, await version(iomId), "methodological"))).data?.id).toBeDefined();
    const refused = await submitIomAction({ iomId, version: await version(iomId) });
    expect(refused.serverError?.code).toBe("VALIDATION");
    expect(refused.serverError?.message).toContain("Для дефицита «Цифровая компетенция» нет мероприятия");
    expect(refused.serverError?.message).not.toContain("Методическая");
    expect((await db().iom.findUniqueOrThrow({ where: { id: iomId } })).status).toBe("draft");
    expect(await auditCount("iom.submit", iomId)).toBe(0);

    await saveIomActivityAction(activity(iomId, await version(iomId), "digital", { kind: "self_education", hours: "", provider: "" }));
    expect((await submitIomAction({ iomId, version: await version(iomId) })).data).toEqual({ ok: true });
    expect((await db().iom.findUniqueOrThrow({ where: { id: iomId } })).status).toBe("submitted");
    const adminId = (await db().user.findUniqueOrThrow({ where: { email: "school6@opora.demo" } })).id;
    expect(await db().notification.count({ where: { userId: adminId, entityId: iomId, kind: "submitted" } })).toBe(1);

    // Editing while on approval is refused.
    const editing = await saveIomActivityAction(activity(iomId, await version(iomId), "digital"));
    expect(editing.serverError?.code).toBe("INVALID_TRANSITION");

    await signInAs("school6@opora.demo");
    const approved = await approveIomAction({ iomId, version: await version(iomId), orderNo: "15-у", orderDate: "2025-11-20" });
    expect(approved.data).toEqual({ ok: true });
    const row = await db().iom.findUniqueOrThrow({ where: { id: iomId } });
    expect(row).toMatchObject({ status: "approved", approvedById: adminId, approvalOrderNo: "15-у", schoolId: school.id });
    expect(row.approvedAt).toBeInstanceOf(Date);
    expect(await db().notification.count({ where: { userId: teacher.id, entityId: iomId, kind: "confirmed" } })).toBe(1);
    expect(await auditCount("iom.approve", iomId)).toBe(1);

    // The teacher logs an activity as done with a certificate and a link.
    await signInAs(teacher.email);
    const file = await db().storedFile.create({
      data: { storageKey: `test/${uniqueSuffix()}`, originalName: "удостоверение.pdf", mimeType: "application/pdf", size: 10, sha256: "x", uploadedById: teacher.id },
    });
    const first = await db().iomActivity.findFirstOrThrow({ where: { iomId, competency: "methodological" } });
    const logged = await logIomProgressAction({
      activityId: first.id,
      version: first.version,
      status: "done",
      completedOn: "2025-12-05",
      actualHours: 36,
      reflection: "Освоила конструктор урока.",
      link: "https://iro23.ru/cert/1",
      fileIds: [file.id],
    });
    expect(logged.data).toEqual({ ok: true });
    const after = await db().iomActivity.findUniqueOrThrow({ where: { id: first.id }, include: { evidence: true } });
    expect(after.status).toBe("done");
    expect(after.evidence.map((e) => e.kind).sort()).toEqual(["file", "link"]);
    expect(await auditCount("iom.activity.progress", first.id)).toBe(1);

    // Stale version → conflict, nothing written.
    const stale = await logIomProgressAction({ activityId: first.id, version: first.version, status: "in_progress", fileIds: [] });
    expect(stale.serverError?.code).toBe("CONFLICT");

    // The same file cannot be attached twice.
    const again = await logIomProgressAction({ activityId: first.id, version: after.version, status: "done", completedOn: "2025-12-05", fileIds: [file.id] });
    expect(again.serverError?.code).toBe("VALIDATION");

    // Changing the approved route sends it back to draft.
    const blocked = await deleteIomActivityAction({ iomId, iomVersion: await version(iomId), activityId: first.id });
    expect(blocked.serverError?.code).toBe("INVALID_TRANSITION");
    expect((await reopenIomAction({ iomId, version: await version(iomId) })).data).toEqual({ ok: true });
    const reopened = await db().iom.findUniqueOrThrow({ where: { id: iomId } });
    expect(reopened).toMatchObject({ status: "draft", approvedAt: null, approvedById: null });
    expect((await deleteIomActivityAction({ iomId, iomVersion: reopened.version, activityId: first.id })).data).toEqual({ ok: true });
    expect(await db().iomActivity.count({ where: { id: first.id } })).toBe(0);
  });

  it("refuses to approve a draft (INVALID_TRANSITION) and lets the admin return a submitted route with a comment", async () => {
    const { teacher } = await teacherWithDeficits();
    await signInAs(teacher.email);
    const iomId = (await createIomAction({ teacherId: teacher.id })).data!.id;
    await saveIomActivityAction(activity(iomId, await version(iomId), "methodological"));
    await saveIomActivityAction(activity(iomId, await version(iomId), "digital"));

    await signInAs("school6@opora.demo");
    const draft = await approveIomAction({ iomId, version: await version(iomId) });
    expect(draft.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Утвердить можно только маршрут, отправленный на утверждение." });

    await signInAs(teacher.email);
    await submitIomAction({ iomId, version: await version(iomId) });
    await signInAs("school6@opora.demo");
    const noComment = await returnIomAction({ iomId, version: await version(iomId), comment: "" });
    expect(noComment.validationErrors?.fieldErrors.comment).toEqual(["Укажите, что нужно доработать"]);
    const returned = await returnIomAction({ iomId, version: await version(iomId), comment: "Добавьте стажировку." });
    expect(returned.data).toEqual({ ok: true });
    expect(await db().iom.findUniqueOrThrow({ where: { id: iomId } })).toMatchObject({ status: "returned", returnComment: "Добавьте стажировку." });
    expect(await db().notification.count({ where: { userId: teacher.id, entityId: iomId, kind: "returned" } })).toBe(1);
  });

  it("keeps other schools and other people out: 403 for the wrong role, 404 outside the scope, nothing written", async () => {
    const { teacher } = await teacherWithDeficits();
    await signInAs(teacher.email);
    const iomId = (await createIomAction({ teacherId: teacher.id })).data!.id;
    await saveIomActivityAction(activity(iomId, await version(iomId), "methodological"));
    await saveIomActivityAction(activity(iomId, await version(iomId), "digital"));
    await submitIomAction({ iomId, version: await version(iomId) });
    const v = await version(iomId);

    // A teacher cannot approve (no iom:approve).
    const denials = await auditCount("authz_denied");
    expect((await approveIomAction({ iomId, version: v })).serverError?.code).toBe("FORBIDDEN");
    expect(await auditCount("authz_denied")).toBe(denials + 1);

    // The admin team of another school: 404.
    await signInAs("school@opora.demo");
    expect((await approveIomAction({ iomId, version: v })).serverError?.code).toBe("NOT_FOUND");
    // Another teacher: 404 on someone else's route, and cannot draft for someone else.
    await signInAs("teacher@opora.demo");
    expect((await saveIomActivityAction(activity(iomId, v, "digital"))).serverError?.code).toBe("NOT_FOUND");
    expect((await createIomAction({ teacherId: teacher.id })).serverError?.code).toBe("NOT_FOUND");
    // A tutor without this tutee: 404.
    await signInAs("tutor@opora.demo");
    expect((await submitIomAction({ iomId, version: v })).serverError?.code).toBe("NOT_FOUND");

    expect(await db().iom.findUniqueOrThrow({ where: { id: iomId } })).toMatchObject({ status: "submitted", version: v });
    expect(await db().iomActivity.count({ where: { iomId } })).toBe(2);
  });

  it("lets a tutor draft a route for a tutee", async () => {
    const { teacher, cycle } = await teacherWithDeficits();
    // A tutor of its own: the demo tutor's tutees are the scope test's expectations.
    const tutor = await createTestUser();
    await db().roleAssignment.create({ data: { userId: tutor.id, role: "tutor", municipalityId: cycle.municipalityId } });
    const tutorId = await signInAs(tutor.email);
    await db().tutorAssignment.create({ data: { tutorId, teacherId: teacher.id, cycleId: cycle.id } });
    const created = await createIomAction({ teacherId: teacher.id });
    expect(created.data?.id).toBeDefined();
    const added = await saveIomActivityAction(activity(created.data!.id, await version(created.data!.id), "digital", { kind: "mentoring", hours: "" }));
    expect(added.data?.id).toBeDefined();
  });

  it("rejects invalid activities with field errors and writes nothing", async () => {
    const { teacher } = await teacherWithDeficits();
    await signInAs(teacher.email);
    const iomId = (await createIomAction({ teacherId: teacher.id })).data!.id;
    const v = await version(iomId);
    const result = await saveIomActivityAction(activity(iomId, v, "digital", { hours: "", provider: "", title: "", plannedEnd: "2025-11-01" }));
    expect(result.validationErrors?.fieldErrors).toMatchObject({
      hours: ["Для курсов укажите количество часов"],
      provider: ["Для курсов укажите организацию, которая их проводит"],
      title: ["Укажите название мероприятия"],
      plannedEnd: ["Дата окончания не может быть раньше даты начала"],
    });
    expect(await db().iomActivity.count({ where: { iomId } })).toBe(0);
    expect(await version(iomId)).toBe(v);
    // Progress on a draft route is refused.
    await saveIomActivityAction(activity(iomId, v, "digital"));
    const a = await db().iomActivity.findFirstOrThrow({ where: { iomId } });
    const early = await logIomProgressAction({ activityId: a.id, version: a.version, status: "done", completedOn: "2025-12-01", fileIds: [] });
    expect(early.serverError?.code).toBe("INVALID_TRANSITION");
    const noDate = await logIomProgressAction({ activityId: a.id, version: a.version, status: "done", fileIds: [], link: "ftp://x" });
    expect(noDate.validationErrors?.fieldErrors.completedOn).toEqual(["Укажите дату выполнения"]);
    expect(noDate.validationErrors?.fieldErrors.link).toBeDefined();
  });
});

describe("iomCoverageForSchool", () => {
  it("gives the roadmap the share of teachers with deficits who have an approved ИОМ (edu230101)", async () => {
    await signInAs("school@opora.demo");
    const actor = (await getActor())!;
    const cycle = await demoCycle();
    const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
    // Entry deficits: teachers 1, 2, 4, 5, 6 of seed 002; only teacher 1 has an approved route (1 of 4 activities done).
    expect(await iomCoverageForSchool(actor, cycle.id, school.id)).toEqual({ teachersWithDeficits: 5, withApprovedIom: 1, share: 20, avgProgress: 25 });
  });
});
