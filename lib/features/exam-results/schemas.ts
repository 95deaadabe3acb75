import { z } from "zod";
import { ExamKind } from "@/lib/db/generated/enums";
import { filterString } from "@/lib/features/support/fields";
import "@/lib/validation";

/** Filters of the exam results register (the export now, the page later): invalid values are ignored. */
export const examResultsQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  exam: z.enum(ExamKind).optional().catch(undefined),
  /** Subject code (`Subject.code`). */
  subject: filterString,
  /** School code (`School.code`). */
  school: filterString,
});
export type ExamResultsQuery = z.infer<typeof examResultsQuerySchema>;
