/**
 * Start diagnostics and the risk profile against the real database. Each test
 * builds its own school in the demo 2025 cycle (paired with curator@ unless
 * told otherwise) with its own school admin, so the demo profiles stay intact.
 */
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  confirmRiskProfileAction,
  overrideSignificanceAction,
  returnRiskProfileAction,
  saveRiskProfileDraftAction,
  submitRiskProfileAction,
} from "@/lib/features/risk-profile/actions";
import { hashPassword } from "@/lib/auth/password";
import { loadActor } from "@/lib/auth/load-actor";
import { getRiskProfilePage } from "@/lib/features/risk-profile/queries";
import { uniqueSuffix } from "../support/db";
import { signInAs } from "../support/session";

const db = () => getDb();
const CYCLE_YEAR = 2025;

async function catalogue() {
  const factors = await db().riskFactor.findMany({
    where: { catalogYear: CYCLE_YEAR },
    orderBy: { sortOrder: "asc" },
    include: { indicators: { orderBy: { sortOrder: "asc" } } },
  });
  const indicators = factors.flatMap((f) => f.indicators);
  const byCode = (code: string) => indicators.find((i) => i.code === code)!;
  return { factors, indicators, byCode };
}

const created = { users: [] as string[], cycleSchools: [] as string[], schools: [] as string[] };

/** Everything this file created goes away, so the demo data other files read is as seeded. */
afterAll(async () => {
  await db().cycleSchool.deleteMany({ where: { id: { in: created.cycleSchools } } });
  await db().user.deleteMany({ where: { id: { in: created.users } } });
  await db().school.deleteMany({ where: { id: { in: created.schools } } });
});

async function newUser(role: "school_admin" | "curator", municipalityId: string, schoolId?: string) {
  const suffix = uniqueSuffix();
  const user = await db().user.create({
    data: {
      email: `${role}-${suffix}@opora.test`,
      name: role === "curator" ? "Куратор Для Проверки" : "Завуч Тестовой Школы",
      passwordHash: await hashPassword("пароль-для-теста-1"),
      roles: { create: { role, municipalityId, schoolId: schoolId ?? null } },
    },
  });
  created.users.push(user.id);
  return user;
}

/**
 * A school of the demo municipality in the 2025 cycle, with its own school
 * admin and its own paired curator (so the demo accounts' scopes are
 * untouched); curator@opora.demo plays "another curator".
 */
async function newCycleSchool() {
  const cycle = await db().cycle.findFirstOrThrow({ where: { year: CYCLE_YEAR, municipality: { code: "armavir-demo" } } });
  const suffix = uniqueSuffix();
  const school = await db().school.create({
    data: { municipalityId: cycle.municipalityId, code: `t${suffix}`, name: `Тестовая школа ${suffix}`, shortName: `ТШ ${suffix}`, kind: "sosh" },
  });
  created.schools.push(school.id);
  const cs = await db().cycleSchool.create({ data: { cycleId: cycle.id, schoolId: school.id, categories: ["shnor"] } });
  created.cycleSchools.push(cs.id);
  const curator = await newUser("curator", cycle.municipalityId);
  await db().curatorPairing.create({ data: { cycleSchoolId: cs.id, curatorId: curator.id, pairedOn: new Date("2025-01-15") } });
  const admin = await newUser("school_admin", cycle.municipalityId, school.id);
  return { cycle, school, cs, admin, curator, curatorId: curator.id };
}

/** Values that fill every indicator; `risky` codes get a value beyond the threshold. */
async function fullValues(risky: readonly string[] = []) {
  const { indicators } = await catalogue();
  const values: Record<string, number> = {};
  for (const ind of indicators) {
    const t = ind.threshold.toNumber();
    const bad = risky.includes(ind.code);
    if (ind.unit === "boolean") values[ind.id] = (ind.direction === "above") === bad ? 1 : 0;
    else values[ind.id] = ind.direction === "below" ? (bad ? Math.max(t - 10, 0) : Math.min(t + 10, 100)) : bad ? Math.min(t + 10, 100) : Math.max(t - 10, 0);
  }
  return values;
}

const auditRows = (action: string, entityId: string) => db().auditLog.findMany({ where: { action, entityId }, orderBy: { id: "asc" } });
const denials = () => db().auditLog.count({ where: { action: "authz_denied" } });

