/** The placeholder a chart's `<Suspense>` shows while its data loads. */
export function ChartSkeleton({ title, height = 288 }: { title: string; height?: number }) {
  return (
    <div role="status" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <span className="sr-only">{`Загрузка: ${title}`}</span>
      <div aria-hidden="true" className="mb-3 h-5 w-2/3 animate-pulse rounded bg-slate-200" />
      <div aria-hidden="true" className="animate-pulse rounded bg-slate-100" style={{ height }} />
    </div>
  );
}
