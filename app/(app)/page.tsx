import type { Metadata } from "next";
import { AdminHome } from "@/components/home/admin-home";
import { CoordinatorHome } from "@/components/home/coordinator-home";
import { CuratorHome } from "@/components/home/curator-home";
import { SchoolAdminHome } from "@/components/home/school-admin-home";
import { TeacherHome } from "@/components/home/teacher-home";
import { TutorHome } from "@/components/home/tutor-home";
import { OpenSurveys } from "@/components/home/open-surveys";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getCurrentCycle } from "@/lib/features/cycles/queries";

export const metadata: Metadata = { title: "Главная" };

/** Home by role: one section per role the person holds, each showing their real scope. */
export default async function HomePage() {
  const actor = await requireActor();
  const cycle = await getCurrentCycle(actor);
  const schoolGrants = actor.roles.filter((r) => r.role === "school_admin" && r.schoolId);
  const noCycle = <EmptyState title="Цикл дорожной карты ещё не открыт">Его открывает муниципальный координатор.</EmptyState>;

  return (
    <div className="space-y-8">
      <PageHeader title={`Здравствуйте, ${actor.name}`} description={cycle ? cycle.title : undefined} />
      <OpenSurveys actor={actor} />
      {hasRole(actor, "admin") ? <AdminHome actor={actor} /> : null}
      {hasRole(actor, "coordinator") ? cycle ? <CoordinatorHome actor={actor} cycle={cycle} /> : noCycle : null}
      {hasRole(actor, "curator") ? cycle ? <CuratorHome actor={actor} cycle={cycle} /> : noCycle : null}
      {schoolGrants.map((grant) => (
        <SchoolAdminHome key={grant.schoolId} actor={actor} schoolId={grant.schoolId!} cycle={cycle} />
      ))}
      {hasRole(actor, "teacher") ? <TeacherHome actor={actor} cycle={cycle} /> : null}
      {hasRole(actor, "tutor") ? <TutorHome actor={actor} /> : null}
    </div>
  );
}
