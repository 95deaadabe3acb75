import { formatDate } from "@/lib/i18n/dates";
import { toDate } from "./fields";

/** «за период 01.09.2025–31.12.2025», «с 01.09.2025», «за всё время». */
export function periodLabel(from?: string, to?: string): string {
  const d = (iso: string) => formatDate(toDate(iso));
  if (from && to) return `за период ${d(from)}–${d(to)}`;
  if (from) return `с ${d(from)}`;
  if (to) return `по ${d(to)}`;
  return "за всё время";
}
