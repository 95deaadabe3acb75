/**
 * Idempotent demo seed: `npx tsx prisma/seed/index.ts [--once]`.
 *
 * Every row is written by its natural key (an upsert) or, where the model
 * has none, under a deterministic `demo-…` id, so running it again changes
 * nothing but restores the demo state of the rows it owns. Rows created by
 * people during a demo are left alone. Passwords are set on creation only.
 *
 * With `--once` nothing happens when the `demo.seededAt` setting exists.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import { assertPasswordAllowed } from "@/lib/auth/password-policy";
import { getDb, type Db, type Prisma } from "@/lib/db/client";
import type { MeasureStatus, Role } from "@/lib/db/generated/enums";
import { isIndicatorFlagged } from "@/lib/domain/risk/flag";
import { suggestSignificance } from "@/lib/domain/risk/significance";
import {
  CONSULTATIONS,
  CONTINGENTS,
  CYCLE,
  DEMO_PASSWORD,
  DEMO_SEEDED_SETTING_KEY,
  DIAGNOSTICS,
  DIAGNOSTIC_DATES,
  DOCUMENTS,
  EVENTS,
  EXAM_RESULTS,
  IOMS,
  MUNICIPALITY,
  MUNICIPAL_PROJECTS,
  PAIRING,
  PLAN_MODULES,
  PRACTICES,
  PROFILE_SCHOOLS,
  PROFILE_STATES,
  PROFILE_VALUES,
  REVIEW_CRITERIA,
  RISK_CATALOG_YEAR,
  RISK_FACTORS,
  RESULT_YEARS,
  RISK_INDICATORS,
  SCHOOLS,
  SUBJECTS,
  SURVEYS,
  TUTEES,
  TUTOR_EMAIL,
  USERS,
  type DemoDocument,
  type DemoMeasure,
} from "./demo-data";

type Tx = Prisma.TransactionClient;

export type DemoSeedSummary = {
  schools: number;
  users: number;
  cycleSchools: number;
  pairings: number;
  riskIndicators: number;
  riskIndicatorValues: number;
  documents: number;
  measures: number;
  events: number;
  consultations: number;
  diagnostics: number;
  ioms: number;
  practices: number;
  examResults: number;
  surveys: number;
};

const SCHOOL_ADMIN_OF_DEMO_SCHOOL = "school@opora.demo";
const CURATOR_OF_DEMO_SCHOOL = "curator@opora.demo";

/** A calendar date (`@db.Date` columns). */
function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** A moment on a working day (10:00 Moscow time). */
function at(iso: string): Date {
  return new Date(`${iso}T07:00:00.000Z`);
}

function dayOrNull(iso: string | null | undefined): Date | null {
  return iso ? day(iso) : null;
}

function atOrNull(iso: string | null | undefined): Date | null {
  return iso ? at(iso) : null;
}

function required<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`Демо-данные: не найдено «${what}»`);
  return value;
}

/** Status changes that lead a measure to its current status: the school works, the curator reviews. */
function measureHistory(m: DemoMeasure): { from: MeasureStatus; to: MeasureStatus; actor: string; on: string; comment?: string }[] {
  if (m.status === "planned") return [];
  const school = SCHOOL_ADMIN_OF_DEMO_SCHOOL;
  const steps: { from: MeasureStatus; to: MeasureStatus; actor: string; on: string; comment?: string }[] = [
    { from: "planned", to: "in_progress", actor: school, on: required(m.startedAt, `startedAt: ${m.title}`) },
  ];
  if (m.status === "in_progress") return steps;
  const completed = required(m.completedAt, `completedAt: ${m.title}`);
  if (m.status === "not_done") {
    steps.push({ from: "in_progress", to: "not_done", actor: school, on: completed, comment: m.statusComment });
    return steps;
  }
  steps.push({ from: "in_progress", to: "done", actor: school, on: completed });
  if (m.status === "confirmed" || m.status === "needs_revision") {
    const reviewed = required(m.reviewedAt, `reviewedAt: ${m.title}`);
    steps.push({ from: "done", to: m.status, actor: CURATOR_OF_DEMO_SCHOOL, on: reviewed, comment: m.statusComment });
  }
  return steps;
}

