import Link from "next/link";
import { PrintButton } from "@/components/reviews/print-button";

/**
 * Back link and «Печать» above a print view (hidden on paper). The A4 page
 * and its office margins are in globals.css: an inline <style> would need the
 * document's CSP nonce, which a client-side navigation's payload cannot know.
 */
export function PrintToolbar({ backHref, backLabel }: { backHref: string; backLabel: string }) {
  return (
    <div className="mx-auto mb-4 flex max-w-4xl flex-wrap items-center justify-between gap-2 print:hidden">
      <Link href={backHref} className="text-sm text-brand-700 hover:underline">
        ← {backLabel}
      </Link>
      <PrintButton />
    </div>
  );
}
