/** The diagnostic form's field names, kept free of zod so client components can import them (page budget, decision 070). */
import { COMPETENCIES } from "@/lib/domain/competency";

export const DIAGNOSTIC_FIELDS = ["teacherId", "cycleId", "kind", "date", ...COMPETENCIES] as const;
