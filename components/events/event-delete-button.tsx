"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteEventAction } from "@/lib/features/events/actions";

export function EventDeleteButton({ event }: { event: { id: string; version: number; topic: string } }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(deleteEventAction, { onSuccess: () => router.push("/events") });
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger="Удалить"
        title="Удалить мероприятие?"
        description={`«${event.topic}» будет удалено из реестра и из сводки. Действие необратимо.`}
        confirmLabel="Удалить"
        disabled={isPending}
        onConfirm={() => execute({ id: event.id, version: event.version })}
      />
      {result.serverError ? (
        <p role="alert" className="text-xs text-red-700">
          {result.serverError.message}
        </p>
      ) : null}
    </div>
  );
}
