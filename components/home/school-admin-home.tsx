import Link from "next/link";
import { SchoolCategories } from "@/components/school-categories";
import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
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
      {/* the school's roadmap */}
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {cycleSchool ? (
          <Link href={`/schools/${school.code}/roadmap`} className="font-medium text-brand-700 hover:underline">
            Дорожная карта школы: разделы и мероприятия →
          </Link>
        ) : null}
        <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
          Показатели →
        </Link>
      </p>
      <Details className="mt-4">
        <Detail label="Код ОО" mono>
          {school.code}
        </Detail>
        <Detail label="Вид">{SCHOOL_KIND_LABELS[school.kind]}</Detail>
        <Detail label={`Категории в цикле ${cycle?.year ?? ""}`}>
          {cycleSchool ? <SchoolCategories categories={cycleSchool.categories} /> : "Школа не входит в списки текущего цикла"}
        </Detail>
        <Detail label="Куратор">{cycleSchool?.pairings[0]?.curator.name ?? "Не назначен"}</Detail>
        <Detail label="Рисковый профиль">
          {cycleSchool?.riskProfile ? RISK_PROFILE_STATUS_LABELS[cycleSchool.riskProfile.status] : "Не начат"}
        </Detail>
        <Detail label="Педагогов в системе">{plural(teachers, PLURALS.teacher)}</Detail>
        {contingent ? (
          <Detail label={`Контингент ${contingent.year}/${contingent.year + 1} уч. г.`}>
            {formatNumber(contingent.students)} обучающихся, из них с ОВЗ — {formatNumber(contingent.ovzStudents)}
          </Detail>
        ) : null}
      </Details>
    </Card>
  );
}
