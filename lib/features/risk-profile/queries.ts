import "server-only";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { assessFactors } from "@/lib/domain/risk/indicator-value";
import { isProgramRequired } from "@/lib/domain/risk/significance";
import { availableEvents, riskProfileMachine } from "@/lib/domain/workflow";
import { getCycleSchoolOrNotFound } from "@/lib/features/schools/cycle-school";
import { loadCatalogue, loadSignificanceRule, resolveCatalogYear } from "./catalogue";

/**
 * The diagnosis page of a school in a cycle: the catalogue, the profile (if
 * any), the rule, and what the actor may do. Teachers and tutors lack
 * `risk_profile:read` → 403; a school outside the scope → 404.
 */
export async function getRiskProfilePage(actor: Actor, code: string, cycleId?: string) {
  const cs = await getCycleSchoolOrNotFound(actor, code, "risk_profile:read", cycleId);
  const db = getDb();
  const profile = await db.riskProfile.findFirst({
    where: { AND: [scope.riskProfile(actor, "risk_profile:read"), { cycleSchoolId: cs.id }] },
    select: {
      id: true,
      status: true,
      version: true,
      catalogYear: true,
      submittedAt: true,
      confirmedAt: true,
      returnComment: true,
      confirmedBy: { select: { name: true } },
      values: { select: { indicatorId: true, value: true } },
      factors: {
        select: { id: true, factorId: true, suggested: true, significance: true, overrideReason: true, programRequired: true, version: true },
      },
    },
  });
  const catalogYear = profile?.catalogYear ?? (await resolveCatalogYear(db, cs.cycle.year));
  const [catalogue, rule, pairing] = await Promise.all([
    catalogYear === null ? Promise.resolve([]) : loadCatalogue(db, catalogYear),
    loadSignificanceRule(db),
    db.curatorPairing.findFirst({ where: { cycleSchoolId: cs.id, active: true }, select: { curator: { select: { name: true } } } }),
  ]);

  const values: Record<string, number | null> = Object.fromEntries(
    (profile?.values ?? []).map((v) => [v.indicatorId, v.value === null ? null : v.value.toNumber()]),
  );
  const live = assessFactors(catalogue, values, rule);
  const stored = new Map((profile?.factors ?? []).map((a) => [a.factorId, a]));
  const status = profile?.status ?? "draft";
  const events = availableEvents(riskProfileMachine, status);

  const factors = catalogue.map((factor, i) => {
    const assessment = stored.get(factor.id) ?? null;
    const liveAssessment = live[i]!;
    // In a draft the suggestion follows the values; after submission, the stored assessment is in force.
    const useStored = assessment !== null && status !== "draft" && status !== "returned";
    const significance = useStored ? assessment.significance : liveAssessment.suggested;
    return {
      ...factor,
      flags: liveAssessment.flags,
      flaggedCount: liveAssessment.flaggedCount,
      suggested: useStored ? assessment.suggested : liveAssessment.suggested,
      significance,
      overrideReason: useStored ? assessment.overrideReason : null,
      programRequired: isProgramRequired(significance, useStored ? assessment.programRequired : false),
      assessment: useStored ? assessment : null,
    };
  });

  return {
    cycleSchool: cs,
    catalogYear,
    rule,
    curatorName: pairing?.curator.name ?? null,
    profile,
    status,
    values,
    factors,
    canFill: can(actor, "risk_profile:fill") && (status === "draft" || status === "returned"),
    canSubmit: can(actor, "risk_profile:fill") && profile !== null && events.includes("submit"),
    canReview: can(actor, "risk_profile:confirm") && profile !== null && status === "submitted",
  };
}

export type RiskProfilePage = Awaited<ReturnType<typeof getRiskProfilePage>>;
export type RiskProfilePageFactor = RiskProfilePage["factors"][number];
