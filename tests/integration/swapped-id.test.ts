/**
 * Another school's, curator's, municipality's or user's record by a swapped
 * id (issue 7, security point 1; decision 050). Each case names an action
 * that takes the id of an existing record, the demo role that may run it on
 * its own records, and a record of the same kind that belongs to someone
 * else. The expectation is the same for all of them, checked generically:
 * NOT_FOUND (never «forbidden», which would confirm the record exists), one
 * `authz_denied` audit row for the actor naming that action, the target row
 * exactly as it was, and no other audit row at all (every write goes through
 * `mutate`, which cannot commit without one).
 *
 * Every server action is either covered here by at least one case or listed
 * in EXEMPT with the reason it takes no one else's record; the last test
 * finds the actions on disk (tests/support/surface.ts) and fails naming any
 * that is neither.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionRequirement } from "@/lib/actions/safe-action";
import { getDb } from "@/lib/db/client";
import { revokeApiTokenAction } from "@/lib/features/api-tokens/actions";
import { createConsultationAction, updateConsultationAction } from "@/lib/features/consultations/actions";
import {
  addCycleSchoolAction,
  assignCuratorAction,
  createCycleAction,
  endPairingAction,
  removeCycleSchoolAction,
  transitionCycleAction,
  updateCycleAction,
  updateCycleSchoolCategoriesAction,
} from "@/lib/features/cycles/actions";
import { saveDiagnosticAction } from "@/lib/features/diagnostics/actions";
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
import { createEventAction, deleteEventAction, updateEventAction } from "@/lib/features/events/actions";
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
import { addMeasureEvidenceAction, progressMeasureAction, recordMeasureReadingAction, reviewMeasureAction } from "@/lib/features/measures/actions";
import { updateLetterheadAction } from "@/lib/features/municipalities/actions";
import {
  createMutualPairAction,
  deleteMutualPairAction,
  markMutualStepAction,
  saveMutualReviewDraftAction,
  submitMutualReviewAction,
  uploadMutualProtocolAction,
} from "@/lib/features/mutual/actions";
import { createNextCycleAction } from "@/lib/features/next-cycle/actions";
import { markNotificationReadAction } from "@/lib/features/notifications/actions";
import { moderatePracticeAction, submitPracticeAction, updatePracticeAction } from "@/lib/features/practices/actions";
import {
  approveReportAction,
  createReportAction,
  saveReportOrderAction,
  updateReportParagraphAction,
  updateReportTasksAction,
  updateReportTitleAction,
} from "@/lib/features/report/actions";
import { addFlaggedSchoolsToCycleAction, addFlaggedSchoolToCycleAction } from "@/lib/features/results/actions";
import { createExamResultAction, deleteExamResultAction, updateContingentAction, updateExamResultAction } from "@/lib/features/results/entry-actions";
import { saveCuratorReviewDraftAction, submitCuratorReviewAction } from "@/lib/features/reviews/actions";
import {
  confirmRiskProfileAction,
  overrideSignificanceAction,
  returnRiskProfileAction,
  saveRiskProfileDraftAction,
  submitRiskProfileAction,
} from "@/lib/features/risk-profile/actions";
import { saveSurveyAction, submitSurveyResponseAction, surveyTransitionAction } from "@/lib/features/surveys/actions";
import { tokenFor } from "../support/api";
import { createTestUser, uniqueSuffix } from "../support/db";
import { setTestSession, signInAs } from "../support/session";
import { serverActions } from "../support/surface";
import { createTestMunicipality, type TestMunicipality } from "../support/test-municipality";

const db = () => getDb();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const model = (name: string) => (db() as any)[name] as { findUniqueOrThrow: (a: unknown) => Promise<Record<string, unknown>> };

type Target = { model: string; id: string };
type Case = {
  name: string;
  /** The server action the case calls: the coverage test counts it as covered, the denial must name it. */
  action: unknown;
  as: string;
  /** A record of someone else, found or made before the call. */
  target: () => Promise<Target>;
  call: (id: string, row: Record<string, unknown>) => Promise<{ serverError?: { code?: string } } | undefined>;
};

/**
 * Actions that take no one else's record, each with why. Every other action
 * must be covered by a case below.
 */
const EXEMPT: Record<string, string> = {
  signOutAction: "signs out: ends the actor's own sessions, takes no input",
  changePasswordAction: "own profile only: changes the actor's own password, takes no record id",
  createApiTokenAction: "own profile only: issues a token to the actor, takes no record id",
  markAllNotificationsReadAction: "own notifications only: takes no record id",
  setUserActiveAction: "administrator only (user:manage), whose scope is every user: no one else's user exists for them",
  setUserPasswordAction: "administrator only (user:manage), whose scope is every user: no one else's user exists for them",
  createCriterionAction: "creates a criterion in the installation-wide catalogue (catalog:manage, administrator only): no record id",
  updateCriterionAction: "the installation-wide criteria catalogue has no owner (catalog:manage, administrator only): no one else's criterion exists",
  moveCriterionAction: "the installation-wide criteria catalogue has no owner (catalog:manage, administrator only): no one else's criterion exists",
  setCriterionActiveAction: "the installation-wide criteria catalogue has no owner (catalog:manage, administrator only): no one else's criterion exists",
  deleteCriterionAction: "the installation-wide criteria catalogue has no owner (catalog:manage, administrator only): no one else's criterion exists",
};

const DEMO_CYCLE = { municipality: { code: "armavir-demo" }, year: 2025 };

/** Rows this file adds to the shared demo data, removed afterwards (newest first) so later files see the seed. */
const created: Array<{ model: string; id: string }> = [];
function made<T extends { id: string }>(modelName: string, row: T): T {
  created.push({ model: modelName, id: row.id });
  return row;
}

/** Makes a row once per file, on first use. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= make());
}

const userId = async (email: string) => (await db().user.findUniqueOrThrow({ where: { email } })).id;
const demoCycle = once(() => db().cycle.findFirstOrThrow({ where: DEMO_CYCLE }));
const math = once(() => db().subject.findUniqueOrThrow({ where: { code: "math" } }));

/** The demo cycle's entry of a demo school (edu230102: another school; edu230103: curator2's). */
const cycleSchoolOf = (code: string) => db().cycleSchool.findFirstOrThrow({ where: { school: { code }, cycle: DEMO_CYCLE } });

/** A document of that school with one task and one measure (found, or made once). */
async function documentOf(code: string) {
  const cs = await cycleSchoolOf(code);
  const existing = await db().programDocument.findFirst({ where: { cycleSchoolId: cs.id, measures: { some: {} } }, include: { tasks: true, measures: true } });
  if (existing) return existing;
  const doc = made("programDocument", await db().programDocument.create({ data: { cycleSchoolId: cs.id, kind: "medium_term_program", title: `Программа ${code} (тест)`, status: "confirmed" } }));
  const task = await db().documentTask.create({ data: { documentId: doc.id, sortOrder: 1, title: "Задача (тест)" } });
  await db().measure.create({ data: { documentId: doc.id, taskId: task.id, sortOrder: 1, title: "Мероприятие (тест)", deadline: new Date("2026-05-30T00:00:00Z"), status: "done" } });
  return db().programDocument.findUniqueOrThrow({ where: { id: doc.id }, include: { tasks: true, measures: true } });
}

