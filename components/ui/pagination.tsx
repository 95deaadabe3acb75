import Link from "next/link";

/**
 * Previous / next links that keep the other query parameters. A page with two
 * paginated lists names the second one's parameter (`param`), its landmark
 * (`label`) and the anchor to return to (`hash`).
 */
export function Pagination({
  page,
  pages,
  params,
  basePath,
  param = "page",
  label = "Страницы",
  hash,
}: {
  page: number;
  pages: number;
  params: Record<string, string | undefined>;
  basePath: string;
  param?: string;
  label?: string;
  hash?: string;
}) {
  if (pages <= 1) return null;
  const href = (p: number) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== param) search.set(k, v);
    search.set(param, String(p));
    return `${basePath}?${search.toString()}${hash ? `#${hash}` : ""}`;
  };
  return (
    <nav aria-label={label} className="flex items-center justify-between text-sm">
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
