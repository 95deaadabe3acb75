import type { BadgeTone } from "@/components/ui/badge";
import type { IomActivityStatus, IomStatus } from "@/lib/db/generated/enums";

export const IOM_STATUS_TONES: Record<IomStatus, BadgeTone> = { draft: "neutral", submitted: "info", approved: "success", returned: "warning" };
export const ACTIVITY_STATUS_TONES: Record<IomActivityStatus, BadgeTone> = { planned: "neutral", in_progress: "info", done: "success", cancelled: "warning" };