/** A draft document of the school admin's own school (edu230101), to send another school's task or measure through. */
const ownDraftDocument = once(async () => {
  const cs = await cycleSchoolOf("edu230101");
  // One document per kind, one anti-risk programme per factor: a programme on a factor the school has none for.
  const used = await db().programDocument.findMany({ where: { cycleSchoolId: cs.id, riskFactorId: { not: null } }, select: { riskFactorId: true } });
  const factor = await db().riskFactor.findFirstOrThrow({ where: { id: { notIn: used.map((d) => d.riskFactorId!) } }, orderBy: { code: "asc" } });
  return made(
    "programDocument",
    await db().programDocument.create({ data: { cycleSchoolId: cs.id, kind: "anti_risk_program", riskFactorId: factor.id, title: "Своя антирисковая программа (тест)" } }),
  );
});

/** That draft as it is now: its id and current version, for an edit through it. */
async function ownDraft() {
  const { id } = await ownDraftDocument();
  return db().programDocument.findUniqueOrThrow({ where: { id }, select: { id: true, version: true } });
}

async function riskProfileOf(code: string, status: "draft" | "submitted") {
  const cs = await cycleSchoolOf(code);
  return (await db().riskProfile.findUnique({ where: { cycleSchoolId: cs.id } })) ?? made("riskProfile", await db().riskProfile.create({ data: { cycleSchoolId: cs.id, catalogYear: 2025, status } }));
}

/** A factor assessment of that school's risk profile (found, or made once). */
async function assessmentOf(code: string) {
  const profile = await riskProfileOf(code, "submitted");
  const existing = await db().riskFactorAssessment.findFirst({ where: { profileId: profile.id } });
  if (existing) return existing;
  const factor = await db().riskFactor.findFirstOrThrow();
  return made("riskFactorAssessment", await db().riskFactorAssessment.create({ data: { profileId: profile.id, factorId: factor.id, suggested: "medium", significance: "medium" } }));
}

async function iomOf(email: string) {
  const teacher = await db().user.findUniqueOrThrow({ where: { email }, include: { roles: true } });
  const cycle = await demoCycle();
  const schoolId = teacher.roles.find((r) => r.schoolId)!.schoolId!;
  return (
    (await db().iom.findUnique({ where: { teacherId_cycleId: { teacherId: teacher.id, cycleId: cycle.id } } })) ??
    made("iom", await db().iom.create({ data: { teacherId: teacher.id, cycleId: cycle.id, schoolId, status: "submitted" } }))
  );
}

/** An activity of that teacher's ИОМ (found, or made once). */
async function iomActivityOf(email: string) {
  const iom = await iomOf(email);
  return (
    (await db().iomActivity.findFirst({ where: { iomId: iom.id }, orderBy: { sortOrder: "asc" } })) ??
    made("iomActivity", await db().iomActivity.create({ data: { iomId: iom.id, competency: "subject", kind: "self_education", title: "Самообразование (тест)", sortOrder: 1 } }))
  );
}

/** teacher3's own draft ИОМ, to send another teacher's activity through. */
const ownDraftIom = once(async () => {
  const cycle = await demoCycle();
  const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
  const teacherId = await userId("teacher3@opora.demo");
  const existing = await db().iom.findUnique({ where: { teacherId_cycleId: { teacherId, cycleId: cycle.id } } });
  return existing ?? made("iom", await db().iom.create({ data: { teacherId, cycleId: cycle.id, schoolId: school.id } }));
});

/** An upload of another user, attached nowhere: it is theirs to attach (made once per uploader). */
const uploads = new Map<string, Promise<{ id: string }>>();
function uploadOf(email: string) {
  if (!uploads.has(email)) {
    uploads.set(
      email,
      (async () =>
        made(
          "storedFile",
          await db().storedFile.create({
            data: { storageKey: `test/swapped-${uniqueSuffix()}`, originalName: "чужой-отчёт.pdf", mimeType: "application/pdf", size: 1, sha256: "0".repeat(64), uploadedById: await userId(email) },
          }),
        ))(),
    );
  }
  return uploads.get(email)!;
}

/** A measure of the school admin's own school in implementation, in progress. */
const ownMeasure = () =>
  db().measure.findFirstOrThrow({ where: { status: "in_progress", document: { status: "confirmed", cycleSchool: { school: { code: "edu230101" }, cycle: DEMO_CYCLE } } }, orderBy: { id: "asc" } });

/** An activity of teacher@'s own approved ИОМ. */
const ownApprovedActivity = () => db().iomActivity.findFirstOrThrow({ where: { iom: { status: "approved", teacher: { email: "teacher@opora.demo" } } }, orderBy: { sortOrder: "asc" } });

/** A mutual pair of the school admin's own school (edu230101) with edu230102, the meeting held. */
const ownPair = once(async () =>
  made(
    "mutualPair",
    await db().mutualPair.create({
      data: { cycleId: (await demoCycle()).id, schoolAId: (await cycleSchoolOf("edu230101")).id, schoolBId: (await cycleSchoolOf("edu230102")).id, status: "met" },
    }),
  ),
);

/** A curator's review draft of curator2's school's document. */
const otherCuratorReview = once(async () => {
  const doc = await documentOf("edu230103");
  return made("review", await db().review.create({ data: { documentId: doc.id, revisionNumber: 1, kind: "curator", reviewerId: await userId("curator2@opora.demo") } }));
});

// ── another municipality's records (its rows are its own: nothing of the demo data changes) ──

let other: TestMunicipality;
let otherCycleId: string;

/** The other cycle's list entry of the other municipality's school `i` (1–3; school 0 is the removal case's). */
const otherCycleSchools = new Map<number, Promise<{ id: string }>>();
function otherCycleSchool(i: 1 | 2 | 3) {
  if (!otherCycleSchools.has(i)) {
    otherCycleSchools.set(i, db().cycleSchool.create({ data: { cycleId: otherCycleId, schoolId: other.schools[i].id, categories: ["shnor"] } }));
  }
  return otherCycleSchools.get(i)!;
}
const otherPair = once(async () =>
  db().mutualPair.create({ data: { cycleId: otherCycleId, schoolAId: (await otherCycleSchool(1)).id, schoolBId: (await otherCycleSchool(2)).id } }),
);
const otherPairing = once(async () =>
  db().curatorPairing.create({ data: { cycleSchoolId: (await otherCycleSchool(1)).id, curatorId: other.curator.id, pairedOn: new Date("2025-01-20T00:00:00Z") } }),
);
const otherReport = once(() => db().analyticalReport.create({ data: { cycleId: otherCycleId, title: "Чужая справка" } }));
const otherEvent = once(() =>
  db().supportEvent.create({
    data: { municipalityId: other.municipality.id, type: "seminar", date: new Date("2025-10-15T00:00:00Z"), topic: "Чужой семинар", format: "in_person", audience: "teachers" },
  }),
);
const otherExamResult = once(async () =>
  db().examResult.create({ data: { schoolId: other.schools[0].id, year: 2024, exam: "oge", subjectId: (await math()).id, participants: 30, avgScore: 3.6, failShare: 7.5, qualityShare: 45, successShare: 92.5 } }),
);
const otherContingent = once(() => db().schoolContingent.create({ data: { schoolId: other.schools[0].id, year: 2024, students: 300 } }));
const otherDraftSurvey = once(() => db().survey.create({ data: { municipalityId: other.municipality.id, title: "Чужая анкета (черновик)", audience: "teachers" } }));
const otherOpenSurvey = once(() =>
  db().survey.create({
    data: {
      municipalityId: other.municipality.id,
      title: "Чужая открытая анкета",
      audience: "teachers",
      status: "open",
      questions: { create: [{ sortOrder: 1, kind: "yes_no", text: "Помогают ли методические мероприятия?" }] },
    },
  }),
);
const otherPractice = once(() =>
  db().practice.create({
    data: {
      municipalityId: other.municipality.id,
      schoolId: other.schools[0].id,
      title: "Чужая практика",
      authors: "Иванова И. И., учитель",
      organization: "Чужая школа",
      level: "school",
      theme: "Наставничество",
      description: "Описание чужой практики для проверки доступа.",
      submittedById: other.schoolAdmin.id,
    },
  }),
);

