/**
 * The signed-in person as the server sees them: id and scoped roles, loaded
 * from the database on every request (never trusted from the session token).
 */
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { roleHasPermission, type Permission } from "./permissions";

export type RoleGrant = {
  role: Role;
  /** Null only for `admin`. */
  municipalityId: string | null;
  /** Set for `school_admin` and `teacher`. */
  schoolId: string | null;
};

export type Actor = {
  userId: string;
  email: string;
  name: string;
  roles: RoleGrant[];
  /** How the request was authenticated. */
  via: "session" | "token";
};

/** The role grants of `actor` that carry `permission`. */
export function grantsFor(actor: Actor, permission: Permission): RoleGrant[] {
  return actor.roles.filter((grant) => roleHasPermission(grant.role, permission));
}

export function can(actor: Actor, permission: Permission): boolean {
  return grantsFor(actor, permission).length > 0;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", undefined, { details: { permission } });
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.some((grant) => grant.role === role);
}

/** The role shown in the audit log: the first grant that carries the permission. */
export function primaryRole(actor: Actor, permission?: Permission): Role | null {
  const grants = permission ? grantsFor(actor, permission) : actor.roles;
  return grants[0]?.role ?? actor.roles[0]?.role ?? null;
}
