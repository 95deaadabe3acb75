/**
 * Every register's .xlsx export behind one function: the page route
 * handlers (`…/export`) and the REST API
 * (`GET /api/v1/cycles/{cycleId}/export/{register}.xlsx`) both call
 * `buildExport`. Each register checks its permission (403), loads its parent
 * through a scope builder (404, `outOfScope`, audited by `route()`), parses
 * the page's filters with the page's zod schema and reads its rows with the
 * page's query function; the columns are the page's (decision 034).
 */
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ExportInput, RegisterBuilder } from "./common";
import { consultationsExport } from "./registers/consultations";
import { diagnosticsExport } from "./registers/diagnostics";
import { eventsExport } from "./registers/events";
import { examResultsExport } from "./registers/exam-results";
import { monitorExport } from "./registers/monitor";
import { roadmapExport } from "./registers/roadmap";
import { surveysExport } from "./registers/surveys";
import { buildWorkbook } from "./workbook";

export const EXPORT_REGISTERS = ["monitor", "roadmap", "diagnostics", "events", "consultations", "exam-results", "surveys"] as const;
export type ExportRegister = (typeof EXPORT_REGISTERS)[number];
export type { ExportInput };

/** The permission each register needs: the one its page uses. */
export const EXPORT_PERMISSIONS = {
  monitor: "monitor:read",
  roadmap: "measure:read",
  diagnostics: "diagnostic:read",
  events: "event:read",
  consultations: "consultation:read",
  "exam-results": "exam_result:read",
  surveys: "survey:manage",
} as const satisfies Record<ExportRegister, Permission>;

const BUILDERS: Record<ExportRegister, RegisterBuilder> = {
  monitor: monitorExport,
  roadmap: roadmapExport,
  diagnostics: diagnosticsExport,
  events: eventsExport,
  consultations: consultationsExport,
  "exam-results": examResultsExport,
  surveys: surveysExport,
};

export function isExportRegister(value: string): value is ExportRegister {
  return (EXPORT_REGISTERS as readonly string[]).includes(value);
}

/** Throws AppError/outOfScope like the pages; `query` carries the page's filters (same zod schema as the page). */
export async function buildExport(actor: Actor, register: ExportRegister, input: ExportInput): Promise<{ filename: string; bytes: Uint8Array }> {
  if (!isExportRegister(register)) throw new AppError("NOT_FOUND", "Такой выгрузки нет.");
  assertCan(actor, EXPORT_PERMISSIONS[register]);
  const { filename, ...spec } = await BUILDERS[register](actor, input);
  return { filename, bytes: await buildWorkbook(spec) };
}
