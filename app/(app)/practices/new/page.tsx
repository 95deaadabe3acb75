import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { PracticeForm } from "@/components/practices/practice-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Подать практику" };

export default async function NewPracticePage() {
  const actor = await requireActor();
  if (!can(actor, "practice:submit")) forbidden();
  return (
    <div className="max-w-3xl">
      <PageHeader title="Подать практику" description="Координатор рассмотрит практику и может рекомендовать её на муниципальную конференцию или в РАОП." />
      <PracticeForm initial={{ title: "", authors: "", organization: "", level: "", theme: "", description: "" }} />
    </div>
  );
}
