import { NavLinks } from "@/components/shell/nav-links";
import { requireActor } from "@/lib/auth/session";
import { schoolSectionsFor } from "@/lib/navigation";

/** Tabs across a school's pages. Only links: every page checks the school's scope itself. */
export default async function SchoolLayout({ children, params }: { children: React.ReactNode; params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  return (
    <div className="space-y-4">
      <nav aria-label="Разделы школы" className="border-b border-slate-200 pb-2 print:hidden">
        <NavLinks items={schoolSectionsFor(actor, decodeURIComponent(code))} />
      </nav>
      {children}
    </div>
  );
}
