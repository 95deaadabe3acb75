import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/(app)/surveys/[surveyId]/export/route";
import { getDb } from "@/lib/db/client";
import { saveSurveyAction, submitSurveyResponseAction, surveyTransitionAction } from "@/lib/features/surveys/actions";
import { surveyResults } from "@/lib/features/surveys/queries";
import { createTestUser, uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
const auditCount = (action: string, entityId?: string) => db().auditLog.count({ where: { action, ...(entityId ? { entityId } : {}) } });

const QUESTIONS = [
  { kind: "yes_no" as const, text: "Методическая помощь была адресной и регулярной?", options: [], reportLabel: "отметили адресность и регулярность методической помощи" },
  { kind: "scale" as const, text: "Оцените доступность помощи", options: [] },
  { kind: "single_choice" as const, text: "Удобный формат", options: ["Очно", "Дистанционно"] },
  { kind: "text" as const, text: "Ваши предложения", options: [] },
];

async function createSurvey(audience: "teachers" | "school_leaders" = "teachers", open = true) {
  await signInAs("coordinator@opora.demo");
  const result = await saveSurveyAction({ title: `Удовлетворённость ${uniqueSuffix()}`, audience, questions: QUESTIONS });
  const id = result.data!.id;
  if (open) expect((await surveyTransitionAction({ surveyId: id, version: 1, event: "publish" })).data).toEqual({ ok: true });
  return db().survey.findUniqueOrThrow({ where: { id }, include: { questions: { orderBy: { sortOrder: "asc" } } } });
}

/** A survey of another municipality, written directly (no coordinator of ours can create it). */
async function foreignSurvey() {
  const suffix = uniqueSuffix();
  const municipality = await db().municipality.create({ data: { code: `other-${suffix}`, name: `Другой ${suffix}`, region: "Другой край", centerName: "Другой центр" } });
  return db().survey.create({
    data: {
      municipalityId: municipality.id,
      title: "Чужая анкета",
      audience: "teachers",
      status: "open",
      questions: { create: [{ sortOrder: 1, kind: "yes_no", text: "Да?" }] },
    },
    include: { questions: true },
  });
}

function answersFor(questions: Array<{ id: string; kind: string }>, values: Record<string, string>) {
  return Object.fromEntries(questions.map((q) => [q.id, values[q.kind] ?? ""]));
}

describe("saveSurveyAction", () => {
  it("creates a draft with ordered questions and an audit row", async () => {
    const survey = await createSurvey("teachers", false);
    expect(survey.status).toBe("draft");
    expect(survey.questions.map((q) => q.kind)).toEqual(["yes_no", "scale", "single_choice", "text"]);
    expect(survey.questions[2].options).toEqual(["Очно", "Дистанционно"]);
    expect(await auditCount("survey.create", survey.id)).toBe(1);
  });

  it("reorders and deletes questions of a survey without responses, with the version", async () => {
    const survey = await createSurvey("teachers", false);
    const reordered = [QUESTIONS[3], QUESTIONS[0]];
    const result = await saveSurveyAction({ surveyId: survey.id, version: survey.version, title: survey.title, audience: "teachers", questions: reordered });
    expect(result.data).toEqual({ id: survey.id });
    const after = await db().survey.findUniqueOrThrow({ where: { id: survey.id }, include: { questions: { orderBy: { sortOrder: "asc" } } } });
    expect(after.questions.map((q) => q.kind)).toEqual(["text", "yes_no"]);
    expect(after.version).toBe(survey.version + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "survey.update", entityId: survey.id } });
    expect(audit.before).toMatchObject({ questions: 4 });
    expect(audit.after).toMatchObject({ questions: 2 });
  });

  it("reports a stale version as a conflict and changes nothing", async () => {
    const survey = await createSurvey("teachers", false);
    await saveSurveyAction({ surveyId: survey.id, version: survey.version, title: "Первая правка", audience: "teachers", questions: QUESTIONS });
    const stale = await saveSurveyAction({ surveyId: survey.id, version: survey.version, title: "Вторая правка", audience: "teachers", questions: QUESTIONS });
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect((await db().survey.findUniqueOrThrow({ where: { id: survey.id } })).title).toBe("Первая правка");
  });

  it("refuses to change questions after the first response", async () => {
    const survey = await createSurvey();
    await signInAs("teacher@opora.demo");
    await submitSurveyResponseAction({ surveyId: survey.id, answers: answersFor(survey.questions, { yes_no: "yes", scale: "5", single_choice: "0" }) });
    await signInAs("coordinator@opora.demo");
    const result = await saveSurveyAction({ surveyId: survey.id, version: 2, title: survey.title, audience: "teachers", questions: [QUESTIONS[0]] });
    expect(result.serverError?.message).toBe("На анкету уже есть ответы: вопросы больше нельзя изменить.");
    expect(await db().surveyQuestion.count({ where: { surveyId: survey.id } })).toBe(4);
  });

  it("returns Russian field errors for invalid input and writes nothing", async () => {
    await signInAs("coordinator@opora.demo");
    const before = await db().survey.count();
    const result = await saveSurveyAction({
      title: "",
      audience: "parents" as "teachers",
      opensOn: "2026-12-10",
      closesOn: "2026-12-01",
      questions: [],
    });
    const errors = result.validationErrors?.fieldErrors;
    expect(errors?.title?.[0]).toBe("Название не короче 3 символов");
    expect(errors?.audience?.[0]).toBe("Выберите, кому адресована анкета");
    expect(errors?.questions?.[0]).toBe("Добавьте хотя бы один вопрос");
    const dates = await saveSurveyAction({ title: "Анкета", audience: "teachers", opensOn: "2026-12-10", closesOn: "2026-12-01", questions: [QUESTIONS[0]] });
    expect(dates.validationErrors?.fieldErrors.closesOn?.[0]).toBe("Дата закрытия не может быть раньше даты открытия");
    const choice = await saveSurveyAction({ title: "Анкета", audience: "teachers", questions: [{ kind: "single_choice", text: "Формат", options: ["Очно", ""] }] });
    expect(choice.validationErrors?.fieldErrors["questions.0.options"]).toEqual(["Укажите не меньше двух вариантов ответа"]);
    expect(await db().survey.count()).toBe(before);
  });

  it("refuses other roles with 403 and an audited denial", async () => {
    for (const email of ["teacher@opora.demo", "school@opora.demo", "curator@opora.demo"]) {
      await signInAs(email);
      const denials = await auditCount("authz_denied");
      const result = await saveSurveyAction({ title: "Моя анкета", audience: "teachers", questions: [QUESTIONS[0]] });
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await auditCount("authz_denied"), email).toBe(denials + 1);
    }
  });

  it("answers 404 for another municipality's survey and writes nothing", async () => {
    const foreign = await foreignSurvey();
    await signInAs("coordinator@opora.demo");
    const result = await saveSurveyAction({ surveyId: foreign.id, version: 1, title: "Захват", audience: "teachers", questions: [QUESTIONS[0]] });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect((await db().survey.findUniqueOrThrow({ where: { id: foreign.id } })).title).toBe("Чужая анкета");
  });
});

