import type { Metadata } from "next";
import { CoordinatorDashboard } from "@/components/dashboard/coordinator-dashboard";
import { CuratorDashboard } from "@/components/dashboard/curator-dashboard";
import { CyclePicker } from "@/components/dashboard/cycle-picker";
import { SchoolDashboard } from "@/components/dashboard/school-dashboard";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDashboard } from "@/lib/features/dashboard/queries";
import { dashboardQuerySchema } from "@/lib/features/dashboard/schemas";

export const metadata: Metadata = { title: "Показатели" };

/** «Показатели»: one section per role the person holds, for the chosen cycle; each figure streams in on its own. */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = dashboardQuerySchema.parse(await searchParams);
  const actor = await requireActor();
  const { cycles, cycle, coordinator, curator, schools } = await getDashboard(actor, query.cycle);
  if (!cycle) {
    return (
      <div className="space-y-6">
        <PageHeader title="Показатели" />
        <EmptyState title="Цикл дорожной карты ещё не открыт">Показатели появятся, когда муниципальный координатор откроет цикл.</EmptyState>
      </div>
    );
  }
  return (
    <div className="space-y-8">
      <PageHeader title="Показатели" description={cycle.title} actions={<CyclePicker cycles={cycles} current={cycle} />} />
      {coordinator ? <CoordinatorDashboard actor={actor} cycle={cycle} /> : null}
      {curator ? <CuratorDashboard actor={actor} cycle={cycle} /> : null}
      {schools.map((school) => (
        <SchoolDashboard key={school.id} actor={actor} cycle={cycle} school={school} />
      ))}
    </div>
  );
}
