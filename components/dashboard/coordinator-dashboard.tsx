import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import type { DashboardCycle } from "@/lib/features/dashboard/queries";
import {
  CONSULTATIONS_MODULE_TITLE,
  CONSULTATIONS_MONTH_TITLE,
  ConsultationsByModuleFigure,
  ConsultationsByMonthFigure,
  DIAGNOSTICS_TITLE,
  DiagnosticsFigure,
  EVENTS_TITLE,
  EventsFigure,
  IOM_TITLE,
  IomCoverageFigure,
} from "./coordinator-activity";
import {
  COVERAGE_TITLE,
  CuratorCoverageFigure,
  DOCUMENTS_TITLE,
  DocumentsFigure,
  MEASURES_TITLE,
  MeasureStatusFigure,
  OVERDUE_TITLE,
  OverdueFigure,
  STAGES_TITLE,
  StagesFigure,
} from "./coordinator-progress";
import { barChartHeight } from "@/components/charts/size";
import { FigureSlot } from "./figure-parts";

/**
 * The coordinator's (and the administrator's) dashboard of one cycle: each
 * figure streams in on its own behind a skeleton of its height.
 */
export function CoordinatorDashboard({ actor, cycle }: { actor: Actor; cycle: DashboardCycle }) {
  const props = { actor, cycleId: cycle.id };
  return (
    <section aria-labelledby="dashboard-coordinator" className="space-y-4">
      <h2 id="dashboard-coordinator" className="text-lg font-semibold">
        Муниципалитет: {cycle.municipality.name}, цикл {cycle.year} года
      </h2>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/cycles/${cycle.id}/monitor`} className="font-medium text-brand-700 hover:underline">
          Мониторинг реализации →
        </Link>
        <Link href="/results" className="font-medium text-brand-700 hover:underline">
          Результаты школ →
        </Link>
        <Link href={`/cycles/${cycle.id}`} className="font-medium text-brand-700 hover:underline">
          Сроки, списки и кураторы цикла →
        </Link>
      </p>
      <FigureSlot title={STAGES_TITLE} height={barChartHeight(5)}>
        <StagesFigure {...props} />
      </FigureSlot>
      <FigureSlot title={DOCUMENTS_TITLE} height={barChartHeight(4)}>
        <DocumentsFigure {...props} />
      </FigureSlot>
      <FigureSlot title={MEASURES_TITLE} height={barChartHeight(5)}>
        <MeasureStatusFigure {...props} />
      </FigureSlot>
      <FigureSlot title={OVERDUE_TITLE} height={440}>
        <OverdueFigure {...props} />
      </FigureSlot>
      <FigureSlot title={COVERAGE_TITLE} height={barChartHeight(3)}>
        <CuratorCoverageFigure {...props} />
      </FigureSlot>
      <FigureSlot title={EVENTS_TITLE} height={barChartHeight(6)}>
        <EventsFigure {...props} />
      </FigureSlot>
      <FigureSlot title={CONSULTATIONS_MODULE_TITLE} height={barChartHeight(3)}>
        <ConsultationsByModuleFigure {...props} />
      </FigureSlot>
      <FigureSlot title={CONSULTATIONS_MONTH_TITLE} height={240 + 20}>
        <ConsultationsByMonthFigure {...props} />
      </FigureSlot>
      <FigureSlot title={IOM_TITLE} height={barChartHeight(2, 2)}>
        <IomCoverageFigure {...props} />
      </FigureSlot>
      <FigureSlot title={DIAGNOSTICS_TITLE} height={barChartHeight(5, 2)}>
        <DiagnosticsFigure {...props} />
      </FigureSlot>
    </section>
  );
}
