"use client";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { PracticeStatus } from "@/lib/db/generated/enums";
import { availableEvents } from "@/lib/domain/workflow/machine";
import { practiceMachine } from "@/lib/domain/workflow/tables";
import { moderatePracticeAction } from "@/lib/features/practices/actions";

const EVENTS = {
  recommend_conference: {
    trigger: "Рекомендовать на конференцию",
    description: "Практика будет рекомендована для представления на муниципальной педагогической конференции. Автор получит уведомление.",
  },
  recommend_atlas: {
    trigger: "Рекомендовать в РАОП",
    description: "Практика будет рекомендована в региональный атлас образовательных практик. Автор получит уведомление.",
  },
  decline: { trigger: "Отклонить", description: "Практика останется в банке со статусом «Отклонена». Автор получит уведомление." },
} as const;

export function PracticeModeration({ practice }: { practice: { id: string; title: string; status: PracticeStatus; version: number } }) {
  const { execute, result, isPending } = useAction(moderatePracticeAction);
  const events = availableEvents(practiceMachine, practice.status);
  if (events.length === 0) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {events.map((event) => (
          <ConfirmDialog
            key={event}
            trigger={EVENTS[event].trigger}
            title={`${EVENTS[event].trigger}: «${practice.title}»?`}
            description={EVENTS[event].description}
            confirmLabel={EVENTS[event].trigger}
            disabled={isPending}
            onConfirm={() => execute({ practiceId: practice.id, version: practice.version, event })}
          />
        ))}
      </div>
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
    </div>
  );
}