// ── inputs that pass validation, so that only the record decides ──

const examForm = (schoolId: string, subjectId: string) => ({
  schoolId,
  year: "2024",
  exam: "oge" as const,
  subjectId,
  grade: "",
  participants: "30",
  avgScore: "3,6",
  failShare: "7,5",
  qualityShare: "45",
  successShare: "92,5",
});
const measureForm = {
  title: "Мероприятие (подмена)",
  deadline: "",
  responsible: "",
  participants: "",
  expectedResult: "",
  indicatorName: "",
  indicatorUnit: "",
  baseline: "",
  target: "",
  reportForm: "",
};
const reviewForm = { reviewId: null, version: 0, scores: {}, verdict: null };
const activityForm = { competency: "subject" as const, kind: "self_education" as const, title: "Самообразование (подмена)", plannedStart: "2025-03-01", plannedEnd: "2025-04-01" };
const practiceForm = {
  title: "Практика (подмена)",
  authors: "Кравченко А. С., учитель",
  organization: "МБОУ-ООШ № 21",
  level: "school" as const,
  theme: "Наставничество",
  description: "Изменённое описание чужой практики для проверки.",
  fileIds: [],
};
const version = (row: Record<string, unknown>) => row.version as number;

const CASES: Case[] = [
  // ───────────────────────── measures ─────────────────────────
  {
    name: "a school admin moves a measure of another school",
    action: progressMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230102")).measures[0].id }),
    call: (id, row) => progressMeasureAction({ measureId: id, version: version(row), event: "start" }),
  },
  {
    name: "a school admin completes a measure of their own with another user's upload as evidence",
    action: progressMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "storedFile", id: (await uploadOf("school2@opora.demo")).id }),
    call: async (id) => {
      const own = await ownMeasure();
      return progressMeasureAction({ measureId: own.id, version: own.version, event: "complete", fileIds: [id] });
    },
  },
  {
    name: "a curator confirms a measure of a school paired with another curator",
    action: reviewMeasureAction,
    as: "curator@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230103")).measures[0].id }),
    call: (id, row) => reviewMeasureAction({ measureId: id, version: version(row), event: "confirm" }),
  },
  {
    name: "a school admin adds evidence to a measure of another school",
    action: addMeasureEvidenceAction,
    as: "school@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230102")).measures[0].id }),
    call: (id) => addMeasureEvidenceAction({ measureId: id, linkUrl: "https://example.org/otchet", linkTitle: "Отчёт" }),
  },
  {
    name: "a school admin adds another user's upload as evidence to a measure of their own",
    action: addMeasureEvidenceAction,
    as: "school@opora.demo",
    target: async () => ({ model: "storedFile", id: (await uploadOf("school2@opora.demo")).id }),
    call: async (id) => addMeasureEvidenceAction({ measureId: (await ownMeasure()).id, fileIds: [id] }),
  },
  {
    name: "a school admin records a reading of another school's measure",
    action: recordMeasureReadingAction,
    as: "school@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230102")).measures[0].id }),
    call: (id, row) => recordMeasureReadingAction({ measureId: id, version: version(row), value: 1, date: "2025-05-01" }),
  },

  // ───────────────────────── documents ─────────────────────────
  {
    name: "a school admin creates a document in another school's year",
    action: createDocumentAction,
    as: "school@opora.demo",
    target: async () => ({ model: "cycleSchool", id: (await cycleSchoolOf("edu230102")).id }),
    call: (id) => createDocumentAction({ cycleSchoolId: id, kind: "concept" }),
  },
  {
    name: "a school admin edits the header of another school's document",
    action: updateDocumentHeaderAction,
    as: "school@opora.demo",
    target: async () => ({ model: "programDocument", id: (await documentOf("edu230102")).id }),
    call: (id, row) =>
      updateDocumentHeaderAction({ documentId: id, version: version(row), title: "Чужой документ", periodFrom: "", periodTo: "", mission: "", goal: "", desiredState: "", analysis: "" }),
  },
  {
    name: "a school admin submits another school's document",
    action: submitDocumentAction,
    as: "school@opora.demo",
    target: async () => ({ model: "programDocument", id: (await documentOf("edu230102")).id }),
    call: (id, row) => submitDocumentAction({ documentId: id, version: version(row) }),
  },
  {
    name: "a school admin adds a task to another school's document",
    action: addTaskAction,
    as: "school@opora.demo",
    target: async () => ({ model: "programDocument", id: (await documentOf("edu230102")).id }),
    call: (id, row) => addTaskAction({ documentId: id, version: version(row), title: "Задача (подмена)", cause: "" }),
  },
  {
    name: "a school admin edits a task of another school's document",
    action: updateTaskAction,
    as: "school@opora.demo",
    target: async () => ({ model: "documentTask", id: (await documentOf("edu230102")).tasks[0].id }),
    call: async (id) => {
      const task = await db().documentTask.findUniqueOrThrow({ where: { id }, include: { document: true } });
      return updateTaskAction({ documentId: task.documentId, version: task.document.version, taskId: id, title: "Задача (подмена)", cause: "" });
    },
  },
  {
    name: "a school admin edits another school's task through a draft document of its own",
    action: updateTaskAction,
    as: "school@opora.demo",
    target: async () => ({ model: "documentTask", id: (await documentOf("edu230102")).tasks[0].id }),
    call: async (id) => {
      const own = await ownDraft();
      return updateTaskAction({ documentId: own.id, version: own.version, taskId: id, title: "Задача (подмена)", cause: "" });
    },
  },
  {
    name: "a school admin deletes a task of another school's document",
    action: deleteTaskAction,
    as: "school@opora.demo",
    target: async () => ({ model: "documentTask", id: (await documentOf("edu230102")).tasks[0].id }),
    call: async (id) => {
      const task = await db().documentTask.findUniqueOrThrow({ where: { id }, include: { document: true } });
      return deleteTaskAction({ documentId: task.documentId, version: task.document.version, taskId: id });
    },
  },
  {
    name: "a school admin deletes another school's task through a draft document of its own",
    action: deleteTaskAction,
    as: "school@opora.demo",
    target: async () => ({ model: "documentTask", id: (await documentOf("edu230102")).tasks[0].id }),
    call: async (id) => {
      const own = await ownDraft();
      return deleteTaskAction({ documentId: own.id, version: own.version, taskId: id });
    },
  },
  {
    name: "a school admin moves a task of another school's document",
    action: moveTaskAction,
    as: "school@opora.demo",
    target: async () => ({ model: "documentTask", id: (await documentOf("edu230102")).tasks[0].id }),
    call: async (id) => {
      const task = await db().documentTask.findUniqueOrThrow({ where: { id }, include: { document: true } });
      return moveTaskAction({ documentId: task.documentId, version: task.document.version, taskId: id, direction: "down" });
    },
  },
  {
    name: "a school admin adds a measure to another school's document",
    action: addMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "programDocument", id: (await documentOf("edu230102")).id }),
    call: async (id, row) => {
      const task = await db().documentTask.findFirstOrThrow({ where: { documentId: id } });
      return addMeasureAction({ documentId: id, version: version(row), taskId: task.id, ...measureForm });
    },
  },
  {
    name: "a school admin adds a measure under another school's task through a draft document of its own",
    action: addMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "documentTask", id: (await documentOf("edu230102")).tasks[0].id }),
    call: async (id) => {
      const own = await ownDraft();
      return addMeasureAction({ documentId: own.id, version: own.version, taskId: id, ...measureForm });
    },
  },
  {
    name: "a school admin edits a measure of another school's document",
    action: updateMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230102")).measures[0].id }),
    call: async (id) => {
      const measure = await db().measure.findUniqueOrThrow({ where: { id }, include: { document: true } });
      return updateMeasureAction({ documentId: measure.documentId, version: measure.document.version, measureId: id, ...measureForm });
    },
  },
  {
    name: "a school admin edits another school's measure through a draft document of its own",
    action: updateMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230102")).measures[0].id }),
    call: async (id) => {
      const own = await ownDraft();
      return updateMeasureAction({ documentId: own.id, version: own.version, measureId: id, ...measureForm });
    },
  },
  {
    name: "a school admin deletes a measure of another school's document",
    action: deleteMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230102")).measures[0].id }),
    call: async (id) => {
      const measure = await db().measure.findUniqueOrThrow({ where: { id }, include: { document: true } });
      return deleteMeasureAction({ documentId: measure.documentId, version: measure.document.version, measureId: id });
    },
  },
  {
    name: "a school admin deletes another school's measure through a draft document of its own",
    action: deleteMeasureAction,
    as: "school@opora.demo",
    target: async () => ({ model: "measure", id: (await documentOf("edu230102")).measures[0].id }),
    call: async (id) => {
      const own = await ownDraft();
      return deleteMeasureAction({ documentId: own.id, version: own.version, measureId: id });
    },
  },

  // ───────────────────────── expertise ─────────────────────────
  {
    name: "a curator saves a review draft of another curator's school's document",
    action: saveCuratorReviewDraftAction,
    as: "curator@opora.demo",
    target: async () => ({ model: "programDocument", id: (await documentOf("edu230103")).id }),
    call: (id) => saveCuratorReviewDraftAction({ documentId: id, ...reviewForm }),
  },
  {
    name: "a curator completes the review of another curator's school's document",
    action: submitCuratorReviewAction,
    as: "curator@opora.demo",
    target: async () => ({ model: "programDocument", id: (await documentOf("edu230103")).id }),
    call: (id, row) => submitCuratorReviewAction({ documentId: id, ...reviewForm, documentVersion: version(row), verdict: "confirmed" }),
  },
  {
    name: "a curator saves, over a document of their own school, another curator's review by its id",
    action: saveCuratorReviewDraftAction,
    as: "curator@opora.demo",
    target: async () => ({ model: "review", id: (await otherCuratorReview()).id }),
    call: async (id, row) => {
      const own = await db().programDocument.findFirstOrThrow({ where: { status: "submitted", cycleSchool: { school: { code: "edu230101" }, cycle: DEMO_CYCLE } } });
      return saveCuratorReviewDraftAction({ documentId: own.id, ...reviewForm, reviewId: id, version: version(row) });
    },
  },

  // ───────────────────────── risk profile ─────────────────────────
  {
    name: "a school admin saves a risk-profile draft in another school's year",
    action: saveRiskProfileDraftAction,
    as: "school@opora.demo",
    target: async () => ({ model: "cycleSchool", id: (await cycleSchoolOf("edu230102")).id }),
    call: async (id) => {
      const profile = await db().riskProfile.findUnique({ where: { cycleSchoolId: id } });
      return saveRiskProfileDraftAction({ cycleSchoolId: id, version: profile?.version ?? null, values: {} });
    },
  },
  {
    name: "a school admin submits another school's risk profile",
    action: submitRiskProfileAction,
    as: "school@opora.demo",
    target: async () => ({ model: "riskProfile", id: (await riskProfileOf("edu230102", "draft")).id }),
    call: (id, row) => submitRiskProfileAction({ profileId: id, version: version(row) }),
  },
  {
    name: "a curator changes a factor's significance in another curator's school's profile",
    action: overrideSignificanceAction,
    as: "curator@opora.demo",
    target: async () => ({ model: "riskFactorAssessment", id: (await assessmentOf("edu230103")).id }),
    call: (id, row) => overrideSignificanceAction({ assessmentId: id, version: version(row), significance: "high", overrideReason: "Подмена", programRequired: true }),
  },
  {
    name: "a curator confirms the risk profile of another curator's school",
    action: confirmRiskProfileAction,
    as: "curator@opora.demo",
    target: async () => ({ model: "riskProfile", id: (await riskProfileOf("edu230103", "submitted")).id }),
    call: (id, row) => confirmRiskProfileAction({ profileId: id, version: version(row) }),
  },
  {
    name: "a curator returns the risk profile of another curator's school",
    action: returnRiskProfileAction,
    as: "curator@opora.demo",
    target: async () => ({ model: "riskProfile", id: (await riskProfileOf("edu230104", "submitted")).id }),
    call: (id, row) => returnRiskProfileAction({ profileId: id, version: version(row), comment: "Доработайте" }),
  },

  // ───────────────────────── ИОМ and diagnostics ─────────────────────────
  {
    name: "a teacher drafts a ИОМ for another teacher",
    action: createIomAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "user", id: await userId("teacher2@opora.demo") }),
    call: (id) => createIomAction({ teacherId: id }),
  },
  {
    name: "a teacher adds an activity to another teacher's ИОМ",
    action: saveIomActivityAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "iom", id: (await iomOf("teacher2@opora.demo")).id }),
    call: (id, row) => saveIomActivityAction({ iomId: id, iomVersion: version(row), ...activityForm }),
  },
  {
    name: "a teacher edits another teacher's activity through a draft ИОМ of their own",
    action: saveIomActivityAction,
    as: "teacher3@opora.demo",
    target: async () => ({ model: "iomActivity", id: (await iomActivityOf("teacher2@opora.demo")).id }),
    call: async (id, row) => {
      const own = await ownDraftIom();
      const iomVersion = (await db().iom.findUniqueOrThrow({ where: { id: own.id } })).version;
      return saveIomActivityAction({ iomId: own.id, iomVersion, activityId: id, activityVersion: version(row), ...activityForm });
    },
  },
  {
    name: "a teacher deletes an activity of another teacher's ИОМ",
    action: deleteIomActivityAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "iomActivity", id: (await iomActivityOf("teacher2@opora.demo")).id }),
    call: async (id, row) => {
      const iom = await db().iom.findUniqueOrThrow({ where: { id: row.iomId as string } });
      return deleteIomActivityAction({ iomId: iom.id, iomVersion: iom.version, activityId: id });
    },
  },
  {
    name: "a teacher deletes another teacher's activity through a draft ИОМ of their own",
    action: deleteIomActivityAction,
    as: "teacher3@opora.demo",
    target: async () => ({ model: "iomActivity", id: (await iomActivityOf("teacher2@opora.demo")).id }),
    call: async (id) => {
      const own = await ownDraftIom();
      const iomVersion = (await db().iom.findUniqueOrThrow({ where: { id: own.id } })).version;
      return deleteIomActivityAction({ iomId: own.id, iomVersion, activityId: id });
    },
  },
  {
    name: "a teacher submits another teacher's ИОМ",
    action: submitIomAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "iom", id: (await iomOf("teacher2@opora.demo")).id }),
    call: (id, row) => submitIomAction({ iomId: id, version: version(row) }),
  },
  {
    name: "a school admin approves the ИОМ of another school's teacher",
    action: approveIomAction,
    as: "school@opora.demo",
    target: async () => ({ model: "iom", id: (await iomOf("teacher8@opora.demo")).id }),
    call: (id, row) => approveIomAction({ iomId: id, version: version(row) }),
  },
  {
    name: "a school admin returns the ИОМ of another school's teacher",
    action: returnIomAction,
    as: "school@opora.demo",
    target: async () => ({ model: "iom", id: (await iomOf("teacher8@opora.demo")).id }),
    call: (id, row) => returnIomAction({ iomId: id, version: version(row), comment: "Доработайте маршрут" }),
  },
  {
    name: "a teacher reopens another teacher's ИОМ",
    action: reopenIomAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "iom", id: (await iomOf("teacher2@opora.demo")).id }),
    call: (id, row) => reopenIomAction({ iomId: id, version: version(row) }),
  },
  {
    name: "a teacher logs progress of another teacher's ИОМ activity",
    action: logIomProgressAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "iomActivity", id: (await iomActivityOf("teacher2@opora.demo")).id }),
    call: (id, row) => logIomProgressAction({ activityId: id, version: version(row), status: "in_progress" }),
  },
  {
    name: "a teacher logs progress of their own activity with another user's upload",
    action: logIomProgressAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "storedFile", id: (await uploadOf("teacher2@opora.demo")).id }),
    call: async (id) => {
      const own = await ownApprovedActivity();
      return logIomProgressAction({ activityId: own.id, version: own.version, status: "in_progress", fileIds: [id] });
    },
  },
  {
    name: "a school admin records a diagnostic of another school's teacher",
    action: saveDiagnosticAction,
    as: "school@opora.demo",
    target: async () => ({ model: "user", id: await userId("teacher8@opora.demo") }),
    call: async (id) =>
      saveDiagnosticAction({ teacherId: id, cycleId: (await demoCycle()).id, kind: "entry", date: "2025-02-10", subject: 50, methodological: 50, digital: 50, communicative: 50, psychological: 50 }),
  },

  // ───────────────────────── consultations and events ─────────────────────────
  {
    name: "a tutor edits another tutor's consultation of their own tutee",
    action: updateConsultationAction,
    as: "tutor@opora.demo",
    target: async () => {
      const teacher = await db().user.findUniqueOrThrow({ where: { email: "teacher@opora.demo" }, include: { roles: true } });
      const role = teacher.roles.find((r) => r.role === "teacher")!;
      const otherTutor = made("user", await createTestUser());
      const row = made(
        "consultation",
        await db().consultation.create({
          data: {
            municipalityId: role.municipalityId!,
            schoolId: role.schoolId!,
            teacherId: teacher.id,
            tutorId: otherTutor.id,
            subjectId: (await math()).id,
            date: new Date("2025-10-20T00:00:00Z"),
            module: "subject_competence",
            form: "individual",
            functions: ["consulting"],
          },
        }),
      );
      return { model: "consultation", id: row.id };
    },
    call: (id, row) =>
      updateConsultationAction({
        id,
        version: version(row),
        teacherId: row.teacherId as string,
        date: "2025-10-21",
        subjectId: row.subjectId as string,
        module: "assessment",
        form: "group",
        functions: ["modeling"],
        notes: "Подмена",
      }),
  },
  {
    name: "a coordinator edits another municipality's event",
    action: updateEventAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "supportEvent", id: (await otherEvent()).id }),
    call: (id, row) =>
      updateEventAction({ id, version: version(row), type: "webinar", date: "2025-10-16", topic: "Подмена", format: "remote", audience: "mixed", participants: 5, schoolIds: [] }),
  },
  {
    name: "a coordinator deletes another municipality's event",
    action: deleteEventAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "supportEvent", id: (await otherEvent()).id }),
    call: (id, row) => deleteEventAction({ id, version: version(row) }),
  },

  // ───────────────────────── cycles, lists, pairings ─────────────────────────
  {
    name: "a coordinator opens a cycle in another municipality",
    action: createCycleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "municipality", id: other.municipality.id }),
    call: (id) => createCycleAction({ municipalityId: id, year: 2031, title: "Чужой цикл на 2031 год" }),
  },
  {
    name: "a coordinator edits another municipality's cycle",
    action: updateCycleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: (id, row) => updateCycleAction({ cycleId: id, version: version(row), year: row.year as number, title: "Чужой цикл после подмены" }),
  },
  {
    name: "a coordinator moves another municipality's cycle",
    action: transitionCycleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: (id, row) => transitionCycleAction({ cycleId: id, version: version(row), event: "start_diagnosis" }),
  },
  {
    name: "a coordinator makes next year's roadmap from another municipality's cycle",
    action: createNextCycleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: (id) => createNextCycleAction({ cycleId: id, includePairings: true }),
  },
  {
    name: "a coordinator adds a school to another municipality's cycle",
    action: addCycleSchoolAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: (id) => addCycleSchoolAction({ cycleId: id, schoolId: other.schools[3].id, categories: ["shnor"] }),
  },
  {
    name: "a coordinator adds another municipality's school to their own cycle",
    action: addCycleSchoolAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "school", id: other.schools[3].id }),
    call: async (id) => addCycleSchoolAction({ cycleId: (await demoCycle()).id, schoolId: id, categories: ["shnor"] }),
  },
  {
    name: "a coordinator adds a flagged school to another municipality's cycle",
    action: addFlaggedSchoolToCycleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: (id) => addFlaggedSchoolToCycleAction({ cycleId: id, schoolId: other.schools[3].id, asOfYear: 2024 }),
  },
  {
    name: "a coordinator adds every flagged school to another municipality's cycle",
    action: addFlaggedSchoolsToCycleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: (id) => addFlaggedSchoolsToCycleAction({ cycleId: id, asOfYear: 2024 }),
  },
  {
    name: "a coordinator adds another municipality's school to their own cycle as flagged",
    action: addFlaggedSchoolToCycleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "school", id: other.schools[3].id }),
    call: async (id) => addFlaggedSchoolToCycleAction({ cycleId: (await demoCycle()).id, schoolId: id, asOfYear: 2024 }),
  },
  {
    name: "a coordinator changes the categories of a school in another municipality's cycle",
    action: updateCycleSchoolCategoriesAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycleSchool", id: (await otherCycleSchool(2)).id }),
    call: (id, row) => updateCycleSchoolCategoriesAction({ cycleSchoolId: id, version: version(row), categories: ["p500"] }),
  },
  {
    name: "a coordinator removes a school from another municipality's cycle",
    action: removeCycleSchoolAction,
    as: "coordinator@opora.demo",
    target: async () => ({
      model: "cycleSchool",
      id: (await db().cycleSchool.create({ data: { cycleId: otherCycleId, schoolId: other.schools[0].id, categories: ["shnor"] } })).id,
    }),
    call: (id, row) => removeCycleSchoolAction({ cycleSchoolId: id, version: version(row) }),
  },
  {
    name: "a coordinator pairs a curator with a school of another municipality's cycle",
    action: assignCuratorAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycleSchool", id: (await otherCycleSchool(2)).id }),
    call: (id) => assignCuratorAction({ cycleSchoolId: id, curatorId: other.curator2.id, pairedOn: "2025-01-20" }),
  },
  {
    name: "a coordinator ends a curator pairing in another municipality",
    action: endPairingAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "curatorPairing", id: (await otherPairing()).id }),
    call: (id, row) => endPairingAction({ pairingId: id, version: version(row) }),
  },

  // ───────────────────────── mutual expertise ─────────────────────────
  {
    name: "a coordinator pairs schools for mutual expertise in another municipality's cycle",
    action: createMutualPairAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: async (id) => createMutualPairAction({ cycleId: id, schoolAId: (await otherCycleSchool(3)).id, schoolBId: (await otherCycleSchool(2)).id }),
  },
  {
    name: "a coordinator pairs another municipality's listed schools in their own cycle",
    action: createMutualPairAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycleSchool", id: (await otherCycleSchool(3)).id }),
    call: async (id) => createMutualPairAction({ cycleId: (await demoCycle()).id, schoolAId: id, schoolBId: (await cycleSchoolOf("edu230102")).id }),
  },
  {
    name: "a coordinator unpairs another municipality's mutual pair",
    action: deleteMutualPairAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "mutualPair", id: (await otherPair()).id }),
    call: (id, row) => deleteMutualPairAction({ pairId: id, version: version(row) }),
  },
  {
    name: "a school admin marks a step of a pair their school is not in",
    action: markMutualStepAction,
    as: "school@opora.demo",
    target: async () => ({ model: "mutualPair", id: (await otherPair()).id }),
    call: (id, row) => markMutualStepAction({ pairId: id, version: version(row), step: "exchange" }),
  },
  {
    name: "a school admin uploads the protocol of a pair their school is not in",
    action: uploadMutualProtocolAction,
    as: "school@opora.demo",
    target: async () => ({ model: "mutualPair", id: (await otherPair()).id }),
    call: (id, row) => uploadMutualProtocolAction({ pairId: id, version: version(row), fileId: "no-such-file" }),
  },
  {
    name: "a school admin gives another user's upload as the protocol of their own pair",
    action: uploadMutualProtocolAction,
    as: "school@opora.demo",
    target: async () => ({ model: "storedFile", id: (await uploadOf("school2@opora.demo")).id }),
    call: async (id) => {
      const pair = await ownPair();
      return uploadMutualProtocolAction({ pairId: pair.id, version: pair.version, fileId: id });
    },
  },
  {
    name: "a school admin saves a mutual review draft in a pair their school is not in",
    action: saveMutualReviewDraftAction,
    as: "school@opora.demo",
    target: async () => ({ model: "mutualPair", id: (await otherPair()).id }),
    call: (id) => saveMutualReviewDraftAction({ pairId: id, documentId: "no-such-document", ...reviewForm }),
  },
  {
    name: "a school admin completes a mutual review in a pair their school is not in",
    action: submitMutualReviewAction,
    as: "school@opora.demo",
    target: async () => ({ model: "mutualPair", id: (await otherPair()).id }),
    call: (id) => submitMutualReviewAction({ pairId: id, documentId: "no-such-document", ...reviewForm, verdict: "confirmed" }),
  },
  {
    name: "a school admin reviews, in their own pair, a document of a school outside it",
    action: saveMutualReviewDraftAction,
    as: "school@opora.demo",
    target: async () => ({ model: "programDocument", id: (await documentOf("edu230103")).id }),
    call: async (id) => saveMutualReviewDraftAction({ pairId: (await ownPair()).id, documentId: id, ...reviewForm }),
  },

  // ───────────────────────── analytical report ─────────────────────────
  {
    name: "a coordinator generates the report of another municipality's cycle",
    action: createReportAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "cycle", id: otherCycleId }),
    call: (id) => createReportAction({ cycleId: id }),
  },
  {
    name: "a coordinator renames another municipality's report",
    action: updateReportTitleAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "analyticalReport", id: (await otherReport()).id }),
    call: (id, row) => updateReportTitleAction({ reportId: id, version: version(row), title: "Подменённая справка" }),
  },
  {
    name: "a coordinator edits a paragraph of another municipality's report",
    action: updateReportParagraphAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "analyticalReport", id: (await otherReport()).id }),
    call: (id, row) => updateReportParagraphAction({ reportId: id, version: version(row), key: "intro", text: "Подменённый абзац" }),
  },
  {
    name: "a coordinator edits the tasks of another municipality's report",
    action: updateReportTasksAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "analyticalReport", id: (await otherReport()).id }),
    call: (id, row) => updateReportTasksAction({ reportId: id, version: version(row), tasks: ["Подменённая задача"] }),
  },
  {
    name: "a coordinator prepares the order of another municipality's report",
    action: saveReportOrderAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "analyticalReport", id: (await otherReport()).id }),
    call: (id) =>
      saveReportOrderAction({
        reportId: id,
        orderVersion: null,
        number: "99",
        date: "2025-12-20",
        signatoryName: "И. И. Иванов",
        signatoryPosition: "Начальник управления образования",
        items: [{ text: "Утвердить аналитическую справку" }],
      }),
  },
  {
    name: "a coordinator approves another municipality's report",
    action: approveReportAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "analyticalReport", id: (await otherReport()).id }),
    call: (id, row) => approveReportAction({ reportId: id, version: version(row) }),
  },

  // ───────────────────────── results ─────────────────────────
  {
    name: "a coordinator enters a result for another municipality's school",
    action: createExamResultAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "school", id: other.schools[1].id }),
    call: async (id) => createExamResultAction(examForm(id, (await math()).id)),
  },
  {
    name: "a coordinator corrects another municipality's result",
    action: updateExamResultAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "examResult", id: (await otherExamResult()).id }),
    call: (id, row) => updateExamResultAction({ ...examForm(row.schoolId as string, row.subjectId as string), participants: "31", id, version: version(row) }),
  },
  {
    name: "a coordinator moves a result of their own to another municipality's school",
    action: updateExamResultAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "school", id: other.schools[1].id }),
    call: async (id) => {
      const own = await db().examResult.findFirstOrThrow({ where: { school: { municipality: { code: "armavir-demo" } }, exam: "oge" }, orderBy: { id: "asc" } });
      return updateExamResultAction({ ...examForm(id, own.subjectId), year: String(own.year), id: own.id, version: own.version });
    },
  },
  {
    name: "a coordinator deletes another municipality's result",
    action: deleteExamResultAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "examResult", id: (await otherExamResult()).id }),
    call: (id, row) => deleteExamResultAction({ id, version: version(row) }),
  },
  {
    name: "a coordinator corrects another municipality's contingent",
    action: updateContingentAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "schoolContingent", id: (await otherContingent()).id }),
    call: (id, row) => updateContingentAction({ id, version: version(row), students: 310, ovzStudents: 0, lowIncomeStudents: 0, singleParentStudents: 0 }),
  },

  // ───────────────────────── surveys and practices ─────────────────────────
  {
    name: "a coordinator edits another municipality's survey",
    action: saveSurveyAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "survey", id: (await otherDraftSurvey()).id }),
    call: (id, row) => saveSurveyAction({ surveyId: id, version: version(row), title: "Подменённая анкета", audience: "teachers", questions: [{ kind: "yes_no", text: "Вопрос?" }] }),
  },
  {
    name: "a coordinator publishes another municipality's survey",
    action: surveyTransitionAction,
    as: "coordinator@opora.demo",
    target: async () => ({
      model: "survey",
      id: (await db().survey.create({ data: { municipalityId: other.municipality.id, title: "Чужая анкета", audience: "teachers" } })).id,
    }),
    call: (id, row) => surveyTransitionAction({ surveyId: id, version: version(row), event: "publish" }),
  },
  {
    name: "a teacher answers another municipality's open survey for teachers",
    action: submitSurveyResponseAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "survey", id: (await otherOpenSurvey()).id }),
    call: async (id) => {
      const question = await db().surveyQuestion.findFirstOrThrow({ where: { surveyId: id } });
      return submitSurveyResponseAction({ surveyId: id, answers: { [question.id]: "yes" } });
    },
  },
  {
    name: "a teacher edits a practice another person submitted",
    action: updatePracticeAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "practice", id: (await db().practice.findFirstOrThrow({ where: { status: "submitted", submittedBy: { email: "school@opora.demo" } } })).id }),
    call: (id, row) => updatePracticeAction({ practiceId: id, version: version(row), ...practiceForm }),
  },
  {
    name: "a teacher submits a practice with another user's upload",
    action: submitPracticeAction,
    as: "teacher@opora.demo",
    target: async () => ({ model: "storedFile", id: (await uploadOf("teacher2@opora.demo")).id }),
    call: (id) => submitPracticeAction({ ...practiceForm, fileIds: [id] }),
  },
  {
    name: "a school admin adds another user's upload to a practice of their own",
    action: updatePracticeAction,
    as: "school@opora.demo",
    target: async () => ({ model: "storedFile", id: (await uploadOf("school2@opora.demo")).id }),
    call: async (id) => {
      const own = await db().practice.findFirstOrThrow({ where: { status: "submitted", submittedBy: { email: "school@opora.demo" } } });
      return updatePracticeAction({ practiceId: own.id, version: own.version, ...practiceForm, fileIds: [id] });
    },
  },
  {
    name: "a coordinator moderates another municipality's practice",
    action: moderatePracticeAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "practice", id: (await otherPractice()).id }),
    call: (id, row) => moderatePracticeAction({ practiceId: id, version: version(row), event: "decline" }),
  },

  // ───────────────────────── the municipality, the actor's own things ─────────────────────────
  {
    name: "a coordinator edits another municipality's letterhead",
    action: updateLetterheadAction,
    as: "coordinator@opora.demo",
    target: async () => ({ model: "municipality", id: other.municipality.id }),
    call: (id, row) => updateLetterheadAction({ municipalityId: id, version: version(row), name: "Подмена", region: "Подмена", centerName: "Подменённый центр" }),
  },
  {
    name: "a teacher marks the coordinator's notification read",
    action: markNotificationReadAction,
    as: "teacher@opora.demo",
    target: async () => {
      const coordinator = await db().user.findUniqueOrThrow({ where: { email: "coordinator@opora.demo" } });
      const n = made("notification", await db().notification.create({ data: { userId: coordinator.id, kind: "submitted", title: "Чужое уведомление" } }));
      return { model: "notification", id: n.id };
    },
    call: (id) => markNotificationReadAction({ notificationId: id }),
  },
  {
    name: "a teacher revokes the administrator's API token",
    action: revokeApiTokenAction,
    as: "teacher@opora.demo",
    target: async () => {
      await tokenFor("admin@opora.demo", { name: "Чужой токен" });
      const admin = await db().user.findUniqueOrThrow({ where: { email: "admin@opora.demo" } });
      return { model: "apiToken", id: made("apiToken", await db().apiToken.findFirstOrThrow({ where: { userId: admin.id, name: "Чужой токен" } })).id };
    },
    call: (id) => revokeApiTokenAction({ tokenId: id }),
  },
];

