/**
 * Every REST API v1 endpoint × every demo role on the demo municipality:
 * 200 with exactly the caller's scope, or 403 / 404 as the permission table
 * and the scope say, with real values (seed 002 averages, paired schools,
 * event counts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/v1/me/route";
import { GET as cycles } from "@/app/api/v1/cycles/route";
import { GET as schools } from "@/app/api/v1/cycles/[cycleId]/schools/route";
import { GET as roadmap } from "@/app/api/v1/cycles/[cycleId]/schools/[code]/roadmap/route";
import { GET as monitor } from "@/app/api/v1/cycles/[cycleId]/monitor/route";
import { GET as summary } from "@/app/api/v1/cycles/[cycleId]/diagnostics/summary/route";
import { GET as report } from "@/app/api/v1/cycles/[cycleId]/report/route";
import { getDb } from "@/lib/db/client";
import { EVENT_TYPES } from "@/lib/domain/report/figures";
import { apiGet, demoCycleId, DEMO_EMAILS, DEMO_ROLES, tokenFor, type DemoRole } from "../support/api";
import { createTestMunicipality } from "../support/test-municipality";

const db = () => getDb();
const CURATOR_SCHOOLS = ["edu230101", "edu230102", "edu230105"];
const DEMO_SCHOOL = "edu230101";
const UNPAIRED_FOR_CURATOR = "edu230103";
const tokens = {} as Record<DemoRole, string>;
let cycleId = "";
let otherCycleId = "";

const denials = (action: string) => db().auditLog.count({ where: { action: "authz_denied", meta: { path: ["action"], equals: action } } });

beforeAll(async () => {
  cycleId = await demoCycleId();
  for (const role of DEMO_ROLES) tokens[role] = await tokenFor(DEMO_EMAILS[role]);
  const other = await createTestMunicipality();
  otherCycleId = (await db().cycle.create({ data: { municipalityId: other.municipality.id, year: 2025, title: "Дорожная карта другого города на 2025 год" } })).id;
});

/** Expected status per role (the permission table), for the endpoints below. */
const STATUS: Record<string, Record<DemoRole, number>> = {
  me: { admin: 200, coordinator: 200, curator: 200, school_admin: 200, teacher: 200, tutor: 200 },
  cycles: { admin: 200, coordinator: 200, curator: 200, school_admin: 200, teacher: 200, tutor: 200 },
  schools: { admin: 200, coordinator: 200, curator: 200, school_admin: 200, teacher: 403, tutor: 403 },
  roadmap: { admin: 200, coordinator: 200, curator: 200, school_admin: 200, teacher: 403, tutor: 403 },
  monitor: { admin: 200, coordinator: 200, curator: 403, school_admin: 403, teacher: 403, tutor: 403 },
  summary: { admin: 200, coordinator: 200, curator: 200, school_admin: 200, teacher: 200, tutor: 200 },
  report: { admin: 200, coordinator: 200, curator: 403, school_admin: 403, teacher: 403, tutor: 403 },
};

const calls = {
  me: (t: string) => apiGet(me, "/me", {}, t),
  cycles: (t: string) => apiGet(cycles, "/cycles", {}, t),
  schools: (t: string, id = cycleId) => apiGet(schools, `/cycles/${id}/schools`, { cycleId: id }, t),
  roadmap: (t: string, code = DEMO_SCHOOL, id = cycleId) => apiGet(roadmap, `/cycles/${id}/schools/${code}/roadmap`, { cycleId: id, code }, t),
  monitor: (t: string, id = cycleId) => apiGet(monitor, `/cycles/${id}/monitor`, { cycleId: id }, t),
  summary: (t: string, school?: string, id = cycleId) =>
    apiGet(summary, `/cycles/${id}/diagnostics/summary${school ? `?school=${school}` : ""}`, { cycleId: id }, t),
  report: (t: string, id = cycleId) => apiGet(report, `/cycles/${id}/report`, { cycleId: id }, t),
};

describe("status per endpoint and role", () => {
  for (const [endpoint, byRole] of Object.entries(STATUS)) {
    it(`${endpoint}: ${DEMO_ROLES.map((r) => `${r} ${byRole[r]}`).join(", ")}`, async () => {
      for (const role of DEMO_ROLES) {
        const response = await calls[endpoint as keyof typeof calls](tokens[role]);
        expect(response.status, `${endpoint} as ${role}: ${JSON.stringify(response.body)}`).toBe(byRole[role]);
        if (byRole[role] === 403) expect(response.body.error.code).toBe("FORBIDDEN");
      }
    });
  }
});

