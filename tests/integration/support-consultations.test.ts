import { describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { createConsultationAction, updateConsultationAction } from "@/lib/features/consultations/actions";
import { getConsultationOrNotFound, getConsultationTotals, listConsultations } from "@/lib/features/consultations/queries";
import { consultationListQuerySchema } from "@/lib/features/consultations/schemas";
import { toDate } from "@/lib/features/support/fields";
import { createTestUser, uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
const auditCount = (action: string, entityId?: string) => db().auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } });
const userId = async (email: string) => (await db().user.findUniqueOrThrow({ where: { email } })).id;

async function input(overrides: Record<string, unknown> = {}) {
  const subject = await db().subject.findUniqueOrThrow({ where: { code: "math" } });
  return {
    teacherId: await userId("teacher2@opora.demo"),
    date: "2025-10-20",
    subjectId: subject.id,
    module: "subject_competence" as const,
    form: "individual" as const,
    functions: ["diagnostic", "supporting"] as ("diagnostic" | "supporting")[],
    projectId: "",
    notes: `Проверочная консультация ${uniqueSuffix()}`,
    nextSteps: "Посетить урок наставника",
    ...overrides,
  };
}

async function createAsTutor(overrides: Record<string, unknown> = {}) {
  await signInAs("tutor@opora.demo");
  const result = await createConsultationAction(await input(overrides));
  expect(result.serverError).toBeUndefined();
  expect(result.validationErrors).toBeUndefined();
  return db().consultation.findUniqueOrThrow({ where: { id: result.data!.id } });
}

/**
 * A consultation of tutor@'s tutee written by someone else: tutor@ may read it
 * (their tutee's) but not edit it.
 */
async function otherTutorConsultation() {
  const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
  const tutor = await createTestUser();
  const subject = await db().subject.findUniqueOrThrow({ where: { code: "russian" } });
  const consultation = await db().consultation.create({
    data: {
      municipalityId: school.municipalityId,
      tutorId: tutor.id,
      teacherId: await userId("teacher2@opora.demo"),
      schoolId: school.id,
      date: toDate("2025-10-01"),
      subjectId: subject.id,
      module: "assessment",
      form: "group",
      functions: ["consulting"],
      notes: "Чужая консультация",
    },
  });
  return { tutor, consultation };
}

describe("createConsultationAction", () => {
  it("lets the tutor log a consultation of their tutee; school and municipality come from the teacher", async () => {
    const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
    const row = await createAsTutor();
    expect(row).toMatchObject({
      tutorId: await userId("tutor@opora.demo"),
      teacherId: await userId("teacher2@opora.demo"),
      schoolId: school.id,
      municipalityId: school.municipalityId,
      functions: ["diagnostic", "supporting"],
      projectId: null,
      version: 1,
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "consultation.create", entityId: row.id } });
    expect(audit.actorRole).toBe("tutor");
    expect(audit.after).toMatchObject({ module: "subject_competence", date: "2025-10-20" });
  });

  it("refuses a teacher who is not assigned to the tutor, next to the field, writing nothing", async () => {
    await signInAs("tutor@opora.demo");
    const data = await input({ teacherId: await userId("teacher7@opora.demo") });
    const result = await createConsultationAction(data);
    expect(result.validationErrors?.fieldErrors.teacherId).toEqual(["Этот педагог не закреплён за вами"]);
    expect(await db().consultation.count({ where: { notes: data.notes } })).toBe(0);
  });

  it("refuses roles without consultation:write with 403 and an audit row", async () => {
    const data = await input();
    for (const email of ["coordinator@opora.demo", "curator@opora.demo", "school@opora.demo", "teacher@opora.demo"]) {
      await signInAs(email);
      const denials = await auditCount("authz_denied");
      const result = await createConsultationAction(data);
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await auditCount("authz_denied"), email).toBe(denials + 1);
    }
    expect(await db().consultation.count({ where: { notes: data.notes } })).toBe(0);
  });

  it("rejects invalid input with Russian field errors and writes nothing", async () => {
    await signInAs("tutor@opora.demo");
    const before = await db().auditLog.count();
    const count = await db().consultation.count();
    const result = await createConsultationAction(await input({ functions: [], date: "2025-13-01", subjectId: "", module: "other" }));
    expect(result.validationErrors?.fieldErrors).toMatchObject({
      functions: ["Отметьте хотя бы одну функцию тьютора"],
      date: ["Укажите дату в формате ДД.ММ.ГГГГ"],
      subjectId: ["Выберите предмет"],
      module: ["Выберите тематический модуль"],
    });
    const unknownSubject = await createConsultationAction(await input({ subjectId: "no-such-subject" }));
    expect(unknownSubject.validationErrors?.fieldErrors.subjectId).toEqual(["Выберите предмет из списка"]);
    expect(await db().auditLog.count()).toBe(before);
    expect(await db().consultation.count()).toBe(count);
  });
});

