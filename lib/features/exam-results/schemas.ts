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
  /** Class (ВПР); 0 = not by class. */
  grade: z.coerce.number().int().min(0).max(11).optional().catch(undefined),
  /** School code (`School.code`). */
  school: filterString,
  /** Search by school name or code (the results page's search). */
  q: filterString,
});
export type ExamResultsQuery = z.infer<typeof examResultsQuerySchema>;
