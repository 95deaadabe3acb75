import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getEventOptions, getEventOrNotFound } from "@/lib/features/events/queries";

export const metadata: Metadata = { title: "Изменение мероприятия" };

export default async function EditEventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  const actor = await requireActor();
  const options = await getEventOptions(actor, "event:manage");
  const event = await getEventOrNotFound(actor, eventId);
  return (
    <div>
      <PageHeader title="Изменение мероприятия" description={event.topic} />
      <EventForm
        options={options}
        event={{
          id: event.id,
          version: event.version,
          type: event.type,
          date: event.date.toISOString().slice(0, 10),
          topic: event.topic,
          format: event.format,
          audience: event.audience,
          participants: event.participants,
          moduleId: event.moduleId,
          projectId: event.projectId,
          notes: event.notes,
          schoolIds: event.schools.map((s) => s.id),
        }}
      />
    </div>
  );
}
