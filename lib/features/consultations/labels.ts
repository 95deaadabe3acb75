import type { TutorFunction } from "@/lib/db/generated/enums";
import { TUTOR_FUNCTION_LABELS } from "@/lib/i18n/labels";

/** Tutor functions in the catalogue's order, as one Russian line. */
export function tutorFunctionsText(functions: readonly TutorFunction[]): string {
  return (Object.keys(TUTOR_FUNCTION_LABELS) as TutorFunction[])
    .filter((f) => functions.includes(f))
    .map((f) => TUTOR_FUNCTION_LABELS[f])
    .join(", ");
}
