import Link from "next/link";
import { Stat } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { getAdminHome } from "@/lib/features/home/queries";

export async function AdminHome({ actor }: { actor: Actor }) {
  const data = await getAdminHome(actor);
  return (
    <section aria-labelledby="admin-home" className="space-y-3">
      <h2 id="admin-home" className="text-lg font-semibold">
        Установка
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Stat label="Муниципалитетов" value={data.municipalities} />
        <Stat label="Школ" value={data.schools} />
        <Stat label="Циклов" value={data.cycles} />
        <Stat label="Активных пользователей" value={data.activeUsers} />
        <Stat label="Отключённых пользователей" value={data.inactiveUsers} />
      </dl>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/admin/users" className="font-medium text-brand-700 hover:underline">
          Управление пользователями →
        </Link>
        <Link href="/admin/municipalities" className="font-medium text-brand-700 hover:underline">
          Реквизиты муниципалитетов →
        </Link>
      </p>
    </section>
  );
}
