import type { Metadata } from "next";
import { RiskProfileView } from "@/components/risk-profile/risk-profile-view";
import { requireActor } from "@/lib/auth/session";
import { getRiskProfilePage } from "@/lib/features/risk-profile/queries";

export const metadata: Metadata = { title: "Рисковый профиль" };

export default async function DiagnosisPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ cycle?: string | string[] }>;
}) {
  const [{ code }, { cycle }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const page = await getRiskProfilePage(actor, decodeURIComponent(code), typeof cycle === "string" && cycle ? cycle : undefined);
  return <RiskProfileView page={page} />;
}
