"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui/button";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/features/notifications/actions";

export function MarkReadButton({ notificationId, title }: { notificationId: string; title: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(markNotificationReadAction, { onSuccess: () => router.refresh() });
  return (
    <>
      <Button variant="ghost" className="px-2 py-1 text-xs" disabled={isPending} aria-label={`Отметить прочитанным: ${title}`} onClick={() => execute({ notificationId })}>
        Отметить прочитанным
      </Button>
      {result.serverError ? (
        <span role="alert" className="text-xs text-red-700">
          {result.serverError.message}
        </span>
      ) : null}
    </>
  );
}

export function MarkAllReadButton() {
  const router = useRouter();
  const { execute, isPending } = useAction(markAllNotificationsReadAction, { onSuccess: () => router.refresh() });
  return (
    <Button variant="secondary" disabled={isPending} onClick={() => execute({})}>
      Отметить все прочитанными
    </Button>
  );
}
