import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { getCycleInScopeOrThrow } from "@/lib/features/cycles/queries";
import { filterMonitorRows, getMonitorRows } from "@/lib/features/monitor/queries";
import { countersSchema, cycleParams } from "../schemas";

export const monitorEndpoint = defineEndpoint({
  method: "GET",
  path: "/cycles/{cycleId}/monitor",
  name: "api.monitor.read",
  permission: "monitor:read",
  tag: "Мониторинг",
  summary: "Муниципальный монитор: зона, счётчики мер и документы каждой школы",
  description: "Те же цифры и правило зон, что на странице монитора (решения 016, 017). Школы по краткому названию.",
  params: cycleParams,
  response: {
    description: "Строки монитора",
    schema: z.array(
      z.object({
        code: z.string(),
        zone: z.enum(["green", "yellow", "red"]),
        counters: countersSchema,
        documents: z.object({ confirmed: z.number().int().min(0), total: z.number().int().min(0) }),
      }),
    ),
  },
  handler: async ({ actor, params }) => {
    const cycle = await getCycleInScopeOrThrow(actor, params.cycleId, "monitor:read");
    const rows = filterMonitorRows(await getMonitorRows(actor, cycle), {});
    return rows.map((r) => ({ code: r.code, zone: r.zone, counters: r.counters, documents: { confirmed: r.documentsConfirmed, total: r.documentsTotal } }));
  },
});