describe("surveyTransitionAction", () => {
  it("publishes, notifies the audience, then closes; forbidden steps are INVALID_TRANSITION", async () => {
    const survey = await createSurvey("teachers", false);
    const teacherId = (await db().user.findUniqueOrThrow({ where: { email: "teacher@opora.demo" } })).id;
    expect((await surveyTransitionAction({ surveyId: survey.id, version: 1, event: "publish" })).data).toEqual({ ok: true });
    expect(await db().notification.count({ where: { userId: teacherId, entityId: survey.id } })).toBe(1);
    const schoolAdminId = (await db().user.findUniqueOrThrow({ where: { email: "school@opora.demo" } })).id;
    expect(await db().notification.count({ where: { userId: schoolAdminId, entityId: survey.id } })).toBe(0);
    expect(await auditCount("survey.publish", survey.id)).toBe(1);

    const again = await surveyTransitionAction({ surveyId: survey.id, version: 2, event: "publish" });
    expect(again.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Открыть можно только анкету-черновик." });
    const stale = await surveyTransitionAction({ surveyId: survey.id, version: 1, event: "close" });
    expect(stale.serverError?.code).toBe("CONFLICT");
    expect((await surveyTransitionAction({ surveyId: survey.id, version: 2, event: "close" })).data).toEqual({ ok: true });
    expect((await db().survey.findUniqueOrThrow({ where: { id: survey.id } })).status).toBe("closed");
  });

  it("refuses a respondent (403) and another municipality's survey (404)", async () => {
    const survey = await createSurvey("teachers", false);
    await signInAs("teacher@opora.demo");
    expect((await surveyTransitionAction({ surveyId: survey.id, version: 1, event: "publish" })).serverError?.code).toBe("FORBIDDEN");
    const foreign = await foreignSurvey();
    await signInAs("coordinator@opora.demo");
    expect((await surveyTransitionAction({ surveyId: foreign.id, version: 1, event: "close" })).serverError?.code).toBe("NOT_FOUND");
    expect((await db().survey.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("open");
  });
});

describe("submitSurveyResponseAction", () => {
  it("stores one response per teacher and counts it in the results (anonymous)", async () => {
    const survey = await createSurvey();
    const teacher = await createTestUser({ teacherAt: "edu230101" });
    await signInAs(teacher.email);
    const result = await submitSurveyResponseAction({
      surveyId: survey.id,
      answers: answersFor(survey.questions, { yes_no: "yes", scale: "4", single_choice: "1", text: "Больше открытых уроков" }),
    });
    expect(result.data).toEqual({ ok: true });
    const response = await db().surveyResponse.findFirstOrThrow({ where: { surveyId: survey.id, respondentId: teacher.id }, include: { answers: true } });
    expect(response.answers).toHaveLength(4);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "survey.answer", entityId: response.id } });
    expect(audit.after).toEqual({ surveyId: survey.id, answers: 4 });

    const results = await surveyResults(survey.id);
    expect(results.responses).toBe(1);
    expect(results.questions[0].sentence).toBe("отметили адресность и регулярность методической помощи — 100 %");
    expect(results.questions[3].result).toEqual({ kind: "text", answered: 1, texts: ["Больше открытых уроков"] });
  });

  it("refuses a second answer «Вы уже ответили на эту анкету» and writes nothing", async () => {
    const survey = await createSurvey();
    const teacher = await createTestUser({ teacherAt: "edu230101" });
    await signInAs(teacher.email);
    const answers = answersFor(survey.questions, { yes_no: "yes", scale: "4", single_choice: "0" });
    expect((await submitSurveyResponseAction({ surveyId: survey.id, answers })).data).toEqual({ ok: true });
    const answerCount = await db().surveyAnswer.count({ where: { response: { surveyId: survey.id } } });
    const second = await submitSurveyResponseAction({ surveyId: survey.id, answers: { ...answers, [survey.questions[0].id]: "no" } });
    expect(second.serverError).toEqual({ code: "CONFLICT", message: "Вы уже ответили на эту анкету." });
    expect(await db().surveyResponse.count({ where: { surveyId: survey.id } })).toBe(1);
    expect(await db().surveyAnswer.count({ where: { response: { surveyId: survey.id } } })).toBe(answerCount);
  });

  it("puts Russian errors beside each missing answer and writes nothing", async () => {
    const survey = await createSurvey();
    const teacher = await createTestUser({ teacherAt: "edu230101" });
    await signInAs(teacher.email);
    const result = await submitSurveyResponseAction({ surveyId: survey.id, answers: answersFor(survey.questions, { yes_no: "yes", scale: "9" }) });
    const errors = result.validationErrors?.fieldErrors ?? {};
    expect(errors[`answers.${survey.questions[1].id}`]).toEqual(["Выберите оценку от 1 до 5"]);
    expect(errors[`answers.${survey.questions[2].id}`]).toEqual(["Ответьте на этот вопрос"]);
    expect(errors[`answers.${survey.questions[0].id}`]).toBeUndefined();
    expect(await db().surveyResponse.count({ where: { surveyId: survey.id } })).toBe(0);
  });

  it("answers 404 to a teacher for a school leaders' survey (not addressed to them), audited, nothing written", async () => {
    const survey = await createSurvey("school_leaders");
    await signInAs("teacher@opora.demo");
    const denials = await auditCount("authz_denied");
    const result = await submitSurveyResponseAction({ surveyId: survey.id, answers: answersFor(survey.questions, { yes_no: "yes", scale: "5", single_choice: "0" }) });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await auditCount("authz_denied")).toBe(denials + 1);
    expect(await db().surveyResponse.count({ where: { surveyId: survey.id } })).toBe(0);
    // The school's administrative team is the audience.
    await signInAs("school@opora.demo");
    expect((await submitSurveyResponseAction({ surveyId: survey.id, answers: answersFor(survey.questions, { yes_no: "no", scale: "3", single_choice: "0" }) })).data).toEqual({ ok: true });
  });

  it("refuses the coordinator (403), drafts and closed surveys, and another municipality's survey (404)", async () => {
    const survey = await createSurvey();
    const answers = answersFor(survey.questions, { yes_no: "yes", scale: "5", single_choice: "0" });
    await signInAs("coordinator@opora.demo");
    expect((await submitSurveyResponseAction({ surveyId: survey.id, answers })).serverError?.code).toBe("FORBIDDEN");

    const draft = await createSurvey("teachers", false);
    await signInAs("teacher2@opora.demo");
    expect((await submitSurveyResponseAction({ surveyId: draft.id, answers: answersFor(draft.questions, { yes_no: "yes", scale: "5", single_choice: "0" }) })).serverError?.code).toBe("NOT_FOUND");

    await signInAs("coordinator@opora.demo");
    await surveyTransitionAction({ surveyId: survey.id, version: 2, event: "close" });
    await signInAs("teacher2@opora.demo");
    const closed = await submitSurveyResponseAction({ surveyId: survey.id, answers });
    expect(closed.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Анкета сейчас не принимает ответы." });

    const foreign = await foreignSurvey();
    const result = await submitSurveyResponseAction({ surveyId: foreign.id, answers: { [foreign.questions[0].id]: "yes" } });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await db().surveyResponse.count({ where: { surveyId: { in: [survey.id, draft.id, foreign.id] } } })).toBe(0);
  });
});