// ── select fields: another's record named in a field of one's own form ──

/**
 * A create form's select field naming another's record is refused like an
 * unknown id — the Russian field error next to the control (decision 018) —
 * and audited as a denial once the action has ended (lib/actions/field-denial.ts).
 */
type FieldCase = {
  name: string;
  action: unknown;
  as: string;
  field: string;
  /** The other's record named in the field. */
  target: () => Promise<{ entityType: string; id: string }>;
  /** Rows of the table the action would write to. */
  count: () => Promise<number>;
  call: (id: string) => Promise<{ validationErrors?: { fieldErrors?: Record<string, string[] | undefined> }; serverError?: unknown } | undefined>;
};

const eventForm = { type: "seminar" as const, date: "2025-10-15", topic: "Семинар (подмена)", format: "in_person" as const, audience: "teachers" as const, participants: 10, schoolIds: [] as string[] };
const otherPlanModule = once(() => db().planModule.create({ data: { municipalityId: other.municipality.id, title: "Чужой модуль плана" } }));
/** A teacher of the demo municipality that tutor@ has no active assignment with. */
const notMyTutee = once(async () => {
  const tutorId = await userId("tutor@opora.demo");
  return db().user.findFirstOrThrow({
    where: { roles: { some: { role: "teacher", municipality: { code: "armavir-demo" } } }, tuteeAssignments: { none: { tutorId, active: true } } },
    orderBy: { email: "asc" },
  });
});

