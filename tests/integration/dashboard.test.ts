import { describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { deficitsOf, toScores } from "@/lib/domain/competency";
import { countersFrom, isOverdue, statusCounter } from "@/lib/domain/measures";
import { yearPeriod } from "@/lib/domain/report/figures";
import {
  getCuratorCoverage,
  getCuratorSchools,
  getCycleConsultations,
  getCycleEvents,
  getDashboard,
  getDiagnosticsComparison,
  getDocumentShares,
  getIomCoverage,
  getMeasureStatuses,
  getMostOverdueMeasures,
  getSchoolResultsVsMunicipality,
  getSchoolRoadmapProgress,
  getStageProgress,
} from "@/lib/features/dashboard/queries";
import { getThresholds } from "@/lib/features/diagnostics/settings";
import { createTestMunicipality } from "../support/test-municipality";
import { signInAs } from "../support/session";

const db = () => getDb();
const COORDINATOR = "coordinator@opora.demo";
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";
const demoCycle = () => db().cycle.findFirstOrThrow({ where: { year: 2025, municipality: { code: "armavir-demo" } } });
const as = async (email: string) => {
  await signInAs(email);
  return (await getActor())!;
};

/** The cycle's events and consultations as the analytical report defines them, counted directly. */
function ofCycleWhere(cycle: { id: string; year: number; municipalityId: string }) {
  const { from, to } = yearPeriod(cycle.year);
  return { OR: [{ cycleId: cycle.id }, { cycleId: null, municipalityId: cycle.municipalityId, date: { gte: from, lte: to } }] };
}

describe("coordinator dashboard on the demo cycle", () => {
  it("shows the demo cycle by default, with the coordinator's section only", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const page = await getDashboard(actor);
    expect(page.cycle?.id).toBe(cycle.id);
    expect(page.cycles.every((c) => c.municipalityId === cycle.municipalityId)).toBe(true);
    expect(page).toMatchObject({ coordinator: true, curator: false, schools: [] });
  });

  it("counts measure statuses as the database does", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const m = await getMeasureStatuses(actor, cycle.id);
    const measures = await db().measure.findMany({ where: { document: { cycleSchool: { cycleId: cycle.id } } }, select: { status: true, deadline: true } });
    const today = new Date();
    expect(m.total).toBe(measures.length);
    expect(m.total).toBeGreaterThan(0);
    expect(m.counters).toEqual(countersFrom(measures.map((x) => ({ status: x.status, overdue: isOverdue(x, today), count: 1 }))));
    expect(m.counters.done).toBe(measures.filter((x) => x.status === "done" || x.status === "confirmed").length);
    expect(m.overdue).toBe(measures.filter((x) => isOverdue(x, today)).length);
    for (const key of ["planned", "inProgress", "notDone", "needsRevision"] as const) {
      expect(m.counters[key], key).toBe(measures.filter((x) => statusCounter(x.status) === key).length);
    }
  });

  it("measures each stage by a direct count", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const { stages, report } = await getStageProgress(actor, cycle.id);
    const where = { cycleSchool: { cycleId: cycle.id } };
    const [schools, confirmedProfiles, documents, confirmedDocuments, measures, done] = await Promise.all([
      db().cycleSchool.count({ where: { cycleId: cycle.id } }),
      db().riskProfile.count({ where: { ...where, status: "confirmed" } }),
      db().programDocument.count({ where }),
      db().programDocument.count({ where: { ...where, status: "confirmed" } }),
      db().measure.count({ where: { document: where } }),
      db().measure.count({ where: { document: where, status: { in: ["done", "confirmed"] } } }),
    ]);
    const by = Object.fromEntries(stages.map((s) => [s.stage, s]));
    expect([by.diagnosis.done, by.diagnosis.total]).toEqual([confirmedProfiles, schools]);
    expect([by.expertise.done, by.expertise.total]).toEqual([confirmedDocuments, documents]);
    expect([by.implementation.done, by.implementation.total]).toEqual([done, measures]);
    // Every school requires at least its concept and medium-term programme.
    expect(by.programming.total).toBeGreaterThanOrEqual(2 * schools);
    expect(by.programming.done).toBeLessThanOrEqual(by.programming.total);
    expect(report).toBe((await db().analyticalReport.findUnique({ where: { cycleId: cycle.id } }))?.status ?? "none");
    expect(stages.filter((s) => s.current).map((s) => s.stage)).toEqual([cycle.status]);
  });

  it("gives documents confirmed overall and by kind", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const shares = await getDocumentShares(actor, cycle.id);
    const where = { cycleSchool: { cycleId: cycle.id } };
    expect(shares.total).toBe(await db().programDocument.count({ where }));
    expect(shares.confirmed).toBe(await db().programDocument.count({ where: { ...where, status: "confirmed" } }));
    for (const k of shares.byKind) expect(k.total, k.kind).toBe(await db().programDocument.count({ where: { ...where, kind: k.kind } }));
  });

  it("lists the ten most overdue measures, earliest deadline first", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const { rows, total } = await getMostOverdueMeasures(actor, cycle.id);
    const measures = await db().measure.findMany({ where: { document: { cycleSchool: { cycleId: cycle.id } } }, select: { status: true, deadline: true } });
    expect(total).toBe(measures.filter((m) => isOverdue(m, new Date())).length);
    expect(rows.length).toBe(Math.min(10, total));
    for (let i = 1; i < rows.length; i++) expect(rows[i].days).toBeLessThanOrEqual(rows[i - 1].days);
    for (const r of rows) expect(r.days).toBeGreaterThan(0);
  });

  it("has the curator coverage of the demo: 6 of 7 schools, 85.7 %", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const c = await getCuratorCoverage(actor, cycle.id);
    expect(c).toMatchObject({ schools: 7, withCurator: 6, percent: 85.7 });
    expect(c.byCurator.map((x) => x.schools)).toEqual([3, 3]);
  });

  it("counts the cycle's МНЦ events by type: 8 seminars, 6 webinars, 3 videoconferences", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const e = await getCycleEvents(actor, cycle.id);
    const count = (type: string) => e.byType.find((r) => r.key === type)?.count ?? 0;
    expect([count("seminar"), count("webinar"), count("videoconference")]).toEqual([8, 6, 3]);
    expect(e.total).toBe(await db().supportEvent.count({ where: ofCycleWhere(cycle) }));
    expect(e.byType.reduce((n, r) => n + r.count, 0)).toBe(e.total);
  });

  it("counts the cycle's МТКП consultations by module and by month", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const c = await getCycleConsultations(actor, cycle.id);
    expect(c.total).toBe(await db().consultation.count({ where: ofCycleWhere(cycle) }));
    expect(c.total).toBeGreaterThan(0);
    expect(c.byModule.reduce((n, r) => n + r.count, 0)).toBe(c.total);
    expect(c.byMonth.reduce((n, r) => n + r.count, 0)).toBe(c.total);
    for (const module of ["subject_competence", "methodical_competence", "assessment"] as const) {
      expect(c.byModule.find((r) => r.module === module)?.count, module).toBe(await db().consultation.count({ where: { AND: [ofCycleWhere(cycle), { module }] } }));
    }
  });

  it("compares teachers with deficits at entry with approved ИОМ, and entry with repeat diagnostics", async () => {
    const cycle = await demoCycle();
    const actor = await as(COORDINATOR);
    const [coverage, diagnostics, thresholds] = await Promise.all([getIomCoverage(actor, cycle.id), getDiagnosticsComparison(actor, cycle.id), getThresholds(db())]);
    const entries = await db().competencyDiagnostic.findMany({ where: { cycleId: cycle.id, kind: "entry" } });
    const withDeficits = entries.filter((e) => deficitsOf(toScores(e), thresholds).length > 0);
    const approved = new Set((await db().iom.findMany({ where: { cycleId: cycle.id, status: "approved" } })).map((i) => i.teacherId));
    expect(coverage.withDeficits).toBe(withDeficits.length);
    expect(coverage.withDeficits).toBeGreaterThan(0);
    expect(coverage.withApprovedIom).toBe(withDeficits.filter((e) => approved.has(e.teacherId)).length);
    expect(coverage.bySchool.every((r) => r.shortName !== "")).toBe(true);
    expect(diagnostics.entryTeachers).toBe(entries.length);
    expect(diagnostics.repeatTeachers).toBe(await db().competencyDiagnostic.count({ where: { cycleId: cycle.id, kind: "repeat" } }));
    expect(diagnostics.competencies).toHaveLength(5);
  });

  it("is 404 for another municipality's cycle", async () => {
    const cycle = await demoCycle();
    const other = await createTestMunicipality();
    const actor = await as(other.coordinator.email);
    await expect(getStageProgress(actor, cycle.id)).rejects.toThrow(NOT_FOUND);
    await expect(getDashboard(actor, cycle.id)).rejects.toThrow(NOT_FOUND);
    expect((await getDashboard(actor)).cycle).toBeNull();
  });
});

