import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { CONSULTATION_MODULES, EVENT_TYPES, REPORT_SCHOOL_CATEGORIES } from "@/lib/domain/report/figures";
import { getCycleInScopeOrThrow } from "@/lib/features/cycles/queries";
import { getReportFigures } from "@/lib/features/report/queries";
import { countersSchema, cycleParams } from "../schemas";

const count = z.number().int().min(0);
const countsOf = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);

export const reportEndpoint = defineEndpoint({
  method: "GET",
  path: "/cycles/{cycleId}/report",
  name: "api.report.figures",
  permission: "report:read",
  tag: "Аналитическая справка",
  summary: "Цифры аналитической справки по циклу",
  description:
    "Школы цикла, меры, мероприятия МНЦ и консультации МТКП цикла. Мероприятия и консультации цикла — привязанные к циклу, а также не привязанные ни к одному циклу и проведённые в его календарном году.",
  params: cycleParams,
  response: {
    description: "Цифры справки",
    schema: z.object({
      cycle: z.object({ id: z.string(), year: z.number().int(), title: z.string() }),
      schools: z.object({ total: count, byCategory: countsOf(REPORT_SCHOOL_CATEGORIES) }),
      measures: z.object({
        total: count,
        counters: countersSchema,
        overdue: count,
        percentDone: z.number().nullable().describe("Доля выполненных мер, %, до десятых; null без мер"),
      }),
      events: z.object({ total: count, participants: count, byType: countsOf(EVENT_TYPES).describe("Каждый вид мероприятия, 0 — если не было") }),
      consultations: z.object({
        total: count,
        byModule: countsOf(CONSULTATION_MODULES),
        bySubject: z.array(z.object({ code: z.string(), name: z.string(), count })).describe("По предметам, по убыванию числа"),
      }),
    }),
  },
  handler: async ({ actor, params }) => {
    const cycle = await getCycleInScopeOrThrow(actor, params.cycleId, "report:read");
    const figures = await getReportFigures(actor, cycle);
    return { cycle: { id: cycle.id, year: cycle.year, title: cycle.title }, ...figures };
  },
});
