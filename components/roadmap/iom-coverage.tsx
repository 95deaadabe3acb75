import Link from "next/link";
import type { RoadmapSection } from "@/lib/domain/roadmap/sections";
import { PLURALS } from "@/lib/i18n/labels";
import { formatPercent, plural } from "@/lib/i18n/plural";

/** The risk «Недостаточная предметная и методическая компетентность педагогических работников». */
export function isTeacherCompetencyFactor(section: Pick<RoadmapSection, "riskFactorCode" | "title">): boolean {
  return section.riskFactorCode !== null && /компетентность педагогическ/i.test(section.title);
}

type Coverage = { teachersWithDeficits: number; withApprovedIom: number; share: number | null; avgProgress: number | null };

/** ИОМ coverage of the school's teachers with deficits, shown in the competency factor's section. */
export function IomCoverage({ coverage }: { coverage: Coverage }) {
  return (
    <div className="mt-3 rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium">Индивидуальные образовательные маршруты педагогов</p>
      {coverage.teachersWithDeficits === 0 ? (
        <p className="text-slate-600">По входной диагностике педагогов с дефицитами нет.</p>
      ) : (
        <ul className="mt-1 space-y-0.5 text-slate-700">
          <li>
            С дефицитами: {plural(coverage.teachersWithDeficits, PLURALS.teacher)}; с утверждённым ИОМ — {coverage.withApprovedIom} (
            {formatPercent(coverage.share ?? 0)}).
          </li>
          <li>Средний прогресс утверждённых ИОМ: {coverage.avgProgress === null ? "—" : formatPercent(coverage.avgProgress)}.</li>
        </ul>
      )}
      <Link href="/iom" className="mt-1 inline-block text-brand-700 hover:underline">
        Перейти к ИОМ
      </Link>
    </div>
  );
}
