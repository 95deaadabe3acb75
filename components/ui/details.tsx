import { cn } from "./cn";

/** A definition list laid out in columns: label above value. */
export function Details({ className, children }: { className?: string; children: React.ReactNode }) {
  return <dl className={cn("grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2", className)}>{children}</dl>;
}

/** One labelled value; renders nothing when `children` is null/undefined. */
export function Detail({ label, mono, children }: { label: React.ReactNode; mono?: boolean; children: React.ReactNode }) {
  if (children === null || children === undefined) return null;
  return (
    <div>
      <dt className="text-slate-500">{label}</dt>
      <dd className={mono ? "font-mono" : undefined}>{children}</dd>
    </div>
  );
}
