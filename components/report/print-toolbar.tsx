import Link from "next/link";
import { PrintButton } from "@/components/reviews/print-button";

/** Back link and «Печать» above a print view (hidden on paper); A4 with the margins of office papers. */
export function PrintToolbar({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  return (
    <>
      <style>{"@page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }"}</style>
      <div className="mx-auto mb-4 flex max-w-4xl flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={backHref} className="text-sm text-brand-700 hover:underline">
          ← {backLabel}
        </Link>
        <PrintButton />
      </div>
    </>
  );
}