describe("curator dashboard", () => {
  it("shows only the curator's three schools", async () => {
    const cycle = await demoCycle();
    const actor = await as("curator@opora.demo");
    const page = await getDashboard(actor);
    expect(page).toMatchObject({ coordinator: false, curator: true, schools: [] });
    const schools = await getCuratorSchools(actor, cycle.id);
    expect(schools.map((s) => s.code).sort()).toEqual(["edu230101", "edu230102", "edu230105"]);
    for (const s of schools) {
      const where = { cycleSchool: { cycleId: cycle.id, school: { code: s.code } } };
      expect(s.documentsTotal, s.code).toBe(await db().programDocument.count({ where }));
      expect(s.measures, s.code).toBe(await db().measure.count({ where: { document: where } }));
    }
    const other = await getCuratorSchools(await as("curator2@opora.demo"), cycle.id);
    expect(other.map((s) => s.code).sort()).toEqual(["edu230103", "edu230104", "edu230106"].sort());
  });

  it("is refused the coordinator's figures (403)", async () => {
    const cycle = await demoCycle();
    const actor = await as("curator@opora.demo");
    await expect(getStageProgress(actor, cycle.id)).rejects.toThrow(FORBIDDEN);
    await expect(getCycleEvents(actor, cycle.id)).rejects.toThrow(FORBIDDEN);
  });
});

