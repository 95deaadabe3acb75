import { z } from "zod";
import { EventAudience, EventFormat, EventType } from "@/lib/db/generated/enums";
import { dateField, filterDate, filterPage, filterString, idVersion, optionalId, optionalText } from "@/lib/features/support/fields";
import "@/lib/validation";

const participants = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.coerce
    .number({ error: "Укажите число участников" })
    .int("Число участников — целое число")
    .min(0, "Число участников не может быть отрицательным")
    .max(100_000, "Слишком большое число участников"),
);

export const eventFields = z.object({
  type: z.enum(EventType, { error: "Выберите вид мероприятия" }),
  date: dateField("Укажите дату мероприятия"),
  topic: z.string({ error: "Укажите тему" }).trim().min(1, "Укажите тему").max(500, "Тема не длиннее 500 символов"),
  format: z.enum(EventFormat, { error: "Выберите формат" }),
  audience: z.enum(EventAudience, { error: "Выберите целевую аудиторию" }),
  participants,
  moduleId: optionalId,
  projectId: optionalId,
  schoolIds: z.array(z.string().min(1).max(64)).max(300).default([]),
  notes: optionalText(2000),
});

export const createEventSchema = eventFields;
export const updateEventSchema = eventFields.extend(idVersion);
export const deleteEventSchema = z.object(idVersion);

export type EventInput = z.input<typeof eventFields>;

export const EVENT_SORTS = ["date_desc", "date_asc", "topic", "participants"] as const;

export const eventListQuerySchema = z.object({
  q: filterString,
  from: filterDate,
  to: filterDate,
  type: z.enum(EventType).optional().catch(undefined),
  format: z.enum(EventFormat).optional().catch(undefined),
  audience: z.enum(EventAudience).optional().catch(undefined),
  module: filterString,
  project: filterString,
  school: filterString,
  sort: z.enum(EVENT_SORTS).optional().catch(undefined),
  view: z.enum(["list", "calendar"]).optional().catch(undefined),
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  page: filterPage,
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;