const FIELD_CASES: FieldCase[] = [
  {
    name: "a coordinator registers an event with another municipality's school",
    action: createEventAction,
    as: "coordinator@opora.demo",
    field: "schoolIds",
    target: async () => ({ entityType: "School", id: other.schools[1].id }),
    count: () => db().supportEvent.count(),
    call: async (id) => createEventAction({ ...eventForm, schoolIds: [(await db().school.findUniqueOrThrow({ where: { code: "edu230101" } })).id, id] }),
  },
  {
    name: "a coordinator registers an event under another municipality's plan module",
    action: createEventAction,
    as: "coordinator@opora.demo",
    field: "moduleId",
    target: async () => ({ entityType: "PlanModule", id: (await otherPlanModule()).id }),
    count: () => db().supportEvent.count(),
    call: (id) => createEventAction({ ...eventForm, moduleId: id }),
  },
  {
    name: "a tutor logs a consultation of a teacher who is not their tutee",
    action: createConsultationAction,
    as: "tutor@opora.demo",
    field: "teacherId",
    target: async () => ({ entityType: "User", id: (await notMyTutee()).id }),
    count: () => db().consultation.count(),
    call: async (id) =>
      createConsultationAction({ teacherId: id, date: "2025-10-21", subjectId: (await math()).id, module: "assessment", form: "individual", functions: ["consulting"] }),
  },
  {
    name: "a coordinator pairs their own school with another municipality's curator",
    action: assignCuratorAction,
    as: "coordinator@opora.demo",
    field: "curatorId",
    target: async () => ({ entityType: "User", id: other.curator.id }),
    count: () => db().curatorPairing.count(),
    call: async (id) => assignCuratorAction({ cycleSchoolId: (await cycleSchoolOf("edu230101")).id, curatorId: id, pairedOn: "2025-01-20" }),
  },
];

