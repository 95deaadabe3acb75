import type { Metadata } from "next";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getConsultationFormOptions } from "@/lib/features/consultations/queries";

export const metadata: Metadata = { title: "Новая консультация" };

export default async function NewConsultationPage() {
  const actor = await requireActor();
  const options = await getConsultationFormOptions(actor);
  return (
    <div>
      <PageHeader title="Новая консультация МТКП" />
      {options.tutees.length === 0 ? (
        <EmptyState title="За вами пока не закреплены педагоги">Консультацию можно записать только для своего тьюторанта.</EmptyState>
      ) : (
        <ConsultationForm options={options} />
      )}
    </div>
  );
}