/** The document as submitted (revision 1): goal, tasks and measures without their progress. */
function documentSnapshot(doc: DemoDocument): Prisma.InputJsonObject {
  return {
    kind: doc.kind,
    title: doc.title,
    riskFactorCode: doc.riskFactor,
    periodFrom: doc.periodFrom,
    periodTo: doc.periodTo,
    mission: doc.mission,
    goal: doc.goal,
    desiredState: doc.desiredState,
    analysis: doc.analysis,
    tasks: doc.tasks.map((task, i) => ({
      sortOrder: i + 1,
      title: task.title,
      cause: task.cause,
      measures: task.measures.map((m, j) => ({
        sortOrder: j + 1,
        title: m.title,
        deadline: m.deadline,
        responsible: m.responsible,
        participants: m.participants,
        expectedResult: m.expectedResult,
        indicatorName: m.indicatorName,
        indicatorUnit: m.indicatorUnit,
        baseline: m.baseline,
        target: m.target,
        reportForm: m.reportForm,
      })),
    })),
  };
}

async function ensureRole(
  tx: Tx,
  userId: string,
  role: Role,
  municipalityId: string | null,
  schoolId: string | null,
): Promise<void> {
  // The unique index is on an expression Prisma does not know: find, then create.
  const existing = await tx.roleAssignment.findFirst({ where: { userId, role, municipalityId, schoolId }, select: { id: true } });
  if (!existing) await tx.roleAssignment.create({ data: { userId, role, municipalityId, schoolId } });
}

/** Seeds (or restores) the demo world. Safe to run any number of times. */
export async function seedDemo(db: Db): Promise<DemoSeedSummary> {
  // The demo password obeys the same policy as every other (decision 080).
  assertPasswordAllowed(DEMO_PASSWORD);
  // One hash for all demo users: argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction((tx) => seedAll(tx, passwordHash), { timeout: 180_000, maxWait: 30_000 });
}

/** Ids of the rows seeded so far, looked up by the natural keys the data uses. */
type Ctx = {
  tx: Tx;
  municipalityId: string;
  cycleId: string;
  schoolId(code: string): string;
  userId(email: string): string;
  cycleSchoolId(code: string): string;
  factorId(code: number): string;
};

function lookup<K>(ids: Map<K, string>, what: string): (key: K) => string {
  return (key) => required(ids.get(key), `${what} ${String(key)}`);
}

async function seedAll(tx: Tx, passwordHash: string): Promise<DemoSeedSummary> {
  const { municipalityId, schoolIds } = await seedMunicipality(tx);
  const schoolId = lookup(schoolIds, "школа");
  const userIds = await seedUsers(tx, municipalityId, schoolId, passwordHash);
  const userId = lookup(userIds, "пользователь");
  const { cycleId, cycleSchoolIds, pairings } = await seedCycle(tx, municipalityId, schoolId, userId);
  const { factorIds, indicatorIds } = await seedRiskCatalogue(tx);
  const ctx: Ctx = {
    tx,
    municipalityId,
    cycleId,
    schoolId,
    userId,
    cycleSchoolId: lookup(cycleSchoolIds, "школа цикла"),
    factorId: lookup(factorIds, "фактор риска"),
  };

  const riskIndicatorValues = await seedRiskProfiles(ctx, lookup(indicatorIds, "показатель"));
  await seedReviewCriteria(tx);
  const measures = await seedDocuments(ctx);
  await seedMunicipalSupport(ctx);
  const diagnostics = await seedTeachers(ctx);
  await seedPractices(ctx);
  const examResults = await seedExamResults(ctx);
  await seedSurveys(ctx);

  const summary: DemoSeedSummary = {
    schools: SCHOOLS.length,
    users: USERS.length,
    cycleSchools: cycleSchoolIds.size,
    pairings,
    riskIndicators: RISK_INDICATORS.length,
    riskIndicatorValues,
    documents: DOCUMENTS.length,
    measures,
    events: EVENTS.length,
    consultations: CONSULTATIONS.length,
    diagnostics,
    ioms: IOMS.length,
    practices: PRACTICES.length,
    examResults,
    surveys: SURVEYS.length,
  };

  const seededAt = new Date().toISOString();
  await tx.setting.upsert({
    where: { key: DEMO_SEEDED_SETTING_KEY },
    create: { key: DEMO_SEEDED_SETTING_KEY, value: seededAt },
    update: { value: seededAt },
  });
  // The audit log is append-only: one new row per run.
  await tx.auditLog.create({
    data: { action: "seed.demo", entityType: "Municipality", entityId: municipalityId, meta: { ...summary, seededAt } },
  });
  return summary;
}

