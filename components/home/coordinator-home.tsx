import Link from "next/link";
import { Stat } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { getCoordinatorHome } from "@/lib/features/home/queries";
import { CYCLE_STATUS_LABELS, PLURALS } from "@/lib/i18n/labels";
import { formatPercent, plural } from "@/lib/i18n/plural";
import { CoordinatorSupport } from "./coordinator-support";
import { CoordinatorSurveys } from "./coordinator-surveys";
import { CoordinatorTeachers } from "./coordinator-teachers";
import { SchoolList } from "./school-list";

export async function CoordinatorHome({ actor, cycle }: { actor: Actor; cycle: CurrentCycle }) {
  const data = await getCoordinatorHome(actor, cycle);
  const coverage = data.rows.length ? (data.withCurator / data.rows.length) * 100 : 0;
  return (
    <section aria-labelledby="coordinator-home" className="space-y-4">
      <h2 id="coordinator-home" className="text-lg font-semibold">
        Школы цикла {cycle.year} года
      </h2>
      <p className="text-sm text-slate-600">Этап цикла: {CYCLE_STATUS_LABELS[cycle.status]}.</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/cycles/${cycle.id}/monitor`} className="font-medium text-brand-700 hover:underline">
          Мониторинг реализации: все школы цикла, меры, зоны →
        </Link>
        <Link href={`/cycles/${cycle.id}`} className="font-medium text-brand-700 hover:underline">
          Сроки, списки и кураторы цикла →
        </Link>
        <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
          Показатели →
        </Link>
      </p>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Школ в списках цикла" value={data.rows.length} hint={`из ${plural(data.schoolsInMunicipality, PLURALS.school)} муниципалитета`} />
        <Stat label="Кураторов" value={data.curatorCount} />
        <Stat label="Школ с куратором" value={data.withCurator} />
        <Stat label="Охват кураторами" value={formatPercent(Math.round(coverage * 10) / 10)} hint="школы с куратором / школы в списках" />
      </dl>
      <SchoolList rows={data.rows} caption={`Школы цикла ${cycle.year} года`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <CoordinatorSupport actor={actor} cycle={cycle} />
        <CoordinatorTeachers actor={actor} cycleId={cycle.id} />
      </div>
      <CoordinatorSurveys actor={actor} />
    </section>
  );
}