/** A school that filled and submitted: factor 1 «высокая» (1.1–1.3 of five flagged), 3 «средняя» (3.1), the rest «низкая». */
async function submittedProfile() {
  const ctx = await newCycleSchool();
  await signInAs(ctx.admin.email);
  const saved = await saveRiskProfileDraftAction({ cycleSchoolId: ctx.cs.id, version: null, values: await fullValues(["1.1", "1.2", "1.3", "3.1"]) });
  expect(saved.data).toBeDefined();
  const submitted = await submitRiskProfileAction({ profileId: saved.data!.profileId, version: saved.data!.version });
  expect(submitted.data).toEqual({ ok: true });
  const profile = await db().riskProfile.findUniqueOrThrow({ where: { id: saved.data!.profileId }, include: { factors: { include: { factor: true } } } });
  const assessment = (code: number) => profile.factors.find((f) => f.factor.code === code)!;
  return { ...ctx, profile, assessment };
}

describe("saveRiskProfileDraftAction", () => {
  it("creates the profile lazily, saves a partial draft with server-computed flags, and audits it", async () => {
    const { cs, admin } = await newCycleSchool();
    const { byCode } = await catalogue();
    await signInAs(admin.email);
    const first = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: { [byCode("1.1").id]: 46, [byCode("1.4").id]: 1 } });
    expect(first.data?.version).toBe(1);
    const profile = await db().riskProfile.findUniqueOrThrow({ where: { cycleSchoolId: cs.id }, include: { values: true } });
    expect(profile).toMatchObject({ status: "draft", catalogYear: CYCLE_YEAR });
    expect(profile.values.map((v) => [v.indicatorId, v.value?.toNumber(), v.flagged]).sort()).toEqual(
      [
        [byCode("1.1").id, 46, true],
        [byCode("1.4").id, 1, true],
      ].sort(),
    );

    const second = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: 1, values: { [byCode("1.1").id]: 55.5 } });
    expect(second.data?.version).toBe(2);
    const value = await db().riskIndicatorValue.findFirstOrThrow({ where: { profileId: profile.id, indicatorId: byCode("1.1").id } });
    expect([value.value?.toNumber(), value.flagged]).toEqual([55.5, false]);
    const audits = await auditRows("risk_profile.save_draft", profile.id);
    expect(audits).toHaveLength(2);
    expect(audits[1]!.before).toEqual({ status: "draft", values: { "1.1": 46 } });
    expect(audits[1]!.after).toEqual({ status: "draft", values: { "1.1": 55.5 } });
  });

  it("rejects 120 % and a boolean 2 next to their indicators, writing nothing", async () => {
    const { cs, admin } = await newCycleSchool();
    const { byCode } = await catalogue();
    await signInAs(admin.email);
    const before = await db().auditLog.count();
    const overRange = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: { [byCode("4.1").id]: 120 } });
    expect(overRange.validationErrors).toMatchObject({ valueErrors: { [byCode("4.1").id]: [expect.any(String)] }, fieldErrors: { values: [expect.any(String)] } });
    const badBoolean = await saveRiskProfileDraftAction({
      cycleSchoolId: cs.id,
      version: null,
      values: { [byCode("1.4").id]: 2, [byCode("1.1").id]: 40, "no-such-indicator": 5 },
    });
    expect(badBoolean.validationErrors).toMatchObject({
      valueErrors: { [byCode("1.4").id]: ["Выберите «да» или «нет»"], "no-such-indicator": ["Показателя нет в каталоге этого года"] },
    });
    expect(await db().riskProfile.count({ where: { cycleSchoolId: cs.id } })).toBe(0);
    expect(await db().auditLog.count()).toBe(before);
  });

  it("refuses curators, coordinators, teachers and tutors with 403 and an audited denial", async () => {
    const { cs } = await newCycleSchool();
    for (const email of ["curator@opora.demo", "coordinator@opora.demo", "teacher@opora.demo", "tutor@opora.demo"]) {
      await signInAs(email);
      const n = await denials();
      const result = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: {} });
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
      expect(await denials(), email).toBe(n + 1);
    }
    expect(await db().riskProfile.count({ where: { cycleSchoolId: cs.id } })).toBe(0);
  });

  it("answers 404 for another school's year and writes nothing", async () => {
    const { cs } = await newCycleSchool();
    await signInAs("school@opora.demo");
    const n = await denials();
    const result = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: {} });
    expect(result.serverError?.code).toBe("NOT_FOUND");
    expect(await denials()).toBe(n + 1);
    expect(await db().riskProfile.count({ where: { cycleSchoolId: cs.id } })).toBe(0);
  });

  it("reports a stale version as a conflict", async () => {
    const { cs, admin } = await newCycleSchool();
    const { byCode } = await catalogue();
    await signInAs(admin.email);
    await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: { [byCode("1.1").id]: 40 } });
    await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: 1, values: { [byCode("1.1").id]: 41 } });
    const stale = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: 1, values: { [byCode("1.1").id]: 99 } });
    expect(stale.serverError).toEqual({ code: "CONFLICT", message: "Данные изменены другим пользователем, обновите страницу." });
    // A second "first save" from another tab is a conflict too.
    const secondCreate = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: {} });
    expect(secondCreate.serverError?.code).toBe("CONFLICT");
    const value = await db().riskIndicatorValue.findFirstOrThrow({ where: { indicatorId: byCode("1.1").id, profile: { cycleSchoolId: cs.id } } });
    expect(value.value?.toNumber()).toBe(41);
  });

  it("does not let the school change a submitted profile", async () => {
    const { admin, cs, profile, assessment } = await submittedProfile();
    void assessment;
    await signInAs(admin.email);
    const result = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: profile.version, values: {} });
    expect(result.serverError?.code).toBe("INVALID_TRANSITION");
  });
});

