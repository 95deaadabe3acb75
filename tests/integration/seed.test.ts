/**
 * The demo seed: idempotent, and faithful to the source documents
 * (seed 002: diagnostics averages; seed 003: the risk flags «*» of the demo
 * school's profile). The database already holds the demo seeded once.
 */
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { isIndicatorFlagged } from "@/lib/domain/risk/flag";
import { seedDemo } from "@/prisma/seed/index";

const DEMO_MUNICIPALITY = "armavir-demo";
const DEMO_SCHOOL = "edu230101"; // МБОУ-ООШ № 21
const SEED_TIMEOUT = 120_000;

async function rowCounts() {
  const db = getDb();
  const [users, schools, cycleSchools, pairings, events, consultations, diagnostics, riskIndicatorValues] =
    await Promise.all([
      db.user.count(),
      db.school.count(),
      db.cycleSchool.count(),
      db.curatorPairing.count(),
      db.supportEvent.count(),
      db.consultation.count(),
      db.competencyDiagnostic.count(),
      db.riskIndicatorValue.count(),
    ]);
  const [roles, assessments, documents, tasks, measures, statusChanges, revisions, ioms, iomActivities, practices] =
    await Promise.all([
      db.roleAssignment.count(),
      db.riskFactorAssessment.count(),
      db.programDocument.count(),
      db.documentTask.count(),
      db.measure.count(),
      db.measureStatusChange.count(),
      db.documentRevision.count(),
      db.iom.count(),
      db.iomActivity.count(),
      db.practice.count(),
    ]);
  return {
    users,
    schools,
    cycleSchools,
    pairings,
    events,
    consultations,
    diagnostics,
    riskIndicatorValues,
    roles,
    assessments,
    documents,
    tasks,
    measures,
    statusChanges,
    revisions,
    ioms,
    iomActivities,
    practices,
  };
}

async function demoCycle() {
  const municipality = await getDb().municipality.findUniqueOrThrow({ where: { code: DEMO_MUNICIPALITY } });
  return getDb().cycle.findUniqueOrThrow({
    where: { municipalityId_year: { municipalityId: municipality.id, year: 2025 } },
  });
}

async function demoSchoolProfile() {
  const cycle = await demoCycle();
  const school = await getDb().school.findUniqueOrThrow({ where: { code: DEMO_SCHOOL } });
  return getDb().riskProfile.findFirstOrThrow({
    where: { cycleSchool: { cycleId: cycle.id, schoolId: school.id } },
    include: {
      values: { include: { indicator: true } },
      factors: { include: { factor: true } },
    },
  });
}

describe("demo seed", () => {
  it(
    "is idempotent: a second run changes no row counts",
    async () => {
      const before = await rowCounts();
      expect(before.schools).toBeGreaterThanOrEqual(12);
      expect(before.riskIndicatorValues).toBeGreaterThan(0);

      await seedDemo(getDb());

      expect(await rowCounts()).toEqual(before);
    },
    SEED_TIMEOUT,
  );

  it("reproduces the competency averages of seed 002 for the demo school", async () => {
    const cycle = await demoCycle();
    const school = await getDb().school.findUniqueOrThrow({ where: { code: DEMO_SCHOOL } });
    const rows = await getDb().competencyDiagnostic.findMany({ where: { cycleId: cycle.id, schoolId: school.id } });
    const competencies = ["subject", "methodological", "digital", "communicative", "psychological"] as const;

    const averages = (kind: "entry" | "repeat") => {
      const ofKind = rows.filter((r) => r.kind === kind);
      expect(ofKind).toHaveLength(6);
      return competencies.map((c) => Math.round(ofKind.reduce((sum, r) => sum + r[c].toNumber(), 0) / ofKind.length));
    };

    // subject, methodological, digital, communicative, psychological
    expect(averages("entry")).toEqual([69, 56, 71, 77, 82]);
    expect(averages("repeat")).toEqual([82, 83, 85, 81, 81]);
  });

  it("flags exactly the indicators seed 003 marks «*» in the demo school's profile", async () => {
    const profile = await demoSchoolProfile();
    expect(profile.values.length).toBeGreaterThan(0);

    const byRule = profile.values.map((v) => ({
      code: v.indicator.code,
      stored: v.flagged,
      rule: isIndicatorFlagged(
        v.value === null ? null : v.value.toNumber(),
        v.indicator.direction,
        v.indicator.threshold.toNumber(),
      ),
    }));

    const flagged = byRule
      .filter((v) => v.rule)
      .map((v) => v.code)
      .sort();
    expect(flagged).toEqual(["1.1", "1.2", "1.3", "4.1", "9.1", "9.2"]);
    for (const v of byRule) expect({ code: v.code, flagged: v.stored }).toEqual({ code: v.code, flagged: v.rule });
  });

  it("keeps the factor significance of seed 003, with a reason wherever it differs from the suggestion", async () => {
    const profile = await demoSchoolProfile();
    expect(profile.status).toBe("confirmed");

    const significance = Object.fromEntries(profile.factors.map((a) => [a.factor.code, a.significance]));
    expect(significance).toMatchObject({
      1: "high",
      2: "low",
      3: "high",
      4: "high",
      5: "low",
      6: "high",
      7: "medium",
      8: "medium",
      9: "high",
      10: "medium",
    });
    for (const a of profile.factors) {
      if (a.significance !== a.suggested) expect(a.overrideReason?.trim()).toBeTruthy();
    }
  });
});
