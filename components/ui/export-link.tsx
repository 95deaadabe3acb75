/**
 * «Скачать .xlsx»: a plain link to a register's export route handler that
 * carries the page's current filters (never the page number or the view).
 * The hidden part of the name says what is downloaded.
 */
const DROPPED = new Set(["page", "view", "month"]);

export function exportHref(path: string, params: Record<string, string | string[] | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (DROPPED.has(k) || v === undefined || v === "") continue;
    for (const value of Array.isArray(v) ? v : [v]) if (value) search.append(k, value);
  }
  return `${path}${search.size ? `?${search}` : ""}`;
}

export function ExportLink({ path, params, what }: { path: string; params?: Record<string, string | string[] | undefined>; /** «реестр мероприятий с выбранными фильтрами» */ what: string }) {
  return (
    <a
      href={exportHref(path, params)}
      download
      className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 print:hidden"
    >
      Скачать .xlsx<span className="sr-only"> — {what}</span>
    </a>
  );
}
