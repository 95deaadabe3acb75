/**
 * Which anti-risk programmes a school must write: one per factor of its
 * confirmed risk profile that needs one (isProgramRequired: «высокая», or
 * «средняя» marked by the curator). A profile that is
 * not confirmed yet requires nothing. Pure: no I/O.
 */
import type { RiskProfileStatus, Significance } from "@/lib/db/generated/enums";
import { isProgramRequired } from "@/lib/domain/risk/significance";

export type ProfileForRequirements = {
  status: RiskProfileStatus;
  factors: ReadonlyArray<{ factorId: string; significance: Significance; programRequired: boolean }>;
} | null;

export function requiredAntiRiskFactorIds(profile: ProfileForRequirements): string[] {
  if (!profile || profile.status !== "confirmed") return [];
  return profile.factors.filter((f) => isProgramRequired(f.significance, f.programRequired)).map((f) => f.factorId);
}
