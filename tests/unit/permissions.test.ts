import { describe, expect, it } from "vitest";
import { assertCan, can, grantsFor, type Actor } from "@/lib/auth/actor";
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, roleHasPermission, type Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

/**
 * The expected matrix, written out independently of the table: a change to
 * who may do what must change this test too.
 */
const EXPECTED: Record<Permission, readonly (typeof ROLES)[number][]> = {
  "municipality:read": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
  "municipality:manage": ["admin", "coordinator"],
  "school:read": ["admin", "coordinator", "curator", "school_admin"],
  "school:manage": ["admin", "coordinator"],
  "cycle:read": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
  "cycle:manage": ["admin", "coordinator"],
  "pairing:manage": ["admin", "coordinator"],
  "risk_profile:read": ["admin", "coordinator", "curator", "school_admin"],
  "risk_profile:fill": ["admin", "school_admin"],
  "risk_profile:confirm": ["admin", "curator"],
  "document:read": ["admin", "coordinator", "curator", "school_admin"],
  "document:write": ["admin", "school_admin"],
  "document:review": ["admin", "curator"],
  "mutual_review:write": ["admin", "school_admin"],
  "measure:read": ["admin", "coordinator", "curator", "school_admin"],
  "measure:update": ["admin", "school_admin"],
  "measure:confirm": ["admin", "curator"],
  "monitor:read": ["admin", "coordinator"],
  "event:read": ["admin", "coordinator", "curator", "school_admin"],
  "event:manage": ["admin", "coordinator"],
  "consultation:read": ["admin", "coordinator", "school_admin", "teacher", "tutor"],
  "consultation:write": ["admin", "tutor"],
  "diagnostic:read": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
  "diagnostic:write": ["admin", "coordinator", "school_admin"],
  "iom:read": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
  "iom:write": ["admin", "teacher", "tutor"],
  "iom:approve": ["admin", "school_admin"],
  "survey:read": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
  "survey:manage": ["admin", "coordinator"],
  "survey:answer": ["admin", "curator", "school_admin", "teacher", "tutor"],
  "practice:read": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
  "practice:submit": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
  "practice:moderate": ["admin", "coordinator"],
  "exam_result:read": ["admin", "coordinator", "curator", "school_admin"],
  "exam_result:write": ["admin", "coordinator"],
  "report:read": ["admin", "coordinator"],
  "report:manage": ["admin", "coordinator"],
  "dashboard:read": ["admin", "coordinator", "curator", "school_admin"],
  "user:read": ["admin", "coordinator", "curator", "school_admin", "tutor"],
  "user:manage": ["admin"],
  "catalog:manage": ["admin"],
  "audit:read": ["admin"],
  "import:run": ["admin", "coordinator"],
  "profile:own": ["admin", "coordinator", "curator", "school_admin", "teacher", "tutor"],
};

const actor = (...roles: Actor["roles"]): Actor => ({ userId: "u1", email: "u@x", name: "U", roles, via: "session" });

describe("permission table", () => {
  it("covers every role", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });

  it("lists only known permissions, without duplicates", () => {
    for (const role of ROLES) {
      const perms = ROLE_PERMISSIONS[role] as readonly string[];
      expect(new Set(perms).size, role).toBe(perms.length);
      for (const p of perms) expect(PERMISSIONS, `${role}: ${p}`).toContain(p);
    }
  });

  it.each(PERMISSIONS.flatMap((p) => ROLES.map((r) => [p, r] as const)))("%s × %s matches the expected matrix", (permission, role) => {
    expect(roleHasPermission(role, permission)).toBe(EXPECTED[permission].includes(role));
  });

  it("the administrator may do everything", () => {
    for (const p of PERMISSIONS) expect(roleHasPermission("admin", p)).toBe(true);
  });
});

describe("can / assertCan / grantsFor", () => {
  it("unions the grants of several roles", () => {
    const both = actor(
      { role: "teacher", municipalityId: "m", schoolId: "s1" },
      { role: "curator", municipalityId: "m", schoolId: null },
    );
    expect(can(both, "measure:confirm")).toBe(true);
    expect(grantsFor(both, "measure:confirm").map((g) => g.role)).toEqual(["curator"]);
    expect(grantsFor(both, "iom:write").map((g) => g.role)).toEqual(["teacher"]);
  });

  it("throws a FORBIDDEN AppError that is audited as a denial", () => {
    const teacher = actor({ role: "teacher", municipalityId: "m", schoolId: "s1" });
    try {
      assertCan(teacher, "user:manage");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect((error as AppError).status).toBe(403);
      expect((error as AppError).denied).toBe(true);
    }
  });

  it("a person without roles can do nothing", () => {
    for (const p of PERMISSIONS) expect(can(actor(), p)).toBe(false);
  });
});
