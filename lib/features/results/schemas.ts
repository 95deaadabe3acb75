import { z } from "zod";
import { ExamKind } from "@/lib/db/generated/enums";
import { RESULT_SORTS } from "@/lib/domain/results/comparison";
import { filterPage, filterString } from "@/lib/features/support/fields";
import "@/lib/validation";

const filterYear = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);

/**
 * The filters of «Результаты обучения» (`/results`): invalid values are
 * ignored. `year`, `exam`, `subject`, `grade`, `school`, `q` are also the
 * export's filters (same names as the exam results register).
 */
export const resultsPageQuerySchema = z.object({
  /** The year compared; default the latest with data. */
  year: filterYear,
  exam: z.enum(ExamKind).optional().catch(undefined),
  /** Subject code (`Subject.code`). */
  subject: filterString,
  /** Class for ВПР (0 = not by class). */
  grade: z.coerce.number().int().min(0).max(11).optional().catch(undefined),
  /** School code (`School.code`). */
  school: filterString,
  /** Search by school name or code. */
  q: filterString,
  sort: z.enum(RESULT_SORTS).optional().catch(undefined),
  page: filterPage,
  /** The early warning's as-of year; default the latest with data. */
  asOf: filterYear,
  /** The page of the flagged schools' list. */
  wpage: filterPage,
  /** Municipality id, for an administrator who sees several. */
  municipality: filterString,
});
export type ResultsPageQuery = z.infer<typeof resultsPageQuerySchema>;

/** The school's results tab: the early warning's as-of year. */
export const schoolResultsQuerySchema = z.object({ asOf: filterYear });

/** «Добавить в списки цикла»: the reasons are recomputed on the server, never sent. */
export const addFlaggedSchoolSchema = z.object({
  schoolId: z.string().min(1).max(64),
  cycleId: z.string().min(1).max(64),
  asOfYear: z.number().int().min(2000).max(2100),
});
export type AddFlaggedSchoolInput = z.infer<typeof addFlaggedSchoolSchema>;

/** «Добавить все в списки цикла»: which flagged schools is recomputed on the server. */
export const addFlaggedSchoolsSchema = addFlaggedSchoolSchema.omit({ schoolId: true });
export type AddFlaggedSchoolsInput = z.infer<typeof addFlaggedSchoolsSchema>;
