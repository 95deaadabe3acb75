import { monitorWorkbook } from "@/lib/features/monitor/export";
import { filterMonitorRows, getMonitorRows } from "@/lib/features/monitor/queries";
import { monitorQuerySchema } from "@/lib/features/monitor/schemas";
import { getDb } from "@/lib/db/client";
import { scope } from "@/lib/auth/scope";
import { outOfScope } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET → the monitor of the cycle as .xlsx, with the page's filters and sorting applied (no pagination). */
export const GET = route<{ cycleId: string }>({ name: "monitor.export", permission: "monitor:read" }, async ({ actor, request, params }) => {
  const cycle = await getDb().cycle.findFirst({
    where: { AND: [scope.cycle(actor, "monitor:read"), { id: params.cycleId }] },
    select: { id: true, year: true, title: true, status: true, diagnosisDeadline: true, programmesDeadline: true },
  });
  if (!cycle) throw outOfScope("Cycle", params.cycleId);
  const query = monitorQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = filterMonitorRows(await getMonitorRows(actor, cycle), query);
  const bytes = await monitorWorkbook(cycle, rows);
  const name = `Мониторинг ${cycle.year}.xlsx`;
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="monitor-${cycle.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