/** The municipality, its schools and their contingent. */
async function seedMunicipality(tx: Tx): Promise<{ municipalityId: string; schoolIds: Map<string, string> }> {
  const { code: municipalityCode, ...municipalityFields } = MUNICIPALITY;
  const municipality = await tx.municipality.upsert({
    where: { code: municipalityCode },
    create: { code: municipalityCode, ...municipalityFields },
    update: municipalityFields,
  });
  const municipalityId = municipality.id;

  const schoolIds = new Map<string, string>();
  for (const s of SCHOOLS) {
    const fields = {
      municipalityId,
      name: s.name,
      shortName: s.shortName,
      kind: s.kind,
      address: s.address,
      directorName: s.directorName,
    };
    const school = await tx.school.upsert({ where: { code: s.code }, create: { code: s.code, ...fields }, update: fields });
    schoolIds.set(s.code, school.id);
  }

  for (const c of CONTINGENTS) {
    const schoolId = required(schoolIds.get(c.school), `школа ${c.school}`);
    const fields = {
      students: c.students,
      ovzStudents: c.ovz,
      lowIncomeStudents: c.lowIncome,
      singleParentStudents: c.singleParent,
    };
    await tx.schoolContingent.upsert({
      where: { schoolId_year: { schoolId, year: c.year } },
      create: { schoolId, year: c.year, ...fields },
      update: fields,
    });
  }
  return { municipalityId, schoolIds };
}

/** Users and their scoped roles. The password hash is written on creation only. */
async function seedUsers(
  tx: Tx,
  municipalityId: string,
  schoolId: (code: string) => string,
  passwordHash: string,
): Promise<Map<string, string>> {
  const userIds = new Map<string, string>();
  for (const u of USERS) {
    const user = await tx.user.upsert({
      where: { email: u.email },
      create: { email: u.email, name: u.name, position: u.position, passwordHash },
      update: { name: u.name, position: u.position },
    });
    userIds.set(u.email, user.id);
    const scope =
      u.role === "admin"
        ? { municipalityId: null, schoolId: null }
        : u.role === "school_admin" || u.role === "teacher"
          ? { municipalityId, schoolId: schoolId(required(u.school, `школа пользователя ${u.email}`)) }
          : { municipalityId, schoolId: null };
    await ensureRole(tx, user.id, u.role, scope.municipalityId, scope.schoolId);
  }
  return userIds;
}