describe("school admin dashboard", () => {
  it("shows only their school: roadmap sections that add up to the school's measures, results against the municipality", async () => {
    const cycle = await demoCycle();
    const actor = await as("school@opora.demo");
    const page = await getDashboard(actor);
    expect(page.coordinator).toBe(false);
    expect(page.curator).toBe(false);
    expect(page.schools.map((s) => s.code)).toEqual(["edu230101"]);
    const school = page.schools[0];
    const progress = (await getSchoolRoadmapProgress(actor, cycle.id, school.id))!;
    const total = progress.sections.reduce((n, s) => n + s.total, 0);
    expect(total).toBe(await db().measure.count({ where: { document: { cycleSchool: { cycleId: cycle.id, schoolId: school.id } } } }));
    expect(progress.sections[0].label).toBe("Программа развития");
    const results = (await getSchoolResultsVsMunicipality(actor, cycle.id, school.id))!;
    expect(results.groups.length).toBeGreaterThan(0);
    for (const g of results.groups) for (const r of g.rows) expect(r.year).toBeLessThanOrEqual(cycle.year);
    expect(await getCuratorSchools(actor, cycle.id)).toEqual([]);
  });

  it("gets 404 for another school and 403 for the coordinator's figures", async () => {
    const cycle = await demoCycle();
    const actor = await as("school@opora.demo");
    const otherSchool = await db().school.findUniqueOrThrow({ where: { code: "edu230102" } });
    await expect(getSchoolRoadmapProgress(actor, cycle.id, otherSchool.id)).rejects.toThrow(NOT_FOUND);
    await expect(getSchoolResultsVsMunicipality(actor, cycle.id, otherSchool.id)).rejects.toThrow(NOT_FOUND);
    await expect(getMeasureStatuses(actor, cycle.id)).rejects.toThrow(FORBIDDEN);
  });
});

describe("permission", () => {
  it("refuses teachers and tutors (403)", async () => {
    const cycle = await demoCycle();
    for (const email of ["teacher@opora.demo", "tutor@opora.demo"]) {
      const actor = await as(email);
      await expect(getDashboard(actor), email).rejects.toThrow(FORBIDDEN);
      await expect(getCuratorSchools(actor, cycle.id), email).rejects.toThrow(FORBIDDEN);
      await expect(getMeasureStatuses(actor, cycle.id), email).rejects.toThrow(FORBIDDEN);
      const school = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
      await expect(getSchoolRoadmapProgress(actor, cycle.id, school.id), email).rejects.toThrow(FORBIDDEN);
    }
  });

  it("gives the administrator the coordinator's view of the current cycle", async () => {
    const cycle = await demoCycle();
    const actor = await as("admin@opora.demo");
    const page = await getDashboard(actor, cycle.id);
    expect(page.coordinator).toBe(true);
    expect(page.cycle?.municipality.name).toBe("г. Армавир (демо)");
    expect((await getCuratorCoverage(actor, cycle.id)).withCurator).toBe(6);
  });
});
