import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "", label: "Обзор и сроки" },
  { href: "/lists", label: "Списки школ" },
  { href: "/pairings", label: "Кураторы" },
] as const;

export function CycleTabs({ cycleId, current }: { cycleId: string; current: "" | "/lists" | "/pairings" }) {
  return (
    <nav aria-label="Разделы цикла" className="mb-6 border-b border-slate-200 print:hidden">
      <ul className="flex flex-wrap gap-1">
        {TABS.map((tab) => (
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
