import Link from "next/link";

/** Previous / next links that keep the other query parameters. */
export function Pagination({ page, pages, params, basePath }: { page: number; pages: number; params: Record<string, string | undefined>; basePath: string }) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
    search.set("page", String(p));
    return `${basePath}?${search.toString()}`;
  };
  return (
    <nav aria-label="Страницы" className="flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="font-medium text-brand-700 hover:underline">
          ← Предыдущая
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        Страница {page} из {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="font-medium text-brand-700 hover:underline">
          Следующая →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
