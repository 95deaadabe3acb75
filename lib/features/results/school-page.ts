/**
 * The school's «Результаты» tab: its results against the municipality, its
 * contingent and its early warning, through the school's `exam_result:read`
 * scope — 403 without the permission, 404 for another school. `canImport`
 * and `canCorrect` only choose the links to the import «Контингент» and to
 * the correction form (which check their permissions themselves).
 */
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { groupWarnings } from "@/lib/domain/results/warning-groups";
import { isAppError } from "@/lib/errors";
import { getSchoolResultsOrThrow } from "./queries";

export async function getSchoolResultsPageOrNotFound(actor: Actor, code: string, asOf?: number) {
  if (!can(actor, "exam_result:read")) forbidden();
  try {
    let data = await getSchoolResultsOrThrow(actor, code, asOf);
    // An as-of year without results falls back to the latest one with them.
    if (asOf !== undefined && !data.years.includes(asOf)) data = await getSchoolResultsOrThrow(actor, code);
    return { ...data, groups: groupWarnings(data.warnings), canImport: can(actor, "import:run"), canCorrect: can(actor, "exam_result:write") };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export type SchoolResultsPage = Awaited<ReturnType<typeof getSchoolResultsPageOrNotFound>>;
