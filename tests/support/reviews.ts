/** Fixtures for the expertise tests: own documents on demo schools, full score sets. */
import { getDb } from "@/lib/db/client";
import type { DocumentStatus } from "@/lib/db/generated/enums";

const db = () => getDb();

export async function cycleSchoolOf(code: string) {
  return db().cycleSchool.findFirstOrThrow({ where: { school: { code }, cycle: { year: 2025 } }, include: { school: true } });
}

/**
 * A new anti-risk programme of the school for a risk factor it has none for
 * (the partial unique index allows one per factor), with one task and measure.
 */
export async function createDocument(code: string, status: DocumentStatus = "submitted") {
  const cs = await cycleSchoolOf(code);
  const used = await db().programDocument.findMany({ where: { cycleSchoolId: cs.id, kind: "anti_risk_program" }, select: { riskFactorId: true } });
  const factor = await db().riskFactor.findFirstOrThrow({
    where: { catalogYear: 2025, id: { notIn: used.map((u) => u.riskFactorId!).filter(Boolean) } },
    orderBy: { code: "desc" },
  });
  const doc = await db().programDocument.create({
    data: {
      cycleSchoolId: cs.id,
      kind: "anti_risk_program",
      riskFactorId: factor.id,
      title: `Тестовая программа по фактору ${factor.code}`,
      goal: "Снизить долю обучающихся с низкой мотивацией",
      status,
      currentRevision: status === "draft" ? 0 : 1,
      submittedAt: status === "draft" ? null : new Date(),
    },
  });
  const task = await db().documentTask.create({ data: { documentId: doc.id, sortOrder: 1, title: "Выявить причины" } });
  await db().measure.create({ data: { documentId: doc.id, taskId: task.id, sortOrder: 1, title: "Анкетирование обучающихся", deadline: new Date("2025-11-14") } });
  return { ...doc, school: cs.school, cycleSchoolId: cs.id };
}

export async function activeCriteria(kind: "anti_risk_program" | "concept" | "medium_term_program" = "anti_risk_program") {
  return db().reviewCriterion.findMany({ where: { documentKind: kind, active: true }, orderBy: { sortOrder: "asc" } });
}

/** Every active criterion scored `score` (with a comment when below 3). */
export async function fullScores(score = 3, kind: "anti_risk_program" = "anti_risk_program") {
  const criteria = await activeCriteria(kind);
  return Object.fromEntries(criteria.map((c) => [c.id, { score, comment: score < 3 ? `Замечание по критерию ${c.code}` : "" }]));
}

export async function removeDocument(id: string) {
  await db().programDocument.delete({ where: { id } }).catch(() => undefined);
}
