"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CYCLE_EVENT_LABELS, type CycleEvent } from "@/lib/domain/cycles/deadlines";
import { transitionCycleAction } from "@/lib/features/cycles/actions";

const DESCRIPTIONS: Record<CycleEvent, string> = {
  start_diagnosis: "Школы начнут заполнять рисковые профили. Вернуться к черновику будет нельзя.",
  start_programming: "Школы перейдут к разработке концепции и программ.",
  start_expertise: "Кураторы начнут экспертизу программ.",
  start_implementation: "Школы начнут реализацию мер дорожной карты.",
  start_reporting: "Начнётся подведение итогов и подготовка аналитической справки.",
  close: "Закрыть можно цикл, аналитическая справка которого утверждена приказом. Закрытый цикл доступен только для чтения: изменить его настройки, списки и закрепления будет нельзя.",
};

export function CycleStageControls({ cycleId, version, events }: { cycleId: string; version: number; events: CycleEvent[] }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(transitionCycleAction, { onSuccess: () => router.refresh() });
  if (events.length === 0) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {events.map((event) => (
          <ConfirmDialog
            key={event}
            trigger={CYCLE_EVENT_LABELS[event]}
            title={`${CYCLE_EVENT_LABELS[event]}?`}
            description={DESCRIPTIONS[event]}
            confirmLabel={event === "close" ? "Закрыть цикл" : "Перейти"}
            disabled={isPending}
            onConfirm={() => execute({ cycleId, event, version })}
          />
        ))}
      </div>
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
    </div>
  );
}
