import { exportRoute } from "@/lib/features/exports/route";

export const dynamic = "force-dynamic";

/** GET → the survey's aggregate results as .xlsx (no names); the survey's scope is the boundary, no cycle is involved. */
export const GET = exportRoute<{ surveyId: string }>("surveys", async ({ params, query }) => {
  query.set("survey", params.surveyId);
  return { cycleId: "", query };
});
