import { z } from "zod";
import { SCHOOL_CATEGORIES_FOR_FILTER } from "./columns";

export const MONITOR_SORT_KEYS = [
  "school",
  "code",
  "curator",
  "profile",
  "documents",
  "planned",
  "inProgress",
  "done",
  "notDone",
  "needsRevision",
  "attention",
  "percentDone",
  "overdue",
  "zone",
] as const;
export type MonitorSortKey = (typeof MONITOR_SORT_KEYS)[number];

export const monitorQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  category: z.enum(SCHOOL_CATEGORIES_FOR_FILTER).optional().catch(undefined),
  zone: z.enum(["green", "yellow", "red"]).optional().catch(undefined),
  curator: z.string().max(100).optional().catch(undefined),
  sort: z.enum(MONITOR_SORT_KEYS).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type MonitorQuery = z.infer<typeof monitorQuerySchema>;
