import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { NONE, scope, type ScopedEntity } from "@/lib/auth/scope";

const make = (...roles: Actor["roles"]): Actor => ({ userId: "me", email: "me@x", name: "Me", roles, via: "session" });
const admin = make({ role: "admin", municipalityId: null, schoolId: null });
const coordinator = make({ role: "coordinator", municipalityId: "m1", schoolId: null });
const curator = make({ role: "curator", municipalityId: "m1", schoolId: null });
const schoolAdmin = make({ role: "school_admin", municipalityId: "m1", schoolId: "s1" });
const teacher = make({ role: "teacher", municipalityId: "m1", schoolId: "s1" });
const tutor = make({ role: "tutor", municipalityId: "m1", schoolId: null });

describe("scope builders", () => {
  it("give the administrator everything", () => {
    for (const entity of Object.keys(scope) as ScopedEntity[]) {
      expect(scope[entity](admin, "profile:own"), entity).toEqual({});
    }
  });

  it("match nothing without the permission", () => {
    expect(scope.school(teacher, "school:read")).toEqual(NONE);
    expect(scope.consultation(curator, "consultation:read")).toEqual(NONE);
    expect(scope.report(schoolAdmin, "report:read")).toEqual(NONE);
    expect(scope.municipality(curator, "municipality:manage")).toEqual(NONE);
  });

  it("limit a coordinator to their municipality", () => {
    expect(scope.school(coordinator, "school:read")).toEqual({ municipalityId: "m1" });
    expect(scope.municipality(coordinator, "municipality:manage")).toEqual({ id: "m1" });
    expect(scope.cycleSchool(coordinator, "school:read")).toEqual({ cycle: { municipalityId: "m1" } });
    expect(scope.document(coordinator, "document:read")).toEqual({ cycleSchool: { cycle: { municipalityId: "m1" } } });
  });

  it("limit a curator to active pairings with them", () => {
    const paired = { pairings: { some: { curatorId: "me", active: true } } };
    expect(scope.school(curator, "school:read")).toEqual({ cycleSchools: { some: paired } });
    expect(scope.measure(curator, "measure:confirm")).toEqual({ document: { cycleSchool: paired } });
    expect(scope.riskProfile(curator, "risk_profile:confirm")).toEqual({ cycleSchool: paired });
  });

  it("limit a school team to its school and a teacher to themselves", () => {
    expect(scope.school(schoolAdmin, "school:read")).toEqual({ id: "s1" });
    expect(scope.iom(schoolAdmin, "iom:approve")).toEqual({ schoolId: "s1" });
    expect(scope.iom(teacher, "iom:write")).toEqual({ teacherId: "me" });
    expect(scope.diagnostic(teacher, "diagnostic:read")).toEqual({ teacherId: "me" });
  });

  it("limit a tutor to assigned teachers", () => {
    const tutee = { tuteeAssignments: { some: { tutorId: "me", active: true } } };
    expect(scope.diagnostic(tutor, "diagnostic:read")).toEqual({ teacher: tutee });
    expect(scope.user(tutor, "user:read")).toEqual({ OR: [{ id: "me" }, tutee] });
  });

  it("unite several roles, each only for the permissions it carries", () => {
    const both = make({ role: "teacher", municipalityId: "m1", schoolId: "s2" }, { role: "curator", municipalityId: "m1", schoolId: null });
    // Reading diagnostics: own (teacher) or paired schools (curator).
    expect(scope.diagnostic(both, "diagnostic:read")).toEqual({
      OR: [{ teacherId: "me" }, { school: { cycleSchools: { some: { pairings: { some: { curatorId: "me", active: true } } } } } }],
    });
    // Confirming measures is the curator's alone.
    expect(scope.measure(both, "measure:confirm")).toEqual({
      document: { cycleSchool: { pairings: { some: { curatorId: "me", active: true } } } },
    });
  });

  it("keep notifications and tokens private to their owner, even for a coordinator", () => {
    expect(scope.notification(coordinator, "profile:own")).toEqual({ userId: "me" });
    expect(scope.apiToken(curator, "profile:own")).toEqual({ userId: "me" });
  });
});