describe("submitRiskProfileAction", () => {
  it("lists the missing indicators in Russian and keeps the draft", async () => {
    const { cs, admin } = await newCycleSchool();
    const { byCode } = await catalogue();
    const values = await fullValues();
    delete values[byCode("2.3").id];
    await signInAs(admin.email);
    const saved = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values });
    const result = await submitRiskProfileAction({ profileId: saved.data!.profileId, version: saved.data!.version });
    expect(result.serverError?.code).toBe("VALIDATION");
    expect(result.serverError?.message).toContain(`2.3 «${byCode("2.3").title}»`);
    expect((await db().riskProfile.findUniqueOrThrow({ where: { id: saved.data!.profileId } })).status).toBe("draft");
  });

  it("submits, computes flags and suggestions on the server, notifies the curator and audits", async () => {
    const { profile, assessment, curatorId, admin } = await submittedProfile();
    expect(profile.status).toBe("submitted");
    expect(profile.submittedAt).not.toBeNull();
    expect(assessment(1)).toMatchObject({ suggested: "high", significance: "high", programRequired: true }); // 3 of 5
    expect(assessment(3)).toMatchObject({ suggested: "medium", significance: "medium", programRequired: false }); // 1 of 5
    expect(assessment(2)).toMatchObject({ suggested: "low", significance: "low" });
    const flagged = await db().riskIndicatorValue.count({ where: { profileId: profile.id, flagged: true } });
    expect(flagged).toBe(4);
    const [row] = await auditRows("risk_profile.submit", profile.id);
    expect(row!.before).toEqual({ status: "draft" });
    expect(row!.after).toMatchObject({ status: "submitted", suggested: { "1": "high", "3": "medium", "2": "low" } });
    const note = await db().notification.findFirstOrThrow({ where: { userId: curatorId, entityId: profile.id } });
    expect(note).toMatchObject({ kind: "submitted", entityType: "RiskProfile" });
    expect(await db().notification.count({ where: { userId: admin.id, entityId: profile.id } })).toBe(0);
  });

  it("is refused for a curator (403) and for another school's admin (404)", async () => {
    const { cs, admin, curator } = await newCycleSchool();
    await signInAs(admin.email);
    const saved = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: await fullValues() });
    await signInAs(curator.email);
    expect((await submitRiskProfileAction({ profileId: saved.data!.profileId, version: 1 })).serverError?.code).toBe("FORBIDDEN");
    await signInAs("school@opora.demo");
    expect((await submitRiskProfileAction({ profileId: saved.data!.profileId, version: 1 })).serverError?.code).toBe("NOT_FOUND");
    expect((await db().riskProfile.findUniqueOrThrow({ where: { id: saved.data!.profileId } })).status).toBe("draft");
  });

  it("reports a stale version as a conflict and rejects a malformed input", async () => {
    const { cs, admin, curator } = await newCycleSchool();
    await signInAs(admin.email);
    const saved = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: await fullValues() });
    expect((await submitRiskProfileAction({ profileId: saved.data!.profileId, version: 7 })).serverError?.code).toBe("CONFLICT");
    const invalid = await submitRiskProfileAction({ profileId: "", version: 0 });
    expect(invalid.validationErrors?.fieldErrors).toMatchObject({ profileId: [expect.any(String)], version: [expect.any(String)] });
    expect(await db().riskFactorAssessment.count({ where: { profileId: saved.data!.profileId } })).toBe(0);
  });
});

