import { exportRoute, pageCycleId } from "@/lib/features/exports/route";

export const dynamic = "force-dynamic";

/** GET → the exam results register as .xlsx with the page's filters (`?cycle=` names the municipality's cycle). */
export const GET = exportRoute("exam-results", async ({ actor, query }) => ({ cycleId: await pageCycleId(actor, query), query }));
