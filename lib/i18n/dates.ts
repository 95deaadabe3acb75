/**
 * Dates in the ru locale. Calendar dates (`@db.Date`) arrive as UTC midnight,
 * so they are formatted in UTC to never shift a day.
 */
const dateFormat = new Intl.DateTimeFormat("ru-RU", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
const longDateFormat = new Intl.DateTimeFormat("ru-RU", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("ru-RU", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: process.env.OPORA_TIME_ZONE ?? "Europe/Moscow",
});

/** «09.01.2025» */
export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

/** «9 января 2025 г.» */
export function formatLongDate(date: Date | null | undefined): string {
  return date ? longDateFormat.format(date) : "—";
}

/** «23.11.2026, 16:05» in the installation's time zone. */
export function formatDateTime(date: Date | null | undefined): string {
  return date ? dateTimeFormat.format(date) : "—";
}
