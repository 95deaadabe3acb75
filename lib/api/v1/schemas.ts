/**
 * zod schemas shared by the v1 endpoints: path and query parameters (Russian
 * messages, 422 when they fail) and recurring response parts. The OpenAPI
 * document is generated from these very schemas.
 */
import { z } from "zod";
import { COUNTER_KEYS } from "@/lib/domain/measures";
import "@/lib/validation";

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "Идентификатор: латинские буквы, цифры, «-» и «_», до 64 символов" })
  .describe("Идентификатор (cuid)");

export const schoolCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, { error: "Код школы: латинские буквы, цифры, «.», «-» и «_», до 64 символов" })
  .describe("Код школы в реестре, например edu230101");

export const cycleParams = z.object({ cycleId: idSchema.describe("Идентификатор цикла (из GET /cycles)") });
export const cycleSchoolParams = cycleParams.extend({ code: schoolCodeSchema });

const count = z.number().int().min(0);

export const countersSchema = z
  .object(Object.fromEntries(COUNTER_KEYS.map((k) => [k, count])) as Record<(typeof COUNTER_KEYS)[number], typeof count>)
  .describe(
    "Счётчики мер: planned — запланировано, inProgress — выполнение, done — выполнено (в т. ч. подтверждено), notDone — не выполнено, needsRevision — требуется доработка, attention — требуют внимания (пересекается с остальными)",
  );

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "CONFLICT", "INVALID_TRANSITION", "RATE_LIMITED", "PAYLOAD_TOO_LARGE", "INTERNAL"]),
    message: z.string().describe("Сообщение на русском языке"),
    details: z.unknown().optional().describe("Подробности: для 422 — сообщения по полям { params | query | body: { поле: [сообщения] } }"),
  }),
});
export type ApiError = z.infer<typeof errorSchema>;
