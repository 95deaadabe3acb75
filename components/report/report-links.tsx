import Link from "next/link";

const linkClass =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 print:hidden";

/** A download of a .docx (a plain link: the route handler answers with the file). */
export function DocxLink({ href, children, what }: { href: string; children: React.ReactNode; what: string }) {
  return (
    <a href={href} download className={linkClass}>
      {children}
      <span className="sr-only"> — {what}</span>
    </a>
  );
}

export function SecondaryLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={linkClass}>
      {children}
    </Link>
  );
}

export function PrimaryLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 print:hidden">
      {children}
    </Link>
  );
}
