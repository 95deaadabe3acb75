import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getEventOptions } from "@/lib/features/events/queries";

export const metadata: Metadata = { title: "Новое мероприятие" };

export default async function NewEventPage() {
  const actor = await requireActor();
  const options = await getEventOptions(actor, "event:manage");
  return (
    <div>
      <PageHeader title="Новое мероприятие МНЦ" />
      <EventForm options={options} />
    </div>
  );
}
