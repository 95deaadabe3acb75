import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { COMPETENCIES } from "@/lib/domain/competency";
import { outOfScope } from "@/lib/errors";
import { getCycleInScopeOrThrow } from "@/lib/features/cycles/queries";
import { getDiagnosticsSummary } from "@/lib/features/diagnostics/queries";
import { cycleParams, schoolCodeSchema } from "../schemas";

const average = z.number().nullable();

export const diagnosticsSummaryEndpoint = defineEndpoint({
  method: "GET",
  path: "/cycles/{cycleId}/diagnostics/summary",
  name: "api.diagnostics.summary",
  permission: "diagnostic:read",
  tag: "Диагностика компетенций",
  summary: "Средние значения компетенций педагогов: входная и повторная диагностика",
  description:
    "Средние в %, округлены до десятых; delta — разность неокруглённых средних, округлённая (решение 020). Без параметра school — вся область доступа (педагог видит себя, тьютор — своих тьюторантов).",
  params: cycleParams,
  query: z.object({ school: schoolCodeSchema.optional().describe("Код школы; школа вне области доступа — 404") }),
  response: {
    description: "Сводка",
    schema: z.object({
      teachers: z.number().int().min(0).describe("Педагогов с хотя бы одной диагностикой"),
      competencies: z.array(
        z.object({
          key: z.enum(COMPETENCIES),
          entryAvg: average.describe("Среднее входной диагностики; null без данных"),
          repeatAvg: average.describe("Среднее повторной диагностики; null без данных"),
          delta: average.describe("Изменение; null, если нет одной из диагностик"),
        }),
      ),
    }),
  },
  handler: async ({ actor, params, query }) => {
    const cycle = await getCycleInScopeOrThrow(actor, params.cycleId, "diagnostic:read");
    if (query.school) {
      const school = await getDb().school.findFirst({ where: { AND: [scope.school(actor, "diagnostic:read"), { code: query.school }] }, select: { id: true } });
      if (!school) throw outOfScope("School", query.school);
    }
    const summary = await getDiagnosticsSummary(actor, cycle.id, query.school);
    return {
      teachers: summary.teachers,
      competencies: COMPETENCIES.map((key) => ({
        key,
        entryAvg: summary.entry?.[key] ?? null,
        repeatAvg: summary.repeat?.[key] ?? null,
        delta: summary.delta?.[key] ?? null,
      })),
    };
  },
});
