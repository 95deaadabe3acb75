import { exportRoute } from "@/lib/features/exports/route";

export const dynamic = "force-dynamic";

/** GET → the monitor of the cycle as .xlsx, with the page's filters and sorting applied (no pagination). */
export const GET = exportRoute<{ cycleId: string }>("monitor", async ({ params, query }) => ({ cycleId: params.cycleId, query }));
