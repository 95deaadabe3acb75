/**
 * A school of its own for the document tests: a fresh school in the demo
 * cycle with a school admin, a curator of its own (so the demo curators'
 * scope stays as the scope test expects) and a confirmed risk profile where
 * factor 1 is «высокая» and factor 2 «низкая».
 */
import { getDb } from "@/lib/db/client";
import { uniqueSuffix } from "../support/db";

export type DocFixture = Awaited<ReturnType<typeof makeSchool>>;

export async function makeSchool() {
  const db = getDb();
  const s = uniqueSuffix();
  const cycle = await db.cycle.findFirstOrThrow({ where: { year: 2025, municipality: { code: "armavir-demo" } } });
  const school = await db.school.create({
    data: { municipalityId: cycle.municipalityId, code: `edu-h3-${s}`, name: `Тестовая школа ${s}`, shortName: `ТШ ${s}`, kind: "sosh" },
  });
  const cs = await db.cycleSchool.create({ data: { cycleId: cycle.id, schoolId: school.id, categories: ["shnor"] } });
  const admin = await db.user.create({
    data: { email: `h3-admin-${s}@opora.test`, name: "Директор Тестовой Школы", roles: { create: { role: "school_admin", municipalityId: cycle.municipalityId, schoolId: school.id } } },
  });
  const curator = await db.user.create({
    data: { email: `h3-curator-${s}@opora.test`, name: "Куратор Тестовой Школы", roles: { create: { role: "curator", municipalityId: cycle.municipalityId } } },
  });
  await db.curatorPairing.create({ data: { cycleSchoolId: cs.id, curatorId: curator.id, pairedOn: new Date("2025-01-20") } });
  const [f1, f2] = await Promise.all([1, 2].map((code) => db.riskFactor.findFirstOrThrow({ where: { catalogYear: 2025, code } })));
  await db.riskProfile.create({
    data: {
      cycleSchoolId: cs.id,
      catalogYear: 2025,
      status: "confirmed",
      factors: {
        create: [
          { factorId: f1!.id, suggested: "high", significance: "high" },
          { factorId: f2!.id, suggested: "low", significance: "low" },
        ],
      },
    },
  });
  return { cycleSchoolId: cs.id, code: school.code, adminEmail: admin.email, curatorEmail: curator.email, curatorId: curator.id, highFactorId: f1!.id, lowFactorId: f2!.id };
}

const complete = {
  deadline: new Date("2025-05-20"),
  responsible: "Иванова А.А., заместитель директора",
  participants: "Педагоги",
  expectedResult: "Курсы пройдены",
  indicatorName: "Доля педагогов, прошедших курсы",
  indicatorUnit: "%",
  baseline: 40,
  target: 80,
  reportForm: "Справка",
};

/** A draft anti-risk programme with one complete task, or a bare one. */
export async function makeDocument(fx: DocFixture, options: { factorId?: string; complete?: boolean; status?: "draft" | "submitted" | "confirmed" | "returned" } = {}) {
  const db = getDb();
  const doc = await db.programDocument.create({
    data: {
      cycleSchoolId: fx.cycleSchoolId,
      kind: "anti_risk_program",
      riskFactorId: options.factorId ?? fx.highFactorId,
      title: "Антирисковая программа (тест)",
      goal: options.complete === false ? null : "Повысить оснащённость",
      status: options.status ?? "draft",
      periodFrom: 2025,
      periodTo: 2025,
    },
  });
  let taskId: string | null = null;
  let measureId: string | null = null;
  if (options.complete !== false) {
    const task = await db.documentTask.create({ data: { documentId: doc.id, sortOrder: 1, title: "Обновить оборудование" } });
    const measure = await db.measure.create({ data: { documentId: doc.id, taskId: task.id, sortOrder: 1, title: "Закупка ноутбуков", ...complete } });
    taskId = task.id;
    measureId = measure.id;
  }
  return { ...doc, taskId, measureId };
}
