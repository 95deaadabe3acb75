import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PracticeStatus } from "@/lib/db/generated/enums";
import { PRACTICE_STATUS_LABELS } from "@/lib/i18n/labels";

const TONE: Record<PracticeStatus, BadgeTone> = { submitted: "warning", recommended_conference: "success", recommended_atlas: "success", declined: "neutral" };

export function PracticeStatusBadge({ status }: { status: PracticeStatus }) {
  return <Badge tone={TONE[status]}>{PRACTICE_STATUS_LABELS[status]}</Badge>;
}