/** The 2025 cycle, its schools and curator pairings. */
async function seedCycle(
  tx: Tx,
  municipalityId: string,
  schoolId: (code: string) => string,
  userId: (email: string) => string,
): Promise<{ cycleId: string; cycleSchoolIds: Map<string, string>; pairings: number }> {
  const cycleFields = {
    title: CYCLE.title,
    status: CYCLE.status,
    orderNumber: CYCLE.orderNumber,
    orderDate: day(CYCLE.orderDate),
    diagnosisDeadline: day(CYCLE.diagnosisDeadline),
    programmesDeadline: day(CYCLE.programmesDeadline),
    expertiseDeadline: day(CYCLE.expertiseDeadline),
    mutualExchangeDeadline: day(CYCLE.mutualExchangeDeadline),
    mutualMeetingDeadline: day(CYCLE.mutualMeetingDeadline),
    mutualUploadDeadline: day(CYCLE.mutualUploadDeadline),
    implementationEnd: day(CYCLE.implementationEnd),
    reportDeadline: day(CYCLE.reportDeadline),
  };
  const cycle = await tx.cycle.upsert({
    where: { municipalityId_year: { municipalityId, year: CYCLE.year } },
    create: { municipalityId, year: CYCLE.year, ...cycleFields },
    update: cycleFields,
  });
  const cycleId = cycle.id;

  const cycleSchoolIds = new Map<string, string>();
  let pairings = 0;
  for (const s of SCHOOLS) {
    if (!s.categories) continue;
    const cs = await tx.cycleSchool.upsert({
      where: { cycleId_schoolId: { cycleId, schoolId: schoolId(s.code) } },
      create: { cycleId, schoolId: schoolId(s.code), categories: [...s.categories] },
      update: { categories: [...s.categories] },
    });
    cycleSchoolIds.set(s.code, cs.id);
    if (!s.curator) continue;
    const agreement = PAIRING.agreement.school === s.code ? PAIRING.agreement : null;
    const fields = {
      curatorId: userId(s.curator),
      pairedOn: day(PAIRING.pairedOn),
      schoolYear: PAIRING.schoolYear,
      agreementNumber: agreement?.number ?? null,
      agreementDate: dayOrNull(agreement?.date),
    };
    // `active` is set on creation only: the partial unique index allows one
    // active pairing per school, and the coordinator may have re-paired it.
    await tx.curatorPairing.upsert({
      where: { id: `demo-pairing-${s.code}` },
      create: { id: `demo-pairing-${s.code}`, cycleSchoolId: cs.id, active: true, ...fields },
      update: fields,
    });
    pairings++;
  }
  return { cycleId, cycleSchoolIds, pairings };
}

/** The 2025 risk-factor catalogue with indicator thresholds. */
async function seedRiskCatalogue(tx: Tx): Promise<{ factorIds: Map<number, string>; indicatorIds: Map<string, string> }> {
  const factorIds = new Map<number, string>();
  for (const f of RISK_FACTORS) {
    const fields = { title: f.title, description: f.description, sortOrder: f.code };
    const factor = await tx.riskFactor.upsert({
      where: { catalogYear_code: { catalogYear: RISK_CATALOG_YEAR, code: f.code } },
      create: { catalogYear: RISK_CATALOG_YEAR, code: f.code, ...fields },
      update: fields,
    });
    factorIds.set(f.code, factor.id);
  }

  const indicatorIds = new Map<string, string>();
  for (const [i, ind] of RISK_INDICATORS.entries()) {
    const fid = required(factorIds.get(Number(ind.code.split(".")[0])), `фактор показателя ${ind.code}`);
    const fields = { title: ind.title, unit: ind.unit, direction: ind.direction, threshold: ind.threshold, sortOrder: i + 1 };
    const indicator = await tx.riskIndicator.upsert({
      where: { factorId_code: { factorId: fid, code: ind.code } },
      create: { factorId: fid, code: ind.code, ...fields },
      update: fields,
    });
    indicatorIds.set(ind.code, indicator.id);
  }
  return { factorIds, indicatorIds };
}

