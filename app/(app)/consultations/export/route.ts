import { exportRoute, pageCycleId } from "@/lib/features/exports/route";

export const dynamic = "force-dynamic";

/** GET → the МТКП consultations log as .xlsx, with the page's filters (no pagination). */
export const GET = exportRoute("consultations", async ({ actor, query }) => ({ cycleId: await pageCycleId(actor, query), query }));