describe("overrideSignificanceAction", () => {
  it("lets the paired curator change a significance with a reason, audited before/after", async () => {
    const { assessment, profile, curator } = await submittedProfile();
    await signInAs(curator.email);
    const a3 = assessment(3);
    const reason = "На посещённых уроках современные технологии почти не используются.";
    const result = await overrideSignificanceAction({ assessmentId: a3.id, version: a3.version, significance: "high", overrideReason: reason, programRequired: false });
    expect(result.data).toEqual({ ok: true });
    const after = await db().riskFactorAssessment.findUniqueOrThrow({ where: { id: a3.id } });
    expect(after).toMatchObject({ suggested: "medium", significance: "high", overrideReason: reason, programRequired: true, version: a3.version + 1 });
    const [row] = await auditRows("risk_profile.override", profile.id);
    expect(row!.before).toEqual({ factor: 3, significance: "medium", overrideReason: null, programRequired: false });
    expect(row!.after).toEqual({ factor: 3, significance: "high", overrideReason: reason, programRequired: true });
  });

  it("marks a programme as needed for a «средняя» factor without a reason when the significance stays", async () => {
    const { assessment, curator } = await submittedProfile();
    await signInAs(curator.email);
    const a3 = assessment(3);
    const result = await overrideSignificanceAction({ assessmentId: a3.id, version: a3.version, significance: "medium", programRequired: true });
    expect(result.data).toEqual({ ok: true });
    expect(await db().riskFactorAssessment.findUniqueOrThrow({ where: { id: a3.id } })).toMatchObject({ significance: "medium", programRequired: true, overrideReason: null });
  });

  it("requires a reason when the significance differs from the suggestion, writing nothing", async () => {
    const { assessment, profile, curator } = await submittedProfile();
    await signInAs(curator.email);
    const a2 = assessment(2);
    const result = await overrideSignificanceAction({ assessmentId: a2.id, version: a2.version, significance: "medium", overrideReason: "   ", programRequired: true });
    expect(result.validationErrors?.fieldErrors.overrideReason).toEqual(["Обоснуйте изменение значимости: оно отличается от предложенной по правилу"]);
    expect(await db().riskFactorAssessment.findUniqueOrThrow({ where: { id: a2.id } })).toMatchObject({ significance: "low", version: a2.version });
    expect(await auditRows("risk_profile.override", profile.id)).toHaveLength(0);
    const invalid = await overrideSignificanceAction({ assessmentId: a2.id, version: a2.version, significance: "critical" as never, programRequired: false });
    expect(invalid.validationErrors?.fieldErrors.significance).toBeDefined();
  });

  it("answers 404 to another curator, 403 to the school admin and conflict on a stale version", async () => {
    const { assessment, admin, curator } = await submittedProfile();
    const a1 = assessment(1);
    const input = { assessmentId: a1.id, version: a1.version, significance: "low" as const, overrideReason: "Причина", programRequired: false };
    await signInAs("curator@opora.demo");
    const n = await denials();
    expect((await overrideSignificanceAction(input)).serverError?.code).toBe("NOT_FOUND");
    expect(await denials()).toBe(n + 1);
    await signInAs(admin.email);
    expect((await overrideSignificanceAction(input)).serverError?.code).toBe("FORBIDDEN");
    await signInAs("coordinator@opora.demo");
    expect((await overrideSignificanceAction(input)).serverError?.code).toBe("FORBIDDEN");
    await signInAs(curator.email);
    expect((await overrideSignificanceAction({ ...input, version: a1.version + 5 })).serverError?.code).toBe("CONFLICT");
    expect(await db().riskFactorAssessment.findUniqueOrThrow({ where: { id: a1.id } })).toMatchObject({ significance: "high" });
  });

  it("is refused once the profile is confirmed", async () => {
    const { assessment, profile, curator } = await submittedProfile();
    await signInAs(curator.email);
    await confirmRiskProfileAction({ profileId: profile.id, version: profile.version });
    const a1 = assessment(1);
    const result = await overrideSignificanceAction({ assessmentId: a1.id, version: a1.version, significance: "low", overrideReason: "Поздно", programRequired: false });
    expect(result.serverError?.code).toBe("INVALID_TRANSITION");
  });
});

