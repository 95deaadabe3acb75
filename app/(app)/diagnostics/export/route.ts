import { exportRoute, pageCycleId } from "@/lib/features/exports/route";

export const dynamic = "force-dynamic";

/** GET → the competency diagnostics summary and teachers as .xlsx, with the page's filters (no pagination). */
export const GET = exportRoute("diagnostics", async ({ actor, query }) => ({ cycleId: await pageCycleId(actor, query), query }));
