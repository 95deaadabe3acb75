import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";

const TABS: { href: CycleTab; label: string; permission?: Permission }[] = [
  { href: "", label: "Обзор и сроки" },
  { href: "/lists", label: "Списки школ" },
  { href: "/pairings", label: "Кураторы" },
  { href: "/mutual", label: "Взаимоэкспертиза", permission: "cycle:manage" },
  { href: "/monitor", label: "Мониторинг", permission: "monitor:read" },
  { href: "/report", label: "Аналитическая справка", permission: "report:read" },
];

export type CycleTab = "" | "/lists" | "/pairings" | "/mutual" | "/monitor" | "/report";

/** The cycle's sections; the mutual pairs, the monitor and the report only for those who may open them. */
export function CycleTabs({ actor, cycleId, current }: { actor: Actor; cycleId: string; current: CycleTab }) {
  return (
    <nav aria-label="Разделы цикла" className="mb-6 border-b border-slate-200 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {TABS.filter((tab) => !tab.permission || can(actor, tab.permission)).map((tab) => (
          <li key={tab.href}>
            <Link
              href={`/cycles/${cycleId}${tab.href}`}
              aria-current={tab.href === current ? "page" : undefined}
              className={cn(
                "-mb-px block border-b-2 px-3 py-2 text-sm font-medium",
                tab.href === current ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-slate-900",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
