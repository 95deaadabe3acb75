/**
 * The cycle's progress stage by stage, each stage with a measurable
 * completion (decision 041). Pure: no I/O.
 *
 * - diagnosis: risk profiles confirmed / schools in the lists;
 * - programming: required documents presented (submitted or confirmed) /
 *   required documents (the monitor's rule, decision 016);
 * - expertise: documents confirmed / documents;
 * - implementation: measures done (done + confirmed) / measures;
 * - reporting: the analytical report — none 0 %, draft 50 %, approved 100 %.
 */
import type { CycleStatus } from "@/lib/db/generated/enums";
import { shareOf } from "./share";

export const STAGES = ["diagnosis", "programming", "expertise", "implementation", "reporting"] as const satisfies readonly CycleStatus[];
export type Stage = (typeof STAGES)[number];

export type ReportState = "none" | "draft" | "approved";

export const REPORT_STATE_LABELS = {
  none: "не начата",
  draft: "черновик",
  approved: "утверждена",
} as const satisfies Record<ReportState, string>;

/** How far a report state goes towards the reporting stage's completion. */
export const REPORT_STATE_PERCENT = { none: 0, draft: 50, approved: 100 } as const satisfies Record<ReportState, number>;

export type StageCounts = {
  schools: number;
  profilesConfirmed: number;
  documentsRequired: number;
  documentsPresented: number;
  documents: number;
  documentsConfirmed: number;
  measures: number;
  measuresDone: number;
  report: ReportState;
};

export type StageProgress = {
  stage: Stage;
  /** Done and total of what the stage counts (the report: 1 of 1 once approved). */
  done: number;
  total: number;
  /** Completion in percent, one decimal; null when the stage has nothing to count yet. */
  percent: number | null;
  /** What is counted, in Russian: «профилей подтверждено из школ в списках». */
  measure: string;
  /** The cycle is at this stage now. */
  current: boolean;
  /** The cycle has moved past this stage. */
  passed: boolean;
};

const MEASURES: Record<Stage, string> = {
  diagnosis: "рисковых профилей подтверждено из школ в списках",
  programming: "обязательных документов представлено из обязательных",
  expertise: "документов подтверждено из всех документов",
  implementation: "мероприятий выполнено из всех мероприятий",
  reporting: "аналитическая справка",
};

/** The stage the cycle is at; a draft is before the first stage, a closed cycle after the last. */
export function stageIndex(status: CycleStatus): number {
  if (status === "draft") return -1;
  if (status === "closed") return STAGES.length;
  return STAGES.indexOf(status);
}

export function stageProgress(counts: StageCounts, status: CycleStatus): StageProgress[] {
  const at = stageIndex(status);
  const ratio: Record<Stage, [number, number]> = {
    diagnosis: [counts.profilesConfirmed, counts.schools],
    programming: [counts.documentsPresented, counts.documentsRequired],
    expertise: [counts.documentsConfirmed, counts.documents],
    implementation: [counts.measuresDone, counts.measures],
    reporting: [counts.report === "approved" ? 1 : 0, 1],
  };
  return STAGES.map((stage, i) => {
    const [done, total] = ratio[stage];
    return {
      stage,
      done,
      total,
      percent: stage === "reporting" ? REPORT_STATE_PERCENT[counts.report] : shareOf(done, total),
      measure: MEASURES[stage],
      current: i === at,
      passed: i < at,
    };
  });
}
