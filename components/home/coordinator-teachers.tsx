import Link from "next/link";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { getCoordinatorTeacherCounts } from "@/lib/features/home/queries";

/** Teachers of the municipality in the cycle: competency diagnostics and ИОМ, with links. */
export async function CoordinatorTeachers({ actor, cycleId }: { actor: Actor; cycleId: string }) {
  const c = await getCoordinatorTeacherCounts(actor, cycleId);
  return (
    <Card aria-labelledby="coordinator-teachers">
      <CardTitle id="coordinator-teachers">Педагоги: диагностика и ИОМ</CardTitle>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Входная диагностика" value={c.entry} hint="педагогов" />
        <Stat label="Повторная диагностика" value={c.repeat} hint="педагогов" />
        <Stat label="ИОМ всего" value={c.iomTotal} />
        <Stat label="ИОМ утверждено" value={c.iomApproved} hint={c.iomSubmitted ? `ещё ${c.iomSubmitted} на утверждении` : undefined} />
      </dl>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <Link href="/diagnostics" className="text-brand-700 hover:underline">
          Сводка диагностики компетенций →
        </Link>
        <Link href="/iom" className="text-brand-700 hover:underline">
          Маршруты педагогов →
        </Link>
      </p>
    </Card>
  );
}