beforeAll(async () => {
  other = await createTestMunicipality();
  otherCycleId = (await db().cycle.create({ data: { municipalityId: other.municipality.id, year: 2025, title: "Чужой цикл" } })).id;
});
afterAll(async () => {
  setTestSession(null);
  for (const { model: name, id } of created.reverse()) await (model(name) as unknown as { delete: (a: unknown) => Promise<unknown> }).delete({ where: { id } });
});

describe("a swapped id is another's record: 404, audited, nothing written", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const requirement = actionRequirement(c.action);
      if (!requirement || requirement === "public") throw new Error(`${c.name}: the case's action is not a server action with a permission`);
      const target = await c.target();
      const before = await model(target.model).findUniqueOrThrow({ where: { id: target.id } });
      const actorId = await signInAs(c.as);
      const denials = await db().auditLog.count({ where: { action: "authz_denied", actorId } });
      const audits = await db().auditLog.count({ where: { entityId: target.id } });
      const allAudits = await db().auditLog.count();

      const result = await c.call(target.id, before);

      expect(result?.serverError?.code, JSON.stringify(result)).toBe("NOT_FOUND");
      expect(await db().auditLog.count({ where: { action: "authz_denied", actorId } })).toBe(denials + 1);
      const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied", actorId }, orderBy: { id: "desc" } });
      expect(denial.meta).toMatchObject({ code: "NOT_FOUND", action: requirement.name });
      expect(await model(target.model).findUniqueOrThrow({ where: { id: target.id } })).toEqual(before);
      expect(await db().auditLog.count({ where: { entityId: target.id } })).toBe(audits);
      // The denial is the only audit row: no change was committed anywhere.
      expect(await db().auditLog.count()).toBe(allAudits + 1);
    });
  }
});

