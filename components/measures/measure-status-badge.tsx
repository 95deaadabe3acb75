import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MeasureStatus } from "@/lib/db/generated/enums";
import { MEASURE_STATUS_LABELS } from "@/lib/i18n/labels";

const TONES: Record<MeasureStatus, BadgeTone> = {
  planned: "neutral",
  in_progress: "info",
  done: "warning",
  confirmed: "success",
  needs_revision: "danger",
  not_done: "danger",
};

export function MeasureStatusBadge({ status }: { status: MeasureStatus }) {
  return <Badge tone={TONES[status]}>{MEASURE_STATUS_LABELS[status]}</Badge>;
}

/** Overdue marker: text and colour, never colour alone. */
export function OverdueMarker({ overdue }: { overdue: boolean }) {
  return overdue ? <Badge tone="danger">Просрочено</Badge> : null;
}
