/**
 * Who answers which survey. The municipality scope comes from
 * `scope.survey`; on top of it a survey is addressed to one audience:
 * «руководители школ» → the school_admin role, «педагоги» → the teacher role,
 * per grant (a teacher of municipality A sees the teachers' surveys of A).
 * A survey addressed to someone else is out of scope for them: 404, audited.
 */
import type { Actor } from "@/lib/auth/actor";
import { grantsFor } from "@/lib/auth/actor";
import { NONE, scope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/db/generated/client";
import type { Role, SurveyAudience } from "@/lib/db/generated/enums";

export const AUDIENCE_ROLE = { school_leaders: "school_admin", teachers: "teacher" } as const satisfies Record<SurveyAudience, Role>;

/** Surveys the actor is a respondent of (any status). */
export function respondentSurveyWhere(actor: Actor): Prisma.SurveyWhereInput {
  const clauses: Prisma.SurveyWhereInput[] = [];
  for (const grant of grantsFor(actor, "survey:answer")) {
    const audience = (Object.keys(AUDIENCE_ROLE) as SurveyAudience[]).find((a) => AUDIENCE_ROLE[a] === grant.role);
    if (audience && grant.municipalityId) clauses.push({ municipalityId: grant.municipalityId, audience });
  }
  if (clauses.length === 0) return NONE;
  return { AND: [scope.survey(actor, "survey:answer"), { status: { not: "draft" } }, clauses.length === 1 ? clauses[0] : { OR: clauses }] };
}

/** Surveys the actor manages (the coordinator's municipality). */
export function managedSurveyWhere(actor: Actor): Prisma.SurveyWhereInput {
  return scope.survey(actor, "survey:manage");
}
