import Link from "next/link";
import { Suspense } from "react";
import { ChartSkeleton } from "@/components/charts/chart-skeleton";

/**
 * One figure of a dashboard: its own Suspense boundary with a skeleton of
 * the figure's height (the table beside the chart is no taller on wide
 * screens), so a slow aggregate never holds up the others.
 */
export function FigureSlot({ title, height, children }: { title: string; height: number; children: React.ReactNode }) {
  return <Suspense fallback={<ChartSkeleton title={title} height={height} />}>{children}</Suspense>;
}

/** «Подробнее …» under a figure's table: the page with the details. */
export function DetailsLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mt-3 text-sm">
      <Link href={href} className="font-medium text-brand-700 hover:underline">
        {children} →
      </Link>
    </p>
  );
}

/** The empty state inside a figure: there is nothing to chart yet. */
export function NoData({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{children}</p>;
}

/** A number cell, right-aligned with tabular figures. */
export const numCell = "whitespace-nowrap text-right tabular-nums";
