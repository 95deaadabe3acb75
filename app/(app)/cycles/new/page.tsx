import type { Metadata } from "next";
import { CycleForm } from "@/components/cycles/cycle-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { DEADLINE_FIELDS, defaultCycleTitle } from "@/lib/domain/cycles/deadlines";
import { listManagedMunicipalities } from "@/lib/features/cycles/queries";

export const metadata: Metadata = { title: "Открыть цикл" };

export default async function NewCyclePage() {
  const actor = await requireActor();
  const municipalities = await listManagedMunicipalities(actor);
  const year = new Date().getFullYear() + 1;
  const defaults = {
    year: String(year),
    title: defaultCycleTitle(municipalities[0]?.name ?? "", year),
    orderNumber: "",
    orderDate: "",
    tasks: "",
    ...(Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, ""])) as Record<(typeof DEADLINE_FIELDS)[number], string>),
  };
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title="Открыть цикл дорожной карты" description="Год, приказ об утверждении и сроки этапов. Списки школ и кураторов — после открытия." />
      <Card>
        <CycleForm municipalities={municipalities} defaults={defaults} />
      </Card>
    </div>
  );
}
