import { exportRoute, pageCycleId } from "@/lib/features/exports/route";

export const dynamic = "force-dynamic";

/** GET → the МНЦ events register as .xlsx, with the page's filters (no pagination). */
export const GET = exportRoute("events", async ({ actor, query }) => ({ cycleId: await pageCycleId(actor, query), query }));
