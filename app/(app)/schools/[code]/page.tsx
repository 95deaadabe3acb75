import type { Metadata } from "next";
import { SchoolCard } from "@/components/schools/school-card";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getSchoolCardOrNotFound } from "@/lib/features/schools/queries";

export const metadata: Metadata = { title: "Карточка школы" };

export default async function SchoolPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  const school = await getSchoolCardOrNotFound(actor, decodeURIComponent(code));
  return <SchoolCard school={school} canImport={can(actor, "import:run")} />;
}