describe("a select field naming another's record: the field error, audited, nothing written", () => {
  for (const c of FIELD_CASES) {
    it(c.name, async () => {
      const requirement = actionRequirement(c.action);
      if (!requirement || requirement === "public") throw new Error(`${c.name}: the case's action is not a server action with a permission`);
      const target = await c.target();
      const rows = await c.count();
      const actorId = await signInAs(c.as);
      const allAudits = await db().auditLog.count();

      const result = await c.call(target.id);

      expect(result?.serverError, JSON.stringify(result)).toBeUndefined();
      expect(result?.validationErrors?.fieldErrors?.[c.field]?.[0], JSON.stringify(result)).toMatch(/[А-Яа-яЁё]/);
      const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied", actorId }, orderBy: { id: "desc" } });
      expect(denial.meta).toMatchObject({ code: "VALIDATION", action: requirement.name, details: { entityType: target.entityType, entityId: target.id, field: c.field } });
      expect(await c.count()).toBe(rows);
      // The denial is the only audit row: the change was rolled back.
      expect(await db().auditLog.count()).toBe(allAudits + 1);
    });
  }

  it("a field error about one's own records is no denial", async () => {
    const actorId = await signInAs("tutor@opora.demo");
    const denials = await db().auditLog.count({ where: { action: "authz_denied", actorId } });
    const teacherId = await userId("teacher@opora.demo");
    const result = await createConsultationAction({ teacherId, date: "2025-10-21", subjectId: "нет-такого-предмета", module: "assessment", form: "individual", functions: ["consulting"] });
    expect(result?.validationErrors?.fieldErrors?.subjectId?.[0], JSON.stringify(result)).toBe("Выберите предмет из списка");
    expect(result?.validationErrors?.fieldErrors?.teacherId).toBeUndefined();
    expect(await db().auditLog.count({ where: { action: "authz_denied", actorId } })).toBe(denials);
  });
});