describe("GET /me", () => {
  it("gives each role its own account and roles", async () => {
    for (const role of DEMO_ROLES) {
      const { body } = await calls.me(tokens[role]);
      expect(body.email).toBe(DEMO_EMAILS[role]);
      expect(body.roles).toEqual([role]);
    }
    const { body } = await calls.me(tokens.school_admin);
    expect(body.grants).toEqual([{ role: "school_admin", municipalityId: expect.any(String), schoolCode: DEMO_SCHOOL }]);
  });
});

describe("GET /cycles", () => {
  it("lists the municipality's cycles to its members and every cycle to the administrator", async () => {
    const coordinator = (await calls.cycles(tokens.coordinator)).body as Array<{ id: string; year: number; title: string; status: string }>;
    expect(coordinator).toContainEqual({ id: cycleId, year: 2025, title: expect.any(String), status: expect.any(String) });
    expect(coordinator.map((c) => c.id)).not.toContain(otherCycleId);
    const demoMunicipality = await db().cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { municipalityId: true } });
    expect(coordinator.map((c) => c.id).sort()).toEqual(
      (await db().cycle.findMany({ where: { municipalityId: demoMunicipality.municipalityId }, select: { id: true } })).map((c) => c.id).sort(),
    );
    for (const role of ["curator", "teacher", "tutor"] as const) {
      expect(((await calls.cycles(tokens[role])).body as { id: string }[]).map((c) => c.id).sort(), role).toEqual(coordinator.map((c) => c.id).sort());
    }
    expect(((await calls.cycles(tokens.admin)).body as { id: string }[]).map((c) => c.id)).toEqual(expect.arrayContaining([cycleId, otherCycleId]));
  });
});

describe("GET /cycles/{cycleId}/schools", () => {
  const codes = (body: Array<{ code: string }>) => body.map((s) => s.code).sort();

  it("gives the curator exactly their paired schools, with themselves as curator", async () => {
    const { body } = await calls.schools(tokens.curator);
    expect(codes(body)).toEqual(CURATOR_SCHOOLS);
    for (const school of body) expect(school.curator).toEqual({ email: "curator@opora.demo", name: expect.any(String) });
    expect(body.find((s: { code: string }) => s.code === DEMO_SCHOOL)).toMatchObject({ categories: ["shnor", "p500"], name: expect.stringContaining("21") });
  });

  it("gives the coordinator every school of the cycle and the school admin their own", async () => {
    const expected = (await db().cycleSchool.findMany({ where: { cycleId }, select: { school: { select: { code: true } } } })).map((r) => r.school.code).sort();
    expect(codes((await calls.schools(tokens.coordinator)).body)).toEqual(expected);
    expect(codes((await calls.schools(tokens.admin)).body)).toEqual(expected);
    expect(codes((await calls.schools(tokens.school_admin)).body)).toEqual([DEMO_SCHOOL]);
    const unpaired = ((await calls.schools(tokens.coordinator)).body as Array<{ code: string; curator: unknown }>).find((s) => s.code === "edu230107");
    expect(unpaired?.curator).toBeNull();
  });

  it("is 404 (audited) for another municipality's cycle", async () => {
    const before = await denials("api.cycles.schools");
    const response = await calls.schools(tokens.coordinator, otherCycleId);
    expect(response.status).toBe(404);
    expect(await denials("api.cycles.schools")).toBe(before + 1);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied" }, orderBy: { id: "desc" } });
    expect(audit.meta).toMatchObject({ action: "api.cycles.schools", code: "NOT_FOUND", details: { entityType: "Cycle", entityId: otherCycleId } });
  });
});

