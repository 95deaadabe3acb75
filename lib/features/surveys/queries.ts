import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { getDb, Prisma } from "@/lib/db/client";
import { isAcceptingAnswers, questionResult, resultSentence, type QuestionResult } from "@/lib/domain/surveys/results";
import { managedSurveyWhere, respondentSurveyWhere } from "./access";
import type { SurveyListQuery } from "./schemas";

export const SURVEYS_PAGE_SIZE = 20;

const questionSelect = { id: true, sortOrder: true, kind: true, text: true, options: true, reportLabel: true } as const;

/** The coordinator's list: every survey of the municipality with its response count. */
export async function listManagedSurveys(actor: Actor, query: SurveyListQuery) {
  const where: Prisma.SurveyWhereInput = {
    AND: [
      managedSurveyWhere(actor),
      query.q ? { title: { contains: query.q, mode: "insensitive" } } : {},
      query.status ? { status: query.status } : {},
    ],
  };
  const page = query.page ?? 1;
  const db = getDb();
  const [total, surveys] = await Promise.all([
    db.survey.count({ where }),
    db.survey.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * SURVEYS_PAGE_SIZE,
      take: SURVEYS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        audience: true,
        status: true,
        opensOn: true,
        closesOn: true,
        _count: { select: { responses: true, questions: true } },
      },
    }),
  ]);
  return { total, surveys, page, pages: Math.max(1, Math.ceil(total / SURVEYS_PAGE_SIZE)) };
}

/** Open surveys addressed to the actor, with whether they already answered. */
export async function listSurveysToAnswer(actor: Actor, today = new Date()) {
  const surveys = await getDb().survey.findMany({
    where: { AND: [respondentSurveyWhere(actor), { status: "open" }] },
    orderBy: [{ closesOn: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      title: true,
      audience: true,
      status: true,
      opensOn: true,
      closesOn: true,
      responses: { where: { respondentId: actor.userId }, select: { submittedAt: true } },
      _count: { select: { questions: true } },
    },
  });
  return surveys
    .filter((s) => isAcceptingAnswers(s, today))
    .map(({ responses, ...s }) => ({ ...s, answeredAt: responses[0]?.submittedAt ?? null }));
}

export type SurveyPage =
  | { mode: "manage"; survey: Awaited<ReturnType<typeof loadManaged>> & object; results: SurveyResults }
  | { mode: "answer"; survey: NonNullable<Awaited<ReturnType<typeof loadForRespondent>>>; answeredAt: Date | null; accepting: boolean };

async function loadManaged(actor: Actor, surveyId: string) {
  return getDb().survey.findFirst({
    where: { AND: [managedSurveyWhere(actor), { id: surveyId }] },
    select: {
      id: true,
      title: true,
      audience: true,
      status: true,
      opensOn: true,
      closesOn: true,
      version: true,
      createdAt: true,
      questions: { orderBy: { sortOrder: "asc" }, select: questionSelect },
      _count: { select: { responses: true } },
    },
  });
}

async function loadForRespondent(actor: Actor, surveyId: string) {
  return getDb().survey.findFirst({
    where: { AND: [respondentSurveyWhere(actor), { id: surveyId }] },
    select: {
      id: true,
      title: true,
      audience: true,
      status: true,
      opensOn: true,
      closesOn: true,
      questions: { orderBy: { sortOrder: "asc" }, select: questionSelect },
      responses: { where: { respondentId: actor.userId }, select: { submittedAt: true } },
    },
  });
}

/** The survey page: the coordinator sees it with results, a respondent sees the form; anyone else gets 404. */
export async function getSurveyPageOrNotFound(actor: Actor, surveyId: string): Promise<SurveyPage> {
  if (!can(actor, "survey:read")) forbidden();
  if (can(actor, "survey:manage")) {
    const survey = await loadManaged(actor, surveyId);
    if (survey) return { mode: "manage", survey, results: await surveyResults(survey.id) };
  }
  if (can(actor, "survey:answer")) {
    const survey = await loadForRespondent(actor, surveyId);
    if (survey) return { mode: "answer", survey, answeredAt: survey.responses[0]?.submittedAt ?? null, accepting: isAcceptingAnswers(survey, new Date()) };
  }
  notFound();
}

/** The survey to edit (coordinator), or 404. */
export async function getSurveyForEditOrNotFound(actor: Actor, surveyId: string) {
  if (!can(actor, "survey:manage")) forbidden();
  const survey = await loadManaged(actor, surveyId);
  if (!survey) notFound();
  return survey;
}

export type SurveyResults = {
  responses: number;
  questions: Array<{ id: string; text: string; kind: string; result: QuestionResult; sentence: string | null }>;
};

/**
 * Aggregate results of a survey (no respondent is ever read). Call only
 * with an id that came through a scoped query.
 */
export async function surveyResults(surveyId: string): Promise<SurveyResults> {
  const db = getDb();
  const [responses, questions] = await Promise.all([
    db.surveyResponse.count({ where: { surveyId } }),
    db.surveyQuestion.findMany({
      where: { surveyId },
      orderBy: { sortOrder: "asc" },
      select: { ...questionSelect, answers: { select: { boolValue: true, intValue: true, optionIndex: true, textValue: true }, orderBy: { textValue: "asc" } } },
    }),
  ]);
  return {
    responses,
    questions: questions.map(({ answers, ...q }) => {
      const result = questionResult(q, answers);
      return { id: q.id, text: q.text, kind: q.kind, result, sentence: resultSentence(q, result) };
    }),
  };
}