describe("coverage", () => {
  it("every server action is covered by a case above or exempt with a reason", async () => {
    const covered = new Set([...CASES, ...FIELD_CASES].map((c) => c.action));
    const actions = (await serverActions()).filter((a) => a.exportName.endsWith("Action"));
    const names = new Set(actions.map((a) => a.exportName));
    // The surface found the actions (a broken walk would pass trivially).
    expect(actions.length).toBeGreaterThan(70);

    const uncovered = actions.filter((a) => !covered.has(a.action) && !(a.exportName in EXEMPT)).map((a) => `${a.file}: ${a.exportName}`);
    expect(uncovered, "actions neither covered by a swapped-id case nor in EXEMPT").toEqual([]);

    const exemptAndCovered = actions.filter((a) => covered.has(a.action) && a.exportName in EXEMPT).map((a) => a.exportName);
    expect(exemptAndCovered, "actions both covered and exempt").toEqual([]);
    expect(Object.keys(EXEMPT).filter((name) => !names.has(name)), "EXEMPT names no longer exported").toEqual([]);
    for (const [name, reason] of Object.entries(EXEMPT)) expect(reason.length, `the reason for exempting ${name}`).toBeGreaterThan(10);
    // Every case's action is one the surface found (an action imported from elsewhere would not count).
    expect([...CASES, ...FIELD_CASES].filter((c) => !actions.some((a) => a.action === c.action)).map((c) => c.name)).toEqual([]);
  });
});
