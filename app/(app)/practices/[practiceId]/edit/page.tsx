import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PracticeForm } from "@/components/practices/practice-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getPracticeOrNotFound } from "@/lib/features/practices/queries";

export const metadata: Metadata = { title: "Изменение практики" };

export default async function EditPracticePage({ params }: { params: Promise<{ practiceId: string }> }) {
  const actor = await requireActor();
  const practice = await getPracticeOrNotFound(actor, (await params).practiceId);
  if (!practice.canEdit) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader title="Изменение практики" description={practice.title} />
      <PracticeForm
        initial={{
          practiceId: practice.id,
          version: practice.version,
          title: practice.title,
          authors: practice.authors,
          organization: practice.organization,
          level: practice.level,
          theme: practice.theme,
          description: practice.description,
        }}
      />
    </div>
  );
}
