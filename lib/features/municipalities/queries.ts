import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";

const MANAGE = "municipality:manage" as const;

export const letterheadSelect = {
  id: true,
  code: true,
  name: true,
  region: true,
  centerName: true,
  centerAddress: true,
  centerPhone: true,
  directorName: true,
  version: true,
  updatedAt: true,
} as const;

/** The municipalities whose letterhead the actor may edit: every one for the administrator, their own for a coordinator. */
export async function listManagedMunicipalities(actor: Actor) {
  if (!can(actor, MANAGE)) forbidden();
  return getDb().municipality.findMany({ where: scope.municipality(actor, MANAGE), orderBy: [{ name: "asc" }, { id: "asc" }], select: letterheadSelect });
}

/** How many municipalities the actor may edit (the edit page links back to the list only when there are several). */
export async function countManagedMunicipalities(actor: Actor): Promise<number> {
  return can(actor, MANAGE) ? getDb().municipality.count({ where: scope.municipality(actor, MANAGE) }) : 0;
}

/** One municipality's letterhead for the edit page: 403 without the permission, 404 outside the scope. */
export async function getLetterheadOrNotFound(actor: Actor, code: string) {
  if (!can(actor, MANAGE)) forbidden();
  const municipality = await getDb().municipality.findFirst({ where: { AND: [scope.municipality(actor, MANAGE), { code }] }, select: letterheadSelect });
  if (!municipality) notFound();
  return municipality;
}
