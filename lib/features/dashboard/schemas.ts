import { z } from "zod";

/** `/dashboard?cycle=<id>`: anything malformed falls back to the current cycle. */
export const dashboardQuerySchema = z.object({
  cycle: z.string().trim().min(1).max(100).optional().catch(undefined),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;