describe("updateConsultationAction", () => {
  it("updates the tutor's own consultation, bumps the version and audits it", async () => {
    const row = await createAsTutor();
    const data = await input({ module: "assessment", functions: ["modeling"], nextSteps: "Взаимопроверка работ" });
    const result = await updateConsultationAction({ ...data, id: row.id, version: row.version });
    expect(result.data).toEqual({ id: row.id });
    const after = await db().consultation.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ module: "assessment", functions: ["modeling"], nextSteps: "Взаимопроверка работ", version: 2 });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "consultation.update", entityId: row.id } });
    expect(audit.before).toMatchObject({ module: "subject_competence" });
    expect(audit.after).toMatchObject({ module: "assessment" });
  });

  it("tells the second of two editors that the consultation changed", async () => {
    const row = await createAsTutor();
    const data = await input();
    expect((await updateConsultationAction({ ...data, id: row.id, version: row.version })).data).toBeDefined();
    const stale = await updateConsultationAction({ ...data, form: "group", id: row.id, version: row.version });
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect((await db().consultation.findUniqueOrThrow({ where: { id: row.id } })).form).toBe("individual");
    expect(await auditCount("consultation.update", row.id)).toBe(1);
  });

  it("answers 404 for another tutor's consultation and changes nothing", async () => {
    const other = await otherTutorConsultation();
    await signInAs("tutor@opora.demo");
    const result = await updateConsultationAction({ ...(await input()), id: other.consultation.id, version: 1 });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied" }, orderBy: { id: "desc" } });
    expect(denial.meta).toMatchObject({ action: "consultation.update", code: "NOT_FOUND" });
    expect(await db().consultation.findUniqueOrThrow({ where: { id: other.consultation.id } })).toMatchObject({ version: 1, notes: "Чужая консультация" });
  });

  it("refuses the teacher (403) and moving a consultation to a teacher who is not a tutee", async () => {
    const row = await createAsTutor();
    await signInAs("teacher2@opora.demo");
    expect((await updateConsultationAction({ ...(await input()), id: row.id, version: row.version })).serverError?.code).toBe("FORBIDDEN");
    await signInAs("tutor@opora.demo");
    const moved = await updateConsultationAction({ ...(await input({ teacherId: await userId("teacher8@opora.demo") })), id: row.id, version: row.version });
    expect(moved.validationErrors?.fieldErrors.teacherId).toEqual(["Этот педагог не закреплён за вами"]);
    expect((await db().consultation.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(row.version);
  });
});

describe("consultation queries", () => {
  it("shows the teacher only their own consultations; another teacher's is a 404", async () => {
    const mine = await createAsTutor({ teacherId: await userId("teacher3@opora.demo") });
    const theirs = await createAsTutor({ teacherId: await userId("teacher4@opora.demo") });
    await signInAs("teacher3@opora.demo");
    const actor = (await getActor())!;
    const list = await listConsultations(actor, consultationListQuerySchema.parse({}));
    expect(list.total).toBe(await db().consultation.count({ where: { teacherId: actor.userId } }));
    expect(list.consultations.map((c) => c.id)).toContain(mine.id);
    expect(list.consultations.every((c) => c.teacher.name === list.consultations[0].teacher.name)).toBe(true);
    await expect(getConsultationOrNotFound(actor, theirs.id)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    expect((await getConsultationOrNotFound(actor, mine.id)).id).toBe(mine.id);
  });

  it("gives the coordinator totals by subject, module and school that match the rows", async () => {
    await createAsTutor();
    await signInAs("coordinator@opora.demo");
    const actor = (await getActor())!;
    const period = { from: toDate("2025-01-01"), to: toDate("2025-12-31") };
    const municipality = await db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
    const where = { municipalityId: municipality.id, date: { gte: period.from, lte: period.to } };
    const totals = await getConsultationTotals(actor, period);
    expect(totals.total).toBe(await db().consultation.count({ where }));
    for (const group of [totals.bySubject, totals.byModule, totals.bySchool]) expect(group.reduce((n, r) => n + r.count, 0)).toBe(totals.total);
    const math = await db().subject.findUniqueOrThrow({ where: { code: "math" } });
    expect(totals.bySubject.find((r) => r.key === math.id)?.count).toBe(await db().consultation.count({ where: { ...where, subjectId: math.id } }));
    expect(totals.bySubject.find((r) => r.key === math.id)?.title).toBe("Математика");
    const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
    expect(totals.bySchool.find((r) => r.key === school.id)?.count).toBe(await db().consultation.count({ where: { ...where, schoolId: school.id } }));
  });

  it("refuses the curator the consultations list (403)", async () => {
    await signInAs("curator@opora.demo");
    await expect(listConsultations((await getActor())!, consultationListQuerySchema.parse({}))).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;403");
  });
});