/** Risk profiles: indicator values flagged by the catalogue rule, and factor significance. */
async function seedRiskProfiles(ctx: Ctx, indicatorId: (code: string) => string): Promise<number> {
  const { tx, userId, cycleSchoolId, factorId } = ctx;
  let riskIndicatorValues = 0;
  for (const state of PROFILE_STATES) {
    const fields = {
      catalogYear: RISK_CATALOG_YEAR,
      status: state.status,
      submittedAt: atOrNull(state.submittedAt),
      confirmedAt: atOrNull(state.confirmedAt),
      confirmedById: state.confirmedBy ? userId(state.confirmedBy) : null,
    };
    const csId = cycleSchoolId(state.school);
    const profile = await tx.riskProfile.upsert({
      where: { cycleSchoolId: csId },
      create: { cycleSchoolId: csId, ...fields },
      update: fields,
    });

    const column = (PROFILE_SCHOOLS as readonly string[]).indexOf(state.school);
    if (column < 0) continue; // no diagnostics filled in yet

    const flagsByFactor = new Map<number, boolean[]>();
    for (const ind of RISK_INDICATORS) {
      const value = required(PROFILE_VALUES[ind.code], `значения показателя ${ind.code}`)[column];
      const flagged = isIndicatorFlagged(value, ind.direction, ind.threshold);
      const factorCode = Number(ind.code.split(".")[0]);
      flagsByFactor.set(factorCode, [...(flagsByFactor.get(factorCode) ?? []), flagged]);
      const id = indicatorId(ind.code);
      await tx.riskIndicatorValue.upsert({
        where: { profileId_indicatorId: { profileId: profile.id, indicatorId: id } },
        create: { profileId: profile.id, indicatorId: id, value, flagged },
        update: { value, flagged },
      });
      riskIndicatorValues++;
    }

    for (const f of RISK_FACTORS) {
      const suggested = suggestSignificance(required(flagsByFactor.get(f.code), `показатели фактора ${f.code}`));
      const significance = state.significance[f.code] ?? suggested;
      const reason = state.overrideReasons[f.code];
      if ((significance !== suggested) !== (reason !== undefined)) {
        throw new Error(
          `Демо-данные: ${state.school}, фактор ${f.code}: значимость ${significance} при предложенной ${suggested} ` +
            (reason ? "не требует обоснования" : "требует обоснования"),
        );
      }
      const assessment = {
        suggested,
        significance,
        overrideReason: reason ?? null,
        programRequired: state.programRequired.includes(f.code),
      };
      await tx.riskFactorAssessment.upsert({
        where: { profileId_factorId: { profileId: profile.id, factorId: factorId(f.code) } },
        create: { profileId: profile.id, factorId: factorId(f.code), ...assessment },
        update: assessment,
      });
    }
  }
  return riskIndicatorValues;
}

async function seedReviewCriteria(tx: Tx): Promise<void> {
  for (const [i, c] of REVIEW_CRITERIA.entries()) {
    await tx.reviewCriterion.upsert({
      where: { documentKind_code: { documentKind: c.documentKind, code: c.code } },
      create: { documentKind: c.documentKind, code: c.code, text: c.text, sortOrder: i + 1 },
      update: { text: c.text, sortOrder: i + 1 },
    });
  }
}

/** Programme documents of the demo school: revisions, tasks, measures and their status history. */
async function seedDocuments(ctx: Ctx): Promise<number> {
  const { tx, userId, cycleSchoolId, factorId } = ctx;
  let measures = 0;
  for (const doc of DOCUMENTS) {
    const csId = cycleSchoolId(doc.school);
    const riskFactorId = doc.riskFactor === null ? null : factorId(doc.riskFactor);
    const submitted = doc.status !== "draft";
    const fields = {
      title: doc.title,
      status: doc.status,
      periodFrom: doc.periodFrom,
      periodTo: doc.periodTo,
      mission: doc.mission,
      goal: doc.goal,
      desiredState: doc.desiredState,
      analysis: doc.analysis,
      currentRevision: submitted ? 1 : 0,
      submittedAt: atOrNull(doc.submittedAt),
      confirmedAt: atOrNull(doc.confirmedAt),
    };
    // Natural key: one concept / programme per school, one anti-risk programme per factor (partial unique indexes).
    const existing = await tx.programDocument.findFirst({
      where: { cycleSchoolId: csId, kind: doc.kind, riskFactorId },
      select: { id: true },
    });
    const documentId = existing?.id ?? `demo-doc-${doc.key}`;
    await tx.programDocument.upsert({
      where: { id: documentId },
      create: { id: documentId, cycleSchoolId: csId, kind: doc.kind, riskFactorId, ...fields },
      update: fields,
    });

    if (submitted) {
      const revision = {
        snapshot: documentSnapshot(doc),
        submittedAt: at(required(doc.submittedAt, `submittedAt: ${doc.title}`)),
        submittedById: userId(SCHOOL_ADMIN_OF_DEMO_SCHOOL),
      };
      await tx.documentRevision.upsert({
        where: { documentId_number: { documentId, number: 1 } },
        create: { documentId, number: 1, ...revision },
        update: revision,
      });
    }

    for (const [i, task] of doc.tasks.entries()) {
      const taskId = `demo-task-${doc.key}-${i + 1}`;
      const taskFields = { sortOrder: i + 1, title: task.title, cause: task.cause };
      await tx.documentTask.upsert({
        where: { id: taskId },
        create: { id: taskId, documentId, ...taskFields },
        update: taskFields,
      });

      for (const [j, m] of task.measures.entries()) {
        const measureId = `demo-measure-${doc.key}-${i + 1}-${j + 1}`;
        const completed = m.status === "done" || m.status === "confirmed";
        const measureFields = {
          sortOrder: j + 1,
          title: m.title,
          deadline: day(m.deadline),
          responsible: m.responsible,
          participants: m.participants,
          expectedResult: m.expectedResult,
          indicatorName: m.indicatorName,
          indicatorUnit: m.indicatorUnit,
          baseline: m.baseline,
          target: m.target,
          actual: m.actual,
          reportForm: m.reportForm,
          status: m.status,
          statusComment: m.statusComment ?? null,
          completedAt: completed ? atOrNull(m.completedAt) : null,
          confirmedAt: m.status === "confirmed" ? atOrNull(m.reviewedAt) : null,
        };
        await tx.measure.upsert({
          where: { id: measureId },
          create: { id: measureId, documentId, taskId, ...measureFields },
          update: measureFields,
        });
        measures++;

        for (const [k, step] of measureHistory(m).entries()) {
          const change = {
            measureId,
            from: step.from,
            to: step.to,
            comment: step.comment ?? null,
            actorId: userId(step.actor),
            at: at(step.on),
          };
          await tx.measureStatusChange.upsert({
            where: { id: `${measureId}-s${k + 1}` },
            create: { id: `${measureId}-s${k + 1}`, ...change },
            update: change,
          });
        }
      }
    }
  }
  return measures;
}

