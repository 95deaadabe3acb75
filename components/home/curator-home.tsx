import type { Actor } from "@/lib/auth/actor";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { getCuratorHome } from "@/lib/features/home/queries";
import { PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";
import { SchoolList } from "./school-list";

export async function CuratorHome({ actor, cycle }: { actor: Actor; cycle: CurrentCycle }) {
  const rows = await getCuratorHome(actor, cycle);
  return (
    <section aria-labelledby="curator-home" className="space-y-3">
      <h2 id="curator-home" className="text-lg font-semibold">
        Мои школы в цикле {cycle.year} года
      </h2>
      <p className="text-sm text-slate-600">За вами закреплено: {plural(rows.length, PLURALS.school)}.</p>
      <SchoolList rows={rows} caption="Школы, закреплённые за куратором" showCurator={false} />
    </section>
  );
}