describe("confirmRiskProfileAction", () => {
  it("confirms, forces the programme for every «высокая» factor, notifies the school admins and audits", async () => {
    const { profile, assessment, admin, curator } = await submittedProfile();
    // Tamper with a high factor to prove the confirmation enforces the rule.
    await db().riskFactorAssessment.update({ where: { id: assessment(1).id }, data: { programRequired: false } });
    const curatorId = await signInAs(curator.email);
    const result = await confirmRiskProfileAction({ profileId: profile.id, version: profile.version });
    expect(result.data).toEqual({ ok: true });
    const after = await db().riskProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(after).toMatchObject({ status: "confirmed", confirmedById: curatorId, version: profile.version + 1 });
    expect(await db().riskFactorAssessment.findUniqueOrThrow({ where: { id: assessment(1).id } })).toMatchObject({ programRequired: true });
    const [row] = await auditRows("risk_profile.confirm", profile.id);
    expect(row!.before).toEqual({ status: "submitted" });
    expect(row!.after).toMatchObject({ status: "confirmed", programRequired: expect.arrayContaining([1]) });
    expect(await db().notification.findFirstOrThrow({ where: { userId: admin.id, entityId: profile.id } })).toMatchObject({ kind: "confirmed" });
  });

  it("refuses to confirm a draft with INVALID_TRANSITION", async () => {
    const { cs, admin, curator } = await newCycleSchool();
    await signInAs(admin.email);
    const saved = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: {} });
    await signInAs(curator.email);
    const result = await confirmRiskProfileAction({ profileId: saved.data!.profileId, version: saved.data!.version });
    expect(result.serverError).toEqual({ code: "INVALID_TRANSITION", message: "Подтвердить можно только профиль, отправленный на проверку." });
    expect((await db().riskProfile.findUniqueOrThrow({ where: { id: saved.data!.profileId } })).status).toBe("draft");
  });

  it("answers 404 to another curator, 403 to the school and the coordinator, conflict on a stale version", async () => {
    const { profile, admin, curator } = await submittedProfile();
    await signInAs("curator@opora.demo");
    expect((await confirmRiskProfileAction({ profileId: profile.id, version: profile.version })).serverError?.code).toBe("NOT_FOUND");
    for (const email of [admin.email, "coordinator@opora.demo", "teacher@opora.demo"]) {
      await signInAs(email);
      expect((await confirmRiskProfileAction({ profileId: profile.id, version: profile.version })).serverError?.code, email).toBe("FORBIDDEN");
    }
    await signInAs(curator.email);
    expect((await confirmRiskProfileAction({ profileId: profile.id, version: profile.version - 1 })).serverError?.code).toBe("CONFLICT");
    expect((await db().riskProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("submitted");
    expect(await auditRows("risk_profile.confirm", profile.id)).toHaveLength(0);
  });
});

