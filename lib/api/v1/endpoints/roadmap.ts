import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { toApiSection } from "@/lib/domain/roadmap/sections";
import { getCycleInScopeOrThrow } from "@/lib/features/cycles/queries";
import { loadRoadmap } from "@/lib/features/roadmap/queries";
import { findCycleSchoolOrThrow } from "@/lib/features/schools/cycle-school";
import { countersSchema, cycleSchoolParams } from "../schemas";

export const roadmapEndpoint = defineEndpoint({
  method: "GET",
  path: "/cycles/{cycleId}/schools/{code}/roadmap",
  name: "api.roadmap.read",
  permission: "measure:read",
  tag: "Дорожная карта",
  summary: "Дорожная карта школы: разделы со статусами и счётчиками мер",
  description:
    "Разделы: «Стартовая диагностика» (diagnosis), «Программа развития» (development), затем по разделу на каждый фактор риска, по которому ведётся работа (factor-<код>). Школа вне области доступа — 404.",
  params: cycleSchoolParams,
  response: {
    description: "Дорожная карта",
    schema: z.object({
      school: z.object({ code: z.string(), name: z.string(), shortName: z.string() }),
      sections: z.array(
        z.object({
          key: z.string().describe("diagnosis, development или factor-<код фактора>"),
          title: z.string(),
          status: z.enum(["not_started", "draft", "submitted", "returned", "confirmed"]).describe("Статус профиля рисков или документов раздела"),
          required: z.boolean().describe("Раздел обязателен; true для каждого фактора высокой значимости"),
          riskFactorCode: z.number().int().nullable().describe("Код фактора риска; null у разделов не по фактору"),
          significance: z.enum(["high", "medium", "low"]).nullable().describe("Значимость фактора; null у разделов не по фактору"),
          counters: countersSchema,
        }),
      ),
    }),
  },
  handler: async ({ actor, params }) => {
    const cycle = await getCycleInScopeOrThrow(actor, params.cycleId, "measure:read");
    const cycleSchool = await findCycleSchoolOrThrow(actor, cycle.id, params.code, "measure:read");
    const { sections } = await loadRoadmap(actor, cycleSchool.id);
    return {
      school: { code: cycleSchool.school.code, name: cycleSchool.school.name, shortName: cycleSchool.school.shortName },
      sections: sections.map(toApiSection),
    };
  },
});
