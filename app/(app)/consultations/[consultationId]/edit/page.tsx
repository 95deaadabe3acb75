import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getConsultationFormOptions, getConsultationOrNotFound } from "@/lib/features/consultations/queries";

export const metadata: Metadata = { title: "Изменение консультации" };

export default async function EditConsultationPage({ params }: { params: Promise<{ consultationId: string }> }) {
  const { consultationId } = await params;
  const actor = await requireActor();
  const options = await getConsultationFormOptions(actor);
  const c = await getConsultationOrNotFound(actor, consultationId);
  // Only the author edits (the action checks the same).
  if (c.tutorId !== actor.userId) notFound();
  return (
    <div>
      <PageHeader title="Изменение консультации" description={`${c.teacher.name} · ${c.subject.name}`} />
      <ConsultationForm
        options={options}
        consultation={{
          id: c.id,
          version: c.version,
          teacherId: c.teacherId,
          date: c.date.toISOString().slice(0, 10),
          subjectId: c.subjectId,
          module: c.module,
          form: c.form,
          functions: c.functions,
          projectId: c.projectId,
          notes: c.notes,
          nextSteps: c.nextSteps,
        }}
      />
    </div>
  );
}
