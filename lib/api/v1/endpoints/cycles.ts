import { z } from "zod";
import { defineEndpoint } from "@/lib/api/endpoint";
import { CycleStatus, SchoolCategory } from "@/lib/db/generated/enums";
import { listAllCycles, listCycleSchools, getCycleInScopeOrThrow } from "@/lib/features/cycles/queries";
import { cycleParams } from "../schemas";

export const cyclesEndpoint = defineEndpoint({
  method: "GET",
  path: "/cycles",
  name: "api.cycles.list",
  permission: "cycle:read",
  tag: "Циклы",
  summary: "Циклы дорожной карты в области доступа",
  description: "Координатор и участники муниципалитета видят циклы своего муниципалитета, администратор — все. Новые сверху.",
  response: {
    description: "Циклы",
    schema: z.array(z.object({ id: z.string(), year: z.number().int(), title: z.string(), status: z.enum(Object.values(CycleStatus)) })),
  },
  handler: async ({ actor }) => listAllCycles(actor),
});

export const cycleSchoolsEndpoint = defineEndpoint({
  method: "GET",
  path: "/cycles/{cycleId}/schools",
  name: "api.cycles.schools",
  permission: "school:read",
  tag: "Циклы",
  summary: "Школы цикла с категориями и куратором",
  description: "Только школы области доступа: куратор видит закреплённые за ним школы, административная команда — свою.",
  params: cycleParams,
  response: {
    description: "Школы цикла по краткому названию",
    schema: z.array(
      z.object({
        code: z.string(),
        name: z.string().describe("Полное наименование"),
        shortName: z.string(),
        categories: z.array(z.enum(Object.values(SchoolCategory))).describe("shnor — ШНОР, shnsu — ШНСУ, risk_zone — зона риска, p500 — «500+»"),
        curator: z.object({ email: z.string(), name: z.string() }).nullable().describe("Действующий куратор или null"),
      }),
    ),
  },
  handler: async ({ actor, params }) => {
    const cycle = await getCycleInScopeOrThrow(actor, params.cycleId, "school:read");
    const rows = await listCycleSchools(actor, cycle.id, {}, "school:read");
    return rows.map((row) => {
      const curator = row.pairings[0]?.curator;
      return {
        code: row.school.code,
        name: row.school.name,
        shortName: row.school.shortName,
        categories: row.categories,
        curator: curator ? { email: curator.email, name: curator.name } : null,
      };
    });
  },
});
