import { cn } from "./cn";

/**
 * A data table with a caption for screen readers; scrolls horizontally on
 * narrow screens. `scrollable`: a wide table without links inside — its
 * scroll area takes keyboard focus so it can be scrolled without a mouse.
 */
export function Table({ caption, className, children, scrollable }: { caption: string; className?: string; children: React.ReactNode; scrollable?: boolean }) {
  return (
    <div
      className={cn("overflow-x-auto rounded-lg border border-slate-200 bg-white", className)}
      {...(scrollable ? { tabIndex: 0, role: "region", "aria-label": caption } : {})}
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: React.ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cn("bg-slate-50 px-3 py-2 text-left font-medium text-slate-700", className)} {...props} />;
}

export function Td({ className, ...props }: React.TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-3 py-2 align-top text-slate-800", className)} {...props} />;
}
