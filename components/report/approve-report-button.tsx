"use client";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { approveReportAction } from "@/lib/features/report/actions";

/** «Утвердить приказом» behind a confirmation: approval freezes the report and the order for good. */
export function ApproveReportButton({ reportId, version, orderLabel }: { reportId: string; version: number; orderLabel: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(approveReportAction, { onSuccess: () => router.refresh() });
  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={isPending ? "Утверждение…" : "Утвердить приказом"}
        title={`Утвердить аналитическую справку ${orderLabel}?`}
        description="Справка и приказ будут зафиксированы в том виде, в каком они сейчас, с контрольной суммой. Отменить утверждение и изменить их после этого будет нельзя."
        confirmLabel="Утвердить"
        disabled={isPending}
        onConfirm={() => execute({ reportId, version })}
      />
      <div aria-live="polite">{result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}</div>
    </div>
  );
}