describe("returnRiskProfileAction", () => {
  it("returns with a comment, notifies the school, and the school resubmits", async () => {
    const { profile, admin, cs, curatorId, curator } = await submittedProfile();
    await signInAs(curator.email);
    const comment = "Уточните долю обучающихся с ОВЗ по данным на 1 сентября.";
    const result = await returnRiskProfileAction({ profileId: profile.id, version: profile.version, comment });
    expect(result.data).toEqual({ ok: true });
    const returned = await db().riskProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(returned).toMatchObject({ status: "returned", returnComment: comment });
    const [row] = await auditRows("risk_profile.return", profile.id);
    expect(row!.after).toEqual({ status: "returned", returnComment: comment });
    expect(await db().notification.findFirstOrThrow({ where: { userId: admin.id, entityId: profile.id } })).toMatchObject({ kind: "returned", body: comment });

    await signInAs(admin.email);
    const { byCode } = await catalogue();
    const saved = await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: returned.version, values: { [byCode("4.1").id]: 12 } });
    expect(saved.data).toBeDefined();
    expect((await submitRiskProfileAction({ profileId: profile.id, version: saved.data!.version })).data).toEqual({ ok: true });
    expect(await db().riskProfile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({ status: "submitted", returnComment: null });
    expect(await db().notification.count({ where: { userId: curatorId, entityId: profile.id, kind: "submitted" } })).toBe(2);
  });

  it("requires a comment and writes nothing without one", async () => {
    const { profile, curator } = await submittedProfile();
    await signInAs(curator.email);
    const result = await returnRiskProfileAction({ profileId: profile.id, version: profile.version, comment: "  " });
    expect(result.validationErrors?.fieldErrors.comment).toEqual(["Напишите, что нужно доработать"]);
    expect((await db().riskProfile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe("submitted");
  });

  it("answers 404 to another curator, 403 to the school, INVALID_TRANSITION for a draft, conflict on a stale version", async () => {
    const { profile, admin, curator } = await submittedProfile();
    const input = { profileId: profile.id, version: profile.version, comment: "Доработайте" };
    await signInAs("curator@opora.demo");
    expect((await returnRiskProfileAction(input)).serverError?.code).toBe("NOT_FOUND");
    await signInAs(admin.email);
    expect((await returnRiskProfileAction(input)).serverError?.code).toBe("FORBIDDEN");
    await signInAs(curator.email);
    expect((await returnRiskProfileAction({ ...input, version: 99 })).serverError?.code).toBe("CONFLICT");
    expect(await auditRows("risk_profile.return", profile.id)).toHaveLength(0);

    const draft = await newCycleSchool();
    await signInAs(draft.admin.email);
    const saved = await saveRiskProfileDraftAction({ cycleSchoolId: draft.cs.id, version: null, values: {} });
    await signInAs(draft.curator.email);
    const result = await returnRiskProfileAction({ profileId: saved.data!.profileId, version: 1, comment: "Рано" });
    expect(result.serverError?.code).toBe("INVALID_TRANSITION");
  });
});

describe("getRiskProfilePage", () => {
  const actorOf = async (email: string) => (await loadActor(await signInAs(email), "session"))!;

  it("shows the school its draft with live suggestions and the coordinator a read-only view", async () => {
    const { cs, admin, school } = await newCycleSchool();
    const { byCode } = await catalogue();
    await signInAs(admin.email);
    await saveRiskProfileDraftAction({ cycleSchoolId: cs.id, version: null, values: { [byCode("4.1").id]: 32 } });
    const page = await getRiskProfilePage(await actorOf(admin.email), school.code, cs.cycleId);
    expect(page).toMatchObject({ status: "draft", canFill: true, canSubmit: true, canReview: false, catalogYear: CYCLE_YEAR });
    const f4 = page.factors.find((f) => f.code === 4)!;
    expect(f4).toMatchObject({ flaggedCount: 1, suggested: "high", significance: "high", programRequired: true });
    expect(page.factors).toHaveLength(13);

    const coordinatorView = await getRiskProfilePage(await actorOf("coordinator@opora.demo"), school.code, cs.cycleId);
    expect(coordinatorView).toMatchObject({ canFill: false, canSubmit: false, canReview: false });
  });

  it("lets the paired curator review a submitted profile and hides it from others", async () => {
    const { school, cs, curator } = await submittedProfile();
    const view = await getRiskProfilePage(await actorOf(curator.email), school.code, cs.cycleId);
    expect(view).toMatchObject({ status: "submitted", canReview: true, canFill: false });
    expect(view.factors.find((f) => f.code === 1)?.assessment).not.toBeNull();
    await expect(getRiskProfilePage(await actorOf("curator@opora.demo"), school.code, cs.cycleId)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    await expect(getRiskProfilePage(await actorOf("school@opora.demo"), school.code, cs.cycleId)).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;404");
    await expect(getRiskProfilePage(await actorOf("teacher@opora.demo"), "edu230101")).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;403");
    await expect(getRiskProfilePage(await actorOf("tutor@opora.demo"), "edu230101")).rejects.toThrow("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  it("reads the demo profile of seed 003 as confirmed, with the curator's reasons", async () => {
    const page = await getRiskProfilePage(await actorOf("school@opora.demo"), "edu230101");
    expect(page.status).toBe("confirmed");
    const byCode = (code: number) => page.factors.find((f) => f.code === code)!;
    expect(byCode(1)).toMatchObject({ significance: "high", programRequired: true });
    expect(byCode(3).overrideReason).toMatch(/методической компетентности/);
    expect(page.canFill).toBe(false);
  });
});
