import Link from "next/link";
import { SchoolCategories } from "@/components/school-categories";
import { Card, CardTitle } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import type { CurrentCycle } from "@/lib/features/cycles/queries";
import { getSchoolAdminHome } from "@/lib/features/home/queries";
import { PLURALS, RISK_PROFILE_STATUS_LABELS, SCHOOL_KIND_LABELS } from "@/lib/i18n/labels";
import { formatNumber, plural } from "@/lib/i18n/plural";

export async function SchoolAdminHome({ actor, schoolId, cycle }: { actor: Actor; schoolId: string; cycle: CurrentCycle | null }) {
  const data = await getSchoolAdminHome(actor, schoolId, cycle);
  if (!data) return null;
  const { school, cycleSchool, teachers } = data;
  const contingent = school.contingents[0];
  return (
    <Card aria-labelledby={`school-${school.code}`}>
      <CardTitle id={`school-${school.code}`}>
        <Link href={`/schools/${school.code}`} className="text-brand-700 hover:underline">
          {school.shortName}
        </Link>
      </CardTitle>
      <p className="text-sm text-slate-600">{school.name}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Код ОО</dt>
          <dd className="font-mono">{school.code}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Вид</dt>
          <dd>{SCHOOL_KIND_LABELS[school.kind]}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Категории в цикле {cycle?.year ?? ""}</dt>
          <dd>{cycleSchool ? <SchoolCategories categories={cycleSchool.categories} /> : "Школа не входит в списки текущего цикла"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Куратор</dt>
          <dd>{cycleSchool?.pairings[0]?.curator.name ?? "Не назначен"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Рисковый профиль</dt>
          <dd>{cycleSchool?.riskProfile ? RISK_PROFILE_STATUS_LABELS[cycleSchool.riskProfile.status] : "Не начат"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Педагогов в системе</dt>
          <dd>{plural(teachers, PLURALS.teacher)}</dd>
        </div>
        {contingent ? (
          <div>
            <dt className="text-slate-500">Контингент {contingent.year}/{contingent.year + 1} уч. г.</dt>
            <dd>
              {formatNumber(contingent.students)} обучающихся, из них с ОВЗ — {formatNumber(contingent.ovzStudents)}
            </dd>
          </div>
        ) : null}
      </dl>
    </Card>
  );
}
