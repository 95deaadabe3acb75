import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { getCycleInScopeOrThrow } from "@/lib/features/cycles/queries";
import { buildExport, EXPORT_PERMISSIONS, EXPORT_REGISTERS } from "@/lib/features/exports/registry";
import { xlsxResponse } from "@/lib/features/exports/workbook";
import { cycleParams, idSchema, schoolCodeSchema } from "../schemas";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const permissionsText = EXPORT_REGISTERS.map((r) => `${r} — ${EXPORT_PERMISSIONS[r]}`).join("; ");

/** The registers' .xlsx files: the same `buildExport` as the «Скачать .xlsx» links of the pages (decision 034). */
export const exportEndpoint = defineEndpoint({
  method: "GET",
  path: "/cycles/{cycleId}/export/{register}.xlsx",
  name: "api.export",
  permission: "cycle:read",
  tag: "Выгрузки",
  summary: "Выгрузка реестра в Excel (.xlsx) с фильтрами страницы",
  description:
    `Те же столбцы и фильтры, что на странице реестра. Каждому реестру нужно своё право: ${permissionsText}. ` +
    "roadmap требует school, surveys — survey; остальные параметры — фильтры страницы (например, type, from, to для events).",
  params: cycleParams.extend({ register: z.enum(EXPORT_REGISTERS).describe("Реестр") }),
  query: z.looseObject({
    school: schoolCodeSchema.optional().describe("Код школы: обязателен для roadmap, необязателен для diagnostics и exam-results"),
    survey: idSchema.optional().describe("Идентификатор анкеты: обязателен для surveys"),
  }),
  response: { description: "Файл .xlsx", contentType: XLSX },
  handler: async ({ actor, params, request }) => {
    await getCycleInScopeOrThrow(actor, params.cycleId, "cycle:read");
    const { filename, bytes } = await buildExport(actor, params.register, { cycleId: params.cycleId, query: new URL(request.url).searchParams });
    return xlsxResponse(filename, bytes);
  },
});
