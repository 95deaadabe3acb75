import Link from "next/link";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { NavLinks } from "@/components/shell/nav-links";
import { SessionKeepAlive } from "@/components/shell/session-keep-alive";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/session";
import { signOutAction } from "@/lib/features/auth/actions";
import { ROLE_LABELS } from "@/lib/i18n/labels";
import { navigationFor } from "@/lib/navigation";

/** The shell. Not a security boundary: every page and action checks on its own. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const roles = [...new Set(actor.roles.map((r) => ROLE_LABELS[r.role]))].join(", ");
  return (
    <div className="min-h-screen">
      <SessionKeepAlive />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Перейти к содержанию
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-7xl px-4">
          <div className="flex flex-wrap items-center justify-between gap-4 pt-3">
            <Link href="/" className="text-lg font-semibold text-brand-700">
              Опора
            </Link>
            <div className="flex items-center gap-3 text-sm">
              <NotificationBell actor={actor} />
              <div className="text-right">
                <div className="font-medium" data-testid="current-user">
                  {actor.name}
                </div>
                <div className="text-xs text-slate-500">{roles}</div>
              </div>
              <form action={signOutAction}>
                <Button type="submit" variant="secondary">
                  Выйти
                </Button>
              </form>
            </div>
          </div>
          <nav aria-label="Основная навигация" className="py-2">
            <NavLinks items={navigationFor(actor)} />
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
