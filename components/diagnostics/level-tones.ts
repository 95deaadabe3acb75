import type { BadgeTone } from "@/components/ui/badge";
import type { Level } from "@/lib/domain/competency";

export const LEVEL_TONES: Record<Level, BadgeTone> = { low: "danger", medium: "warning", high: "success" };