/** Subjects, plan modules, projects, МНЦ events, tutor assignments and consultations. */
async function seedMunicipalSupport(ctx: Ctx): Promise<void> {
  const { tx, municipalityId, cycleId, schoolId, userId } = ctx;
  for (const s of SUBJECTS) {
    await tx.subject.upsert({ where: { code: s.code }, create: s, update: { name: s.name } });
  }
  const subjectIds = new Map((await tx.subject.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  const subjectId = (code: string) => required(subjectIds.get(code), `предмет ${code}`);

  const moduleIds = new Map<string, string>();
  for (const [key, title] of Object.entries(PLAN_MODULES)) {
    const m = await tx.planModule.upsert({
      where: { municipalityId_title: { municipalityId, title } },
      create: { municipalityId, title },
      update: {},
    });
    moduleIds.set(key, m.id);
  }
  const projectIds = new Map<string, string>();
  for (const [key, title] of Object.entries(MUNICIPAL_PROJECTS)) {
    const p = await tx.municipalProject.upsert({
      where: { municipalityId_title: { municipalityId, title } },
      create: { municipalityId, title },
      update: {},
    });
    projectIds.set(key, p.id);
  }
  const projectId = (key: string | null) => (key ? required(projectIds.get(key), `проект ${key}`) : null);

  // МНЦ events
  for (const e of EVENTS) {
    const fields = {
      municipalityId,
      cycleId,
      type: e.type,
      date: day(e.date),
      topic: e.topic,
      format: e.format,
      audience: e.audience,
      participants: e.participants,
      moduleId: required(moduleIds.get(e.module), `модуль ${e.module}`),
      projectId: projectId(e.project),
      notes: e.notes,
    };
    const schools = e.schools.map((code) => ({ id: schoolId(code) }));
    await tx.supportEvent.upsert({
      where: { id: e.id },
      create: { id: e.id, ...fields, schools: { connect: schools } },
      update: { ...fields, schools: { set: schools } },
    });
  }

  // МТКП: tutor assignments and consultations
  const tutorId = userId(TUTOR_EMAIL);
  for (const t of TUTEES) {
    const teacherId = userId(t.teacher);
    await tx.tutorAssignment.upsert({
      where: { tutorId_teacherId: { tutorId, teacherId } },
      create: { tutorId, teacherId, cycleId, startedOn: day(t.startedOn) },
      update: { cycleId },
    });
  }
  for (const c of CONSULTATIONS) {
    const fields = {
      municipalityId,
      cycleId,
      tutorId,
      teacherId: userId(c.teacher),
      schoolId: schoolId(c.school),
      date: day(c.date),
      subjectId: subjectId(c.subject),
      module: c.module,
      form: c.form,
      functions: [...c.functions],
      projectId: projectId(c.project),
      notes: c.notes,
      nextSteps: c.nextSteps,
    };
    await tx.consultation.upsert({ where: { id: c.id }, create: { id: c.id, ...fields }, update: fields });
  }
}

/** Teachers' competency diagnostics and ИОМ. */
async function seedTeachers(ctx: Ctx): Promise<number> {
  const { tx, cycleId, schoolId, userId } = ctx;
  let diagnostics = 0;
  for (const row of DIAGNOSTICS) {
    const teacherId = userId(row.teacher);
    for (const kind of ["entry", "repeat"] as const) {
      const [subject, methodological, digital, communicative, psychological] = row[kind];
      const fields = {
        schoolId: schoolId(row.school),
        date: day(DIAGNOSTIC_DATES[kind]),
        subject,
        methodological,
        digital,
        communicative,
        psychological,
      };
      await tx.competencyDiagnostic.upsert({
        where: { teacherId_cycleId_kind: { teacherId, cycleId, kind } },
        create: { teacherId, cycleId, kind, ...fields },
        update: fields,
      });
      diagnostics++;
    }
  }

  // ИОМ
  for (const iom of IOMS) {
    const teacherId = userId(iom.teacher);
    const fields = {
      schoolId: schoolId(iom.school),
      status: iom.status,
      submittedAt: atOrNull(iom.submittedAt),
      approvedAt: atOrNull(iom.approvedAt),
      approvedById: iom.approvedBy ? userId(iom.approvedBy) : null,
      approvalOrderNo: iom.approvalOrderNo,
      approvalOrderDate: dayOrNull(iom.approvalOrderDate),
    };
    const saved = await tx.iom.upsert({
      where: { teacherId_cycleId: { teacherId, cycleId } },
      create: { id: iom.id, teacherId, cycleId, ...fields },
      update: fields,
    });
    for (const [i, a] of iom.activities.entries()) {
      const activity = {
        iomId: saved.id,
        competency: a.competency,
        kind: a.kind,
        title: a.title,
        format: a.format,
        hours: a.hours,
        provider: a.provider,
        plannedStart: day(a.plannedStart),
        plannedEnd: day(a.plannedEnd),
        status: a.status,
        completedOn: dayOrNull(a.completedOn),
        actualHours: a.actualHours,
        reflection: a.reflection,
        sortOrder: i + 1,
      };
      await tx.iomActivity.upsert({ where: { id: a.id }, create: { id: a.id, ...activity }, update: activity });
    }
  }
  return diagnostics;
}

async function seedPractices(ctx: Ctx): Promise<void> {
  const { tx, municipalityId, schoolId, userId } = ctx;
  for (const p of PRACTICES) {
    const fields = {
      municipalityId,
      schoolId: schoolId(p.school),
      title: p.title,
      authors: p.authors,
      organization: p.organization,
      level: p.level,
      theme: p.theme,
      description: p.description,
      status: p.status,
      submittedById: userId(p.submittedBy),
    };
    await tx.practice.upsert({ where: { id: p.id }, create: { id: p.id, ...fields }, update: fields });
  }
}

/** ЕГЭ, ОГЭ and ВПР results of 2023–2025 (after the subjects catalogue). */
async function seedExamResults(ctx: Ctx): Promise<number> {
  const { tx, schoolId } = ctx;
  const subjectIds = new Map((await tx.subject.findMany({ select: { id: true, code: true } })).map((s) => [s.code, s.id]));
  let count = 0;
  for (const series of EXAM_RESULTS) {
    const subjectId = required(subjectIds.get(series.subject), `предмет ${series.subject}`);
    for (const [i, year] of RESULT_YEARS.entries()) {
      const fail = series.fail?.[i] ?? null;
      const fields = {
        participants: series.participants,
        avgScore: series.avg?.[i] ?? null,
        failShare: fail,
        qualityShare: series.quality?.[i] ?? null,
        successShare: fail === null ? null : Math.round((100 - fail) * 100) / 100,
      };
      const key = { schoolId: schoolId(series.school), year, exam: series.exam, subjectId, grade: series.grade };
      await tx.examResult.upsert({ where: { schoolId_year_exam_subjectId_grade: key }, create: { ...key, ...fields }, update: fields });
      count += 1;
    }
  }
  return count;
}

/** The closed year-end surveys of the cycle with their (anonymous in every view) answers. */
async function seedSurveys(ctx: Ctx): Promise<void> {
  const { tx, municipalityId, cycleId, userId } = ctx;
  for (const survey of SURVEYS) {
    const fields = {
      municipalityId,
      cycleId,
      title: survey.title,
      audience: survey.audience,
      status: "closed" as const,
      opensOn: day(survey.opensOn),
      closesOn: day(survey.closesOn),
    };
    await tx.survey.upsert({ where: { id: survey.id }, create: { id: survey.id, ...fields }, update: fields });
    const questionIds: string[] = [];
    for (const [i, q] of survey.questions.entries()) {
      const id = `${survey.id}-q${i + 1}`;
      const data = { surveyId: survey.id, sortOrder: i + 1, kind: q.kind, text: q.text, options: [], reportLabel: q.reportLabel };
      await tx.surveyQuestion.upsert({ where: { id }, create: { id, ...data }, update: data });
      questionIds.push(id);
    }
    for (const [r, email] of survey.respondents.entries()) {
      const respondentId = userId(email);
      const response = await tx.surveyResponse.upsert({
        where: { surveyId_respondentId: { surveyId: survey.id, respondentId } },
        create: { surveyId: survey.id, respondentId, submittedAt: at(survey.closesOn) },
        update: {},
      });
      for (const [i, q] of survey.questions.entries()) {
        const raw = q.answers[r];
        if (raw === null || raw === undefined) continue;
        const value =
          q.kind === "yes_no" ? { boolValue: raw === "yes" } : q.kind === "scale" ? { intValue: Number(raw) } : { textValue: raw };
        await tx.surveyAnswer.upsert({
          where: { responseId_questionId: { responseId: response.id, questionId: questionIds[i] } },
          create: { responseId: response.id, questionId: questionIds[i], ...value },
          update: value,
        });
      }
    }
  }
}

function printSummary(s: DemoSeedSummary): void {
  console.log(
    [
      `Демо-данные загружены: ${MUNICIPALITY.name}, цикл ${CYCLE.year} года.`,
      `  школ: ${s.schools} (в цикле: ${s.cycleSchools}, с куратором: ${s.pairings})`,
      `  пользователей: ${s.users} (общий пароль демо-записей показан на странице входа; в журнал пароли не пишутся)`,
      `  показателей рисков: ${s.riskIndicators}, значений в профилях: ${s.riskIndicatorValues}`,
      `  документов: ${s.documents}, мер: ${s.measures}`,
      `  мероприятий МНЦ: ${s.events}, консультаций тьютора: ${s.consultations}`,
      `  диагностик компетенций: ${s.diagnostics}, ИОМ: ${s.ioms}, практик: ${s.practices}`,
      `  результатов ЕГЭ, ОГЭ и ВПР: ${s.examResults}, анкет: ${s.surveys}`,
    ].join("\n"),
  );
}

async function main(): Promise<void> {
  const once = process.argv.includes("--once");
  const db = getDb();
  try {
    if (once && (await db.setting.findUnique({ where: { key: DEMO_SEEDED_SETTING_KEY } }))) {
      console.log("Демо-данные уже загружены");
      return;
    }
    const started = Date.now();
    const summary = await seedDemo(db);
    printSummary(summary);
    console.log(`  за ${((Date.now() - started) / 1000).toFixed(1)} с`);
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1] ? path.resolve(process.argv[1]) : "";
if (entry === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error("Ошибка загрузки демо-данных:", error);
    process.exitCode = 1;
  });
}
