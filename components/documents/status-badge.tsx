import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { DocumentStatus } from "@/lib/db/generated/enums";
import { DOCUMENT_STATUS_LABELS } from "@/lib/i18n/labels";

const TONES: Record<DocumentStatus, BadgeTone> = { draft: "neutral", submitted: "info", confirmed: "success", returned: "warning" };

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  return <Badge tone={TONES[status]}>{DOCUMENT_STATUS_LABELS[status]}</Badge>;
}