describe("GET /cycles/{cycleId}/schools/{code}/roadmap", () => {
  it("gives the sections of the demo school with counters equal to a direct count", async () => {
    const { status, body } = await calls.roadmap(tokens.curator);
    expect(status).toBe(200);
    expect(body.school).toMatchObject({ code: DEMO_SCHOOL });
    const keys = body.sections.map((s: { key: string }) => s.key);
    expect(keys.slice(0, 2)).toEqual(["diagnosis", "development"]);
    expect(keys.length).toBeGreaterThan(2);
    for (const s of body.sections.slice(0, 2)) expect(s).toMatchObject({ riskFactorCode: null, significance: null, required: true });
    for (const s of body.sections.slice(2)) {
      expect(s.key).toBe(`factor-${s.riskFactorCode}`);
      if (s.significance === "high") expect(s.required).toBe(true);
    }
    const high = await db().riskFactorAssessment.findMany({
      where: { significance: "high", profile: { cycleSchool: { cycleId, school: { code: DEMO_SCHOOL } } } },
      select: { factor: { select: { code: true } } },
    });
    expect(high.length).toBeGreaterThan(0);
    for (const { factor } of high) expect(body.sections.find((s: { riskFactorCode: number }) => s.riskFactorCode === factor.code)).toMatchObject({ significance: "high", required: true });

    const measures = await db().measure.findMany({ where: { document: { cycleSchool: { cycleId, school: { code: DEMO_SCHOOL } } } }, select: { status: true } });
    const sum = (key: string) => body.sections.reduce((n: number, s: { counters: Record<string, number> }) => n + s.counters[key], 0);
    expect(sum("done")).toBe(measures.filter((m) => m.status === "done" || m.status === "confirmed").length);
    expect(sum("planned")).toBe(measures.filter((m) => m.status === "planned").length);
    expect(sum("planned") + sum("inProgress") + sum("done") + sum("notDone") + sum("needsRevision")).toBe(measures.length);
  });

  it("is the same roadmap for the coordinator, the administrator and the school admin", async () => {
    const curator = (await calls.roadmap(tokens.curator)).body;
    for (const role of ["coordinator", "admin", "school_admin"] as const) expect((await calls.roadmap(tokens[role])).body, role).toEqual(curator);
  });

  it("is 404 (audited) for a school not paired with the curator and for another school of the school admin", async () => {
    const before = await denials("api.roadmap.read");
    expect((await calls.roadmap(tokens.curator, UNPAIRED_FOR_CURATOR)).status).toBe(404);
    expect((await calls.roadmap(tokens.school_admin, "edu230102")).status).toBe(404);
    expect((await calls.roadmap(tokens.coordinator, DEMO_SCHOOL, otherCycleId)).status).toBe(404);
    expect(await denials("api.roadmap.read")).toBe(before + 3);
  });

  it("is 422 for a malformed school code", async () => {
    const response = await calls.roadmap(tokens.coordinator, "edu 230101");
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.details.params)).toEqual(["code"]);
  });
});

describe("GET /cycles/{cycleId}/monitor", () => {
  it("has one row per school with counters and documents equal to a direct count", async () => {
    const { body } = await calls.monitor(tokens.coordinator);
    expect(body.map((r: { code: string }) => r.code).sort()).toEqual(
      (await db().cycleSchool.findMany({ where: { cycleId }, select: { school: { select: { code: true } } } })).map((r) => r.school.code).sort(),
    );
    const demo = body.find((r: { code: string }) => r.code === DEMO_SCHOOL);
    const where = { cycleSchool: { cycleId, school: { code: DEMO_SCHOOL } } };
    expect(demo.documents).toEqual({
      confirmed: await db().programDocument.count({ where: { ...where, status: "confirmed" } }),
      total: await db().programDocument.count({ where }),
    });
    expect(demo.counters.done).toBe(await db().measure.count({ where: { document: where, status: { in: ["done", "confirmed"] } } }));
    expect(["green", "yellow", "red"]).toContain(demo.zone);
    expect((await calls.monitor(tokens.admin)).body).toEqual(body);
  });

  it("is 404 for another municipality's cycle", async () => {
    expect((await calls.monitor(tokens.coordinator, otherCycleId)).status).toBe(404);
  });
});

