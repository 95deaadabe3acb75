/**
 * The school's roadmap view, shaped like the ИС МЭДК screen (seed 003) and
 * like the later REST API: «Стартовая диагностика», «Программа развития»,
 * then one section per risk factor worked on, each with its status and the
 * six counters. Pure: no I/O.
 */
import { isProgramRequired } from "@/lib/domain/risk/significance";
import type { DocumentKind, DocumentStatus, MeasureStatus, RiskProfileStatus, Significance } from "@/lib/db/generated/enums";
import { countersFrom, emptyCounters, isOverdue, type MeasureCounters, type MeasureGroup } from "@/lib/domain/measures";

export type SectionStatus = RiskProfileStatus | DocumentStatus | "not_started";

export type RoadmapSection = {
  key: string;
  title: string;
  status: SectionStatus;
  required: boolean;
  riskFactorCode: number | null;
  significance: Significance | null;
  counters: MeasureCounters;
  /** Documents behind the section (for links); not part of the API shape. */
  documentIds: string[];
};

export type RoadmapInput = {
  today: Date;
  riskProfile: { status: RiskProfileStatus } | null;
  assessments: ReadonlyArray<{ factorCode: number; factorTitle: string; significance: Significance; programRequired: boolean }>;
  documents: ReadonlyArray<{ id: string; kind: DocumentKind; status: DocumentStatus; riskFactorCode: number | null; riskFactorTitle: string | null }>;
  measures: ReadonlyArray<{ documentId: string; status: MeasureStatus; deadline: Date | null }>;
};

export const DEVELOPMENT_KEY = "development";
export const DIAGNOSIS_KEY = "diagnosis";
export const factorKey = (code: number) => `factor-${code}`;

/** The least advanced status of several documents; missing documents are «not started». */
const ORDER: SectionStatus[] = ["not_started", "draft", "returned", "submitted", "confirmed"];
function weakest(statuses: SectionStatus[]): SectionStatus {
  return statuses.reduce((a, b) => (ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a), "confirmed" as SectionStatus);
}

/** A factor needs an anti-risk programme: the one rule in lib/domain/risk/significance.ts. */
export function programRequired(a: { significance: Significance; programRequired: boolean }): boolean {
  return isProgramRequired(a.significance, a.programRequired);
}

function countersOf(documentIds: string[], input: RoadmapInput): MeasureCounters {
  if (documentIds.length === 0) return emptyCounters();
  const groups: MeasureGroup[] = input.measures
    .filter((m) => documentIds.includes(m.documentId))
    .map((m) => ({ status: m.status, overdue: isOverdue(m, input.today), count: 1 }));
  return countersFrom(groups);
}

export function buildSections(input: RoadmapInput): RoadmapSection[] {
  const sections: RoadmapSection[] = [
    {
      key: DIAGNOSIS_KEY,
      title: "Стартовая диагностика",
      status: input.riskProfile?.status ?? "not_started",
      required: true,
      riskFactorCode: null,
      significance: null,
      counters: emptyCounters(),
      documentIds: [],
    },
  ];

  const development = input.documents.filter((d) => d.kind === "concept" || d.kind === "medium_term_program");
  const devStatuses: SectionStatus[] = (["concept", "medium_term_program"] as const).map(
    (kind) => development.find((d) => d.kind === kind)?.status ?? "not_started",
  );
  const devIds = development.map((d) => d.id);
  sections.push({
    key: DEVELOPMENT_KEY,
    title: "Программа развития",
    status: weakest(devStatuses),
    required: true,
    riskFactorCode: null,
    significance: null,
    counters: countersOf(devIds, input),
    documentIds: devIds,
  });

  // Factors worked on: those with an anti-risk programme, and those that require one.
  const factors = new Map<number, { title: string; significance: Significance | null; required: boolean }>();
  for (const a of input.assessments) {
    if (programRequired(a)) factors.set(a.factorCode, { title: a.factorTitle, significance: a.significance, required: true });
  }
  for (const d of input.documents) {
    if (d.kind !== "anti_risk_program" || d.riskFactorCode === null || factors.has(d.riskFactorCode)) continue;
    const a = input.assessments.find((x) => x.factorCode === d.riskFactorCode);
    factors.set(d.riskFactorCode, { title: a?.factorTitle ?? d.riskFactorTitle ?? "", significance: a?.significance ?? null, required: false });
  }
  for (const [code, f] of [...factors].sort(([a], [b]) => a - b)) {
    const docs = input.documents.filter((d) => d.kind === "anti_risk_program" && d.riskFactorCode === code);
    const ids = docs.map((d) => d.id);
    sections.push({
      key: factorKey(code),
      title: `${code}. ${f.title}`,
      status: docs[0]?.status ?? "not_started",
      required: f.required,
      riskFactorCode: code,
      significance: f.significance,
      counters: countersOf(ids, input),
      documentIds: ids,
    });
  }
  return sections;
}

/** The API shape (without internal fields). */
export function toApiSection(s: RoadmapSection) {
  const { documentIds: _ids, ...rest } = s;
  return rest;
}
