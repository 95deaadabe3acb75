import { exportRoute, pageCycleId } from "@/lib/features/exports/route";

export const dynamic = "force-dynamic";

/** GET → the school's roadmap (sections and measures) as .xlsx, with the page's section/status filter. */
export const GET = exportRoute<{ code: string }>("roadmap", async ({ actor, params, query }) => {
  query.set("school", decodeURIComponent(params.code));
  return { cycleId: await pageCycleId(actor, query), query };
});