describe("GET /cycles/{cycleId}/diagnostics/summary", () => {
  const SEED_002 = {
    subject: { entryAvg: 69, repeatAvg: 82.2 },
    methodological: { entryAvg: 56.2, repeatAvg: 82.7, delta: 26.5 },
    digital: { entryAvg: 71, repeatAvg: 85 },
    communicative: { entryAvg: 77, repeatAvg: 80.8 },
    psychological: { entryAvg: 81.7, repeatAvg: 81.3 },
  };

  it("gives the demo school the averages of seed 002 (69→82, 56→83, 71→85, 77→81, 82→81)", async () => {
    for (const role of ["school_admin", "coordinator", "curator", "admin"] as const) {
      const { status, body } = await calls.summary(tokens[role], DEMO_SCHOOL);
      expect(status, role).toBe(200);
      expect(body.teachers, role).toBe(6);
      expect(body.competencies.map((c: { key: string }) => c.key)).toEqual(["subject", "methodological", "digital", "communicative", "psychological"]);
      for (const c of body.competencies) expect(c, `${role} ${c.key}`).toMatchObject(SEED_002[c.key as keyof typeof SEED_002]);
      const whole = (k: "entryAvg" | "repeatAvg") => body.competencies.map((c: Record<string, number>) => Math.round(c[k]));
      expect(whole("entryAvg")).toEqual([69, 56, 71, 77, 82]);
      expect(whole("repeatAvg")).toEqual([82, 83, 85, 81, 81]);
    }
  });

  it("without a school covers the caller's scope: the school admin's school, the teacher alone", async () => {
    expect((await calls.summary(tokens.school_admin)).body).toEqual((await calls.summary(tokens.school_admin, DEMO_SCHOOL)).body);
    const teacher = (await calls.summary(tokens.teacher)).body;
    expect(teacher.teachers).toBe(1);
    const tutor = (await calls.summary(tokens.tutor)).body;
    const tutees = await db().competencyDiagnostic.findMany({
      where: { cycleId, teacher: { tuteeAssignments: { some: { tutor: { email: DEMO_EMAILS.tutor }, active: true } } } },
      distinct: ["teacherId"],
      select: { teacherId: true },
    });
    expect(tutees.length).toBeGreaterThanOrEqual(1);
    expect(tutor.teachers).toBe(tutees.length);
  });

  it("is 404 (audited) for a school outside the scope", async () => {
    const before = await denials("api.diagnostics.summary");
    expect((await calls.summary(tokens.curator, UNPAIRED_FOR_CURATOR)).status).toBe(404);
    expect((await calls.summary(tokens.school_admin, "edu230102")).status).toBe(404);
    expect((await calls.summary(tokens.coordinator, "no-such-school")).status).toBe(404);
    expect(await denials("api.diagnostics.summary")).toBe(before + 3);
  });
});

describe("GET /cycles/{cycleId}/report", () => {
  it("counts the cycle's events by every type, and its schools, measures and consultations", async () => {
    const { status, body } = await calls.report(tokens.coordinator);
    expect(status).toBe(200);
    const cycle = await db().cycle.findUniqueOrThrow({ where: { id: cycleId } });
    const events = await db().supportEvent.findMany({
      where: { OR: [{ cycleId }, { cycleId: null, municipalityId: cycle.municipalityId, date: { gte: new Date("2025-01-01"), lte: new Date("2025-12-31") } }] },
      select: { type: true },
    });
    expect(Object.keys(body.events.byType)).toEqual([...EVENT_TYPES]);
    for (const type of EVENT_TYPES) expect(body.events.byType[type], type).toBe(events.filter((e) => e.type === type).length);
    expect(body.events.total).toBe(events.length);
    // The seed's МНЦ events of 2025: 4 seminars, 3 webinars, 2 videoconferences, none of training.
    expect(body.events.byType.seminar).toBeGreaterThanOrEqual(4);
    expect(body.events.byType.webinar).toBeGreaterThanOrEqual(3);
    expect(body.events.byType.videoconference).toBeGreaterThanOrEqual(2);
    expect(body.events.total).toBeGreaterThanOrEqual(12);

    expect(body.schools.total).toBe(await db().cycleSchool.count({ where: { cycleId } }));
    expect(body.schools.byCategory.shnor).toBe(await db().cycleSchool.count({ where: { cycleId, categories: { has: "shnor" } } }));
    expect(body.measures.total).toBe(await db().measure.count({ where: { document: { cycleSchool: { cycleId } } } }));
    // Like the events: linked to the cycle, or unlinked and held in its year (an import may add such rows).
    const consultations = await db().consultation.count({
      where: { OR: [{ cycleId }, { cycleId: null, municipalityId: cycle.municipalityId, date: { gte: new Date("2025-01-01"), lte: new Date("2025-12-31") } }] },
    });
    expect(body.consultations.total).toBe(consultations);
    expect(Object.values(body.consultations.byModule as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(consultations);
    expect(body.consultations.bySubject.reduce((n: number, s: { count: number }) => n + s.count, 0)).toBe(consultations);
    expect((await calls.report(tokens.admin)).body).toEqual(body);
  });

  it("is zero for every type in a cycle without events, and 404 for the coordinator of another municipality", async () => {
    const admin = await calls.report(tokens.admin, otherCycleId);
    expect(admin.body.events).toEqual({ total: 0, participants: 0, byType: Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) });
    expect((await calls.report(tokens.coordinator, otherCycleId)).status).toBe(404);
  });
});