describe("GET /surveys/[surveyId]/export", () => {
  const call = (id: string) => GET(new Request(`http://localhost/surveys/${id}/export`), { params: Promise.resolve({ surveyId: id }) });

  it("exports the aggregate results as .xlsx with Russian headers and no names", async () => {
    const survey = await createSurvey();
    const teacher = await createTestUser({ teacherAt: "edu230101" });
    await signInAs(teacher.email);
    await submitSurveyResponseAction({ surveyId: survey.id, answers: answersFor(survey.questions, { yes_no: "yes", scale: "5", single_choice: "0" }) });
    await signInAs("coordinator@opora.demo");
    const response = await call(survey.id);
    expect(response.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const rows = wb.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).join("|"));
    expect(rows).toContain("Вопрос|Ответ|Ответов|Доля, %");
    expect(rows).toContain(`1. ${QUESTIONS[0].text}|Да|1|100`);
    expect(rows.join("\n")).not.toContain(teacher.name);
  });

  it("refuses a teacher (403) and another municipality's survey (404)", async () => {
    const foreign = await foreignSurvey();
    await signInAs("teacher@opora.demo");
    expect((await call(foreign.id)).status).toBe(403);
    await signInAs("coordinator@opora.demo");
    expect((await call(foreign.id)).status).toBe(404);
  });
});
