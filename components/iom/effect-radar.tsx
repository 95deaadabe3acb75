"use client";
import dynamic from "next/dynamic";

/** Holds the chart's place while recharts loads. */
function Placeholder() {
  return <div className="h-80 w-full animate-pulse rounded bg-slate-100" aria-hidden="true" />;
}

// recharts is a chunk of its own, fetched after the page is interactive (page budget, decision 070).
export const EffectRadar = dynamic(() => import("./effect-radar-impl"), { ssr: false, loading: Placeholder });
