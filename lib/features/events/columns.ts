/**
 * The events register's columns: one list for the table on /events and the
 * .xlsx export, so the headers are the same Russian words in both.
 */
import type { EventAudience, EventFormat, EventType } from "@/lib/db/generated/enums";
import type { ExportColumn } from "@/lib/features/exports/types";
import { EVENT_AUDIENCE_LABELS, EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from "@/lib/i18n/labels";

/** What a register row carries (a row of `findEventRows`). */
export type EventRowLike = {
  date: Date;
  type: EventType;
  topic: string;
  format: EventFormat;
  audience: EventAudience;
  participants: number;
  module: { title: string } | null;
  project: { title: string } | null;
  _count: { schools: number };
};

export const EVENT_COLUMNS = [
  { key: "date", header: "Дата", width: 12, value: (e) => e.date },
  { key: "type", header: "Вид", width: 30, value: (e) => EVENT_TYPE_LABELS[e.type] },
  { key: "topic", header: "Тема", width: 60, value: (e) => e.topic },
  { key: "format", header: "Формат", width: 14, value: (e) => EVENT_FORMAT_LABELS[e.format] },
  { key: "audience", header: "Аудитория", width: 26, value: (e) => EVENT_AUDIENCE_LABELS[e.audience] },
  { key: "module", header: "Модуль плана", width: 40, value: (e) => e.module?.title ?? null },
  { key: "project", header: "Муниципальный проект", width: 26, value: (e) => e.project?.title ?? null },
  { key: "schools", header: "Школ", width: 8, numFmt: "0", value: (e) => e._count.schools },
  { key: "participants", header: "Участников", width: 12, numFmt: "0", value: (e) => e.participants },
] as const satisfies readonly ExportColumn<EventRowLike>[];

export type EventColumnKey = (typeof EVENT_COLUMNS)[number]["key"];
