import { cn } from "@/components/ui/cn";

/**
 * A chart with its text alternative: the caption names it, the chart itself
 * is hidden from assistive technology, and the table (or text) next to it
 * carries the same numbers for everyone — side by side on wide screens,
 * below on narrow ones and in print.
 */
export function ChartFigure({
  title,
  description,
  chart,
  alternative,
  layout = "beside",
  className,
}: {
  title: string;
  description?: React.ReactNode;
  /** Left out when there is nothing to draw (an empty state, a table-only figure). */
  chart?: React.ReactNode;
  /** The table or text with the chart's numbers. */
  alternative: React.ReactNode;
  layout?: "beside" | "below";
  className?: string;
}) {
  return (
    <figure className={cn("rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid", className)}>
      <figcaption className="mb-3">
        <span className="block font-semibold text-slate-900">{title}</span>
        {description ? <span className="mt-1 block text-sm text-slate-600">{description}</span> : null}
      </figcaption>
      {chart ? (
        <div className={cn("grid gap-4", layout === "beside" && "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start")}>
          <div className="print:hidden">{chart}</div>
          <div className="min-w-0">{alternative}</div>
        </div>
      ) : (
        <div className="min-w-0">{alternative}</div>
      )}
    </figure>
  );
}
