"use client";
import { useRouter } from "next/navigation";
import { useCreateAction } from "@/components/ui/use-create-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createReportAction } from "@/lib/features/report/actions";

/** «Сформировать аналитическую справку»: builds the draft from the cycle's data. */
export function CreateReportButton({ cycleId }: { cycleId: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useCreateAction(createReportAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-3">
      <Button type="button" disabled={isPending} onClick={() => execute({ cycleId })}>
        {isPending ? "Формирование справки…" : "Сформировать аналитическую справку"}
      </Button>
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
    </div>
  );
}
