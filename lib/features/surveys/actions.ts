"use server";
import { SURVEY_MESSAGES } from "./messages";
import { revalidatePath } from "next/cache";
import { returnValidationErrors } from "next-safe-action";
import { actionClient } from "@/lib/actions/safe-action";
import { expectOneRow, mutate } from "@/lib/actions/mutate";
import { grantsFor } from "@/lib/auth/actor";
import { parseResponse, isAcceptingAnswers, surveyMachine } from "@/lib/domain/surveys/results";
import { transition } from "@/lib/domain/workflow/machine";
import { AppError, outOfScope } from "@/lib/errors";
import { notify } from "@/lib/features/notifications/notify";
import { AUDIENCE_ROLE, managedSurveyWhere, respondentSurveyWhere } from "./access";
import { byPathErrors } from "@/lib/actions/validation-shape";
import { saveSurveySchema, submitResponseSchema, surveyTransitionSchema } from "./schemas";

const dateOrNull = (v: string | undefined) => (v ? new Date(`${v}T00:00:00Z`) : null);

/** Creates a draft survey, or edits one that nobody has answered yet (questions are replaced in the given order). */
export const saveSurveyAction = actionClient
  .metadata({ name: "survey.save", permission: "survey:manage" })
  .inputSchema(saveSurveySchema, byPathErrors)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    const fields = { title: input.title, audience: input.audience, opensOn: dateOrNull(input.opensOn), closesOn: dateOrNull(input.closesOn) };
    const questions = input.questions.map((q, i) => ({
      sortOrder: i + 1,
      kind: q.kind,
      text: q.text,
      options: q.options,
      reportLabel: q.reportLabel ? q.reportLabel : null,
    }));
    const id = await mutate(actor, { name: input.surveyId ? "survey.update" : "survey.create", permission: "survey:manage" }, async (tx, audit) => {
      if (!input.surveyId) {
        const municipalityId = grantsFor(actor, "survey:manage").find((g) => g.municipalityId)?.municipalityId;
        if (!municipalityId) throw new AppError("VALIDATION", SURVEY_MESSAGES.noMunicipality);
        const survey = await tx.survey.create({ data: { ...fields, municipalityId, questions: { create: questions } } });
        await audit({ entityType: "Survey", entityId: survey.id, after: { ...fields, questions: questions.length } });
        return survey.id;
      }
      const survey = await tx.survey.findFirst({
        where: { AND: [managedSurveyWhere(actor), { id: input.surveyId }] },
        select: { id: true, title: true, audience: true, status: true, opensOn: true, closesOn: true, _count: { select: { responses: true, questions: true } } },
      });
      if (!survey) throw outOfScope("Survey", input.surveyId);
      if (survey.status === "closed") throw new AppError("VALIDATION", SURVEY_MESSAGES.closed);
      if (survey._count.responses > 0) throw new AppError("VALIDATION", SURVEY_MESSAGES.hasResponses);
      expectOneRow(
        await tx.survey.updateMany({ where: { id: survey.id, version: input.version ?? -1 }, data: { ...fields, version: { increment: 1 } } }),
      );
      await tx.surveyQuestion.deleteMany({ where: { surveyId: survey.id } });
      await tx.surveyQuestion.createMany({ data: questions.map((q) => ({ ...q, surveyId: survey.id })) });
      const { _count, id: _id, status: _status, ...before } = survey;
      await audit({ entityType: "Survey", entityId: survey.id, before: { ...before, questions: _count.questions }, after: { ...fields, questions: questions.length } });
      return survey.id;
    });
    revalidatePath("/surveys");
    return { id };
  });

/** Publishes (draft → open) or closes (open → closed) a survey. */
export const surveyTransitionAction = actionClient
  .metadata({ name: "survey.transition", permission: "survey:manage" })
  .inputSchema(surveyTransitionSchema)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: `survey.${input.event}`, permission: "survey:manage" }, async (tx, audit) => {
      const survey = await tx.survey.findFirst({
        where: { AND: [managedSurveyWhere(actor), { id: input.surveyId }] },
        select: { id: true, title: true, status: true, audience: true, municipalityId: true, _count: { select: { questions: true } } },
      });
      if (!survey) throw outOfScope("Survey", input.surveyId);
      const step = transition(surveyMachine, survey.status, input.event);
      if (!step.ok) throw new AppError("INVALID_TRANSITION", step.reason);
      if (input.event === "publish" && survey._count.questions === 0) throw new AppError("VALIDATION", "Добавьте в анкету хотя бы один вопрос.");
      expectOneRow(await tx.survey.updateMany({ where: { id: survey.id, version: input.version }, data: { status: step.to, version: { increment: 1 } } }));
      await audit({ entityType: "Survey", entityId: survey.id, before: { status: survey.status }, after: { status: step.to } });
      if (input.event === "publish") {
        const recipients = await tx.roleAssignment.findMany({
          where: { role: AUDIENCE_ROLE[survey.audience], municipalityId: survey.municipalityId, user: { active: true } },
          select: { userId: true },
        });
        await notify(
          tx,
          recipients.map((r) => r.userId),
          { kind: "info", title: `Новая анкета: «${survey.title}»`, link: `/surveys/${survey.id}`, entityType: "Survey", entityId: survey.id },
          { exceptUserId: actor.userId },
        );
      }
    });
    revalidatePath("/surveys");
    revalidatePath(`/surveys/${input.surveyId}`);
    return { ok: true };
  });

/** A respondent's answers: once per survey, while it is open and within its dates. */
export const submitSurveyResponseAction = actionClient
  .metadata({ name: "survey.answer", permission: "survey:answer" })
  .inputSchema(submitResponseSchema, byPathErrors)
  .action(async ({ parsedInput: input, ctx: { actor } }) => {
    await mutate(actor, { name: "survey.answer", permission: "survey:answer" }, async (tx, audit) => {
      const survey = await tx.survey.findFirst({
        where: { AND: [respondentSurveyWhere(actor), { id: input.surveyId }] },
        select: {
          id: true,
          status: true,
          opensOn: true,
          closesOn: true,
          questions: { orderBy: { sortOrder: "asc" }, select: { id: true, kind: true, text: true, options: true } },
        },
      });
      if (!survey) throw outOfScope("Survey", input.surveyId);
      if (!isAcceptingAnswers(survey, new Date())) throw new AppError("INVALID_TRANSITION", SURVEY_MESSAGES.notAccepting);
      const existing = await tx.surveyResponse.findUnique({ where: { surveyId_respondentId: { surveyId: survey.id, respondentId: actor.userId } }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", SURVEY_MESSAGES.alreadyAnswered);
      const parsed = parseResponse(survey.questions, input.answers);
      if (!parsed.ok) {
        const answers = Object.fromEntries(Object.entries(parsed.errors).map(([id, message]) => [id, { _errors: [message] }]));
        returnValidationErrors(submitResponseSchema, { _errors: ["Ответьте на обязательные вопросы"], answers });
      }
      // The unique (surveyId, respondentId) index stops a concurrent second submit.
      const response = await tx.surveyResponse
        .create({ data: { surveyId: survey.id, respondentId: actor.userId, answers: { create: parsed.answers } } })
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", SURVEY_MESSAGES.alreadyAnswered);
          throw error;
        });
      // Anonymous in results; the audit row records that someone answered, not what.
      await audit({ entityType: "SurveyResponse", entityId: response.id, after: { surveyId: survey.id, answers: parsed.answers.length } });
    });
    revalidatePath("/surveys");
    return { ok: true };
  });
