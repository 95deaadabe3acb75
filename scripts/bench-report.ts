/**
 * The analytical report section of `npm run bench`: a generated municipality
 * of 50 schools (BENCH_REPORT_SCHOOLS) written with bulk inserts — a cycle
 * at «Подведение итогов» with risk profiles, 10 documents and 80 measures
 * per school (half with indicators), 200 МНЦ events with their schools,
 * 1 000 consultations, two closed surveys with answers, three years of exam
 * results — then the report's load + build (lib/features/report/queries.ts
 * + the pure builder) timed over N runs, and the .docx rendering. The target
 * is under 2 s for load + build.
 */
import { performance } from "node:perf_hooks";
import type { Db } from "../lib/db/client";

export const REPORT_SCHOOLS = Number(process.env.BENCH_REPORT_SCHOOLS ?? 50);
const DOCUMENTS_PER_SCHOOL = 10;
const MEASURES_PER_DOCUMENT = 8;
const EVENTS = 200;
const CONSULTATIONS = 1000;
const TEACHERS = 100;

export type ReportBench = {
  schools: number;
  measures: number;
  events: number;
  consultations: number;
  seedMs: number;
  runs: number;
  build: { p50: number; p95: number; max: number };
  docx: { p50: number; p95: number; max: number; bytes: number };
  sections: number;
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const pad = (n: number) => String(n).padStart(2, "0");
/** A 2025 calendar date from a counter. */
const date2025 = (i: number) => day(`2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`);

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  return { p50: at(50), p95: at(95), max: sorted[sorted.length - 1] };
}

/** Inserts in chunks (a single statement's parameters are limited). */
async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 2000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function seedMunicipality(db: Db, stamp: string) {
  const id = (kind: string, i: number | string) => `bench-${stamp}-${kind}-${i}`;
  const municipality = await db.municipality.create({
    data: {
      code: `bench-report-${stamp}`,
      name: "г. Нагрузочный",
      region: "Краснодарский край",
      centerName: "МКУ «Центр развития образования» (нагрузка)",
      centerAddress: "352900, г. Нагрузочный, ул. Тестовая, д. 1",
      centerPhone: "8(800)000-00-00",
      directorName: "И.И. Иванова",
    },
  });
  const m = municipality.id;

  // People: a coordinator, curators, school leaders, tutors, teachers.
  const users = [
    { id: id("coordinator", 0), email: `${id("coordinator", 0)}@bench.test`, name: "Координатор Нагрузочный" },
    ...Array.from({ length: 10 }, (_, i) => ({ id: id("curator", i), email: `${id("curator", i)}@bench.test`, name: `Куратор ${i + 1}` })),
    ...Array.from({ length: REPORT_SCHOOLS }, (_, i) => ({ id: id("leader", i), email: `${id("leader", i)}@bench.test`, name: `Директор ${i + 1}` })),
    ...Array.from({ length: 5 }, (_, i) => ({ id: id("tutor", i), email: `${id("tutor", i)}@bench.test`, name: `Тьютор ${i + 1}` })),
    ...Array.from({ length: TEACHERS }, (_, i) => ({ id: id("teacher", i), email: `${id("teacher", i)}@bench.test`, name: `Педагог ${i + 1}` })),
  ];
  await chunked(users, (rows) => db.user.createMany({ data: rows }));
  const schools = Array.from({ length: REPORT_SCHOOLS }, (_, i) => ({
    id: id("school", i),
    municipalityId: m,
    code: id("edu", i),
    name: `Средняя общеобразовательная школа № ${i + 1}`,
    shortName: `СОШ № ${i + 1}`,
    kind: "sosh" as const,
  }));
  await db.school.createMany({ data: schools });
  await db.roleAssignment.createMany({
    data: [
      { userId: id("coordinator", 0), role: "coordinator", municipalityId: m },
      ...Array.from({ length: 10 }, (_, i) => ({ userId: id("curator", i), role: "curator" as const, municipalityId: m })),
      ...schools.map((s, i) => ({ userId: id("leader", i), role: "school_admin" as const, municipalityId: m, schoolId: s.id })),
      ...Array.from({ length: 5 }, (_, i) => ({ userId: id("tutor", i), role: "tutor" as const, municipalityId: m })),
      ...Array.from({ length: TEACHERS }, (_, i) => ({ userId: id("teacher", i), role: "teacher" as const, municipalityId: m, schoolId: schools[i % schools.length].id })),
    ],
  });

  const cycle = await db.cycle.create({
    data: { municipalityId: m, year: 2025, title: "Дорожная карта (нагрузка) на 2025 год", status: "reporting", orderNumber: "8", orderDate: day("2025-01-09") },
  });
  const categories = [["shnor"], ["shnsu"], ["risk_zone"], ["shnor", "p500"]] as const;
  await db.cycleSchool.createMany({ data: schools.map((s, i) => ({ id: id("cs", i), cycleId: cycle.id, schoolId: s.id, categories: [...categories[i % 4]] })) });
  await db.curatorPairing.createMany({ data: schools.map((_, i) => ({ cycleSchoolId: id("cs", i), curatorId: id("curator", i % 10), pairedOn: day("2025-01-20") })) });

  // Risk profiles over the 2025 catalogue.
  let factors = await db.riskFactor.findMany({ where: { catalogYear: 2025 }, orderBy: { code: "asc" }, select: { id: true, code: true } });
  if (factors.length < 13) {
    for (let code = 1; code <= 13; code++) {
      await db.riskFactor.upsert({ where: { catalogYear_code: { catalogYear: 2025, code } }, create: { catalogYear: 2025, code, title: `Фактор риска ${code}`, sortOrder: code }, update: {} });
    }
    factors = await db.riskFactor.findMany({ where: { catalogYear: 2025 }, orderBy: { code: "asc" }, select: { id: true, code: true } });
  }
  await db.riskProfile.createMany({ data: schools.map((_, i) => ({ id: id("profile", i), cycleSchoolId: id("cs", i), catalogYear: 2025, status: "confirmed" as const })) });
  const significances = ["high", "medium", "low"] as const;
  await chunked(
    schools.flatMap((_, i) =>
      factors.map((f, k) => ({ profileId: id("profile", i), factorId: f.id, suggested: significances[(i + k) % 3], significance: significances[(i + k) % 3], programRequired: (i + k) % 5 === 0 })),
    ),
    (rows) => db.riskFactorAssessment.createMany({ data: rows }),
  );

  // 10 documents a school (concept, programme, 8 anti-risk programmes), one task each, 8 measures a document.
  const statuses = ["confirmed", "done", "in_progress", "planned", "needs_revision", "not_done", "confirmed", "in_progress"] as const;
  const documents = [];
  const tasks = [];
  const measures = [];
  for (let i = 0; i < REPORT_SCHOOLS; i++) {
    for (let d = 0; d < DOCUMENTS_PER_SCHOOL; d++) {
      const kind = d === 0 ? "concept" : d === 1 ? "medium_term_program" : "anti_risk_program";
      const docId = id(`doc-${i}`, d);
      documents.push({
        id: docId,
        cycleSchoolId: id("cs", i),
        kind: kind as "concept" | "medium_term_program" | "anti_risk_program",
        riskFactorId: kind === "anti_risk_program" ? factors[d - 2].id : null,
        title: `Документ ${d + 1} школы ${i + 1}`,
        status: (["confirmed", "submitted", "draft", "returned"] as const)[(i + d) % 4],
      });
      const taskId = id(`task-${i}`, d);
      tasks.push({ id: taskId, documentId: docId, sortOrder: 1, title: "Задача программы" });
      for (let k = 0; k < MEASURES_PER_DOCUMENT; k++) {
        const status = statuses[(i + d + k) % statuses.length];
        const withIndicator = k % 2 === 0;
        measures.push({
          documentId: docId,
          taskId,
          sortOrder: k + 1,
          title: `Мероприятие ${k + 1}`,
          deadline: date2025(i + d + k),
          status,
          indicatorName: withIndicator ? `Показатель ${d + 1}.${k + 1}` : null,
          indicatorUnit: withIndicator ? "%" : null,
          baseline: withIndicator ? 20 + k : null,
          target: withIndicator ? 60 + k : null,
          actual: withIndicator && status !== "planned" ? 40 + ((i * 7 + k * 3) % 40) : null,
        });
      }
    }
  }
  await chunked(documents, (rows) => db.programDocument.createMany({ data: rows }));
  await chunked(tasks, (rows) => db.documentTask.createMany({ data: rows }));
  await chunked(measures, (rows) => db.measure.createMany({ data: rows }), 1000);

  // МНЦ: modules, projects, events with their schools.
  const modules = Array.from({ length: 6 }, (_, i) => ({ id: id("module", i), municipalityId: m, title: `Модуль плана ${i + 1}` }));
  await db.planModule.createMany({ data: modules });
  const projects = [
    { id: id("project", 0), municipalityId: m, title: "Методический абонемент" },
    { id: id("project", 1), municipalityId: m, title: "Умные каникулы" },
  ];
  await db.municipalProject.createMany({ data: projects });
  const types = ["seminar", "webinar", "videoconference", "master_class", "consulting", "training", "methodical_session", "management_school"] as const;
  const events = Array.from({ length: EVENTS }, (_, i) => ({
    id: id("event", i),
    municipalityId: m,
    cycleId: cycle.id,
    type: types[i % types.length],
    date: date2025(i),
    topic: `Мероприятие МНЦ № ${i + 1}`,
    format: (i % 2 ? "remote" : "in_person") as "remote" | "in_person",
    audience: (["admin_teams", "teachers", "mixed"] as const)[i % 3],
    participants: 10 + (i % 40),
    moduleId: modules[i % 6].id,
    projectId: i % 5 === 0 ? projects[i % 2].id : null,
  }));
  await db.supportEvent.createMany({ data: events });
  const links = events.flatMap((e, i) => Array.from({ length: 5 }, (_, k) => schools[(i + k * 7) % schools.length].id).map((schoolId) => [schoolId, e.id] as const));
  const unique = [...new Map(links.map((l) => [`${l[0]}|${l[1]}`, l])).values()];
  await chunked(unique, (rows) => db.$executeRawUnsafe(`INSERT INTO "_SchoolToSupportEvent" ("A", "B") VALUES ${rows.map((r) => `('${r[0]}', '${r[1]}')`).join(", ")}`), 1000);

  // МТКП consultations.
  const subjects = await Promise.all(
    [
      { code: "russian", name: "Русский язык" },
      { code: "math", name: "Математика" },
      { code: "math_profile", name: "Математика (профильная)" },
    ].map((s) => db.subject.upsert({ where: { code: s.code }, create: s, update: {}, select: { id: true, code: true } })),
  );
  const modulesC = ["subject_competence", "methodical_competence", "assessment"] as const;
  const functions = ["modeling", "supporting", "diagnostic", "logistic", "consulting", "praxeological"] as const;
  await chunked(
    Array.from({ length: CONSULTATIONS }, (_, i) => ({
      municipalityId: m,
      cycleId: cycle.id,
      tutorId: id("tutor", i % 5),
      teacherId: id("teacher", i % TEACHERS),
      schoolId: schools[(i % TEACHERS) % schools.length].id,
      date: date2025(i),
      subjectId: subjects[i % 2].id,
      module: modulesC[i % 3],
      form: "individual" as const,
      functions: [functions[i % 6], functions[(i + 2) % 6]],
      projectId: i % 4 === 0 ? projects[0].id : null,
    })),
    (rows) => db.consultation.createMany({ data: rows }),
  );

  // Two closed surveys with answers.
  for (const [s, audience, respondents] of [
    [0, "school_leaders", Array.from({ length: REPORT_SCHOOLS }, (_, i) => id("leader", i))],
    [1, "teachers", Array.from({ length: TEACHERS }, (_, i) => id("teacher", i))],
  ] as const) {
    const surveyId = id("survey", s);
    await db.survey.create({ data: { id: surveyId, municipalityId: m, cycleId: cycle.id, title: `Анкета ${s + 1}`, audience, status: "closed" } });
    await db.surveyQuestion.createMany({
      data: [
        { id: id(`q${s}`, 1), surveyId, sortOrder: 1, kind: "yes_no", text: "Помощь была адресной?", reportLabel: "респондентов отметили адресность помощи" },
        { id: id(`q${s}`, 2), surveyId, sortOrder: 2, kind: "scale", text: "Оцените работу", reportLabel: null },
        { id: id(`q${s}`, 3), surveyId, sortOrder: 3, kind: "text", text: "Пожелания", reportLabel: null },
      ],
    });
    await db.surveyResponse.createMany({ data: respondents.map((respondentId, r) => ({ id: id(`resp${s}`, r), surveyId, respondentId })) });
    await db.surveyAnswer.createMany({
      data: respondents.flatMap((_, r) => [
        { responseId: id(`resp${s}`, r), questionId: id(`q${s}`, 1), boolValue: r % 7 !== 0 },
        { responseId: id(`resp${s}`, r), questionId: id(`q${s}`, 2), intValue: (r % 5) + 1 },
      ]),
    });
  }

  // Exam results 2023–2025: ЕГЭ, ОГЭ and ВПР in two subjects.
  const series = [
    { exam: "ege" as const, subject: subjects[0], grade: 0 },
    { exam: "ege" as const, subject: subjects[2], grade: 0 },
    { exam: "oge" as const, subject: subjects[0], grade: 0 },
    { exam: "oge" as const, subject: subjects[1], grade: 0 },
    { exam: "vpr" as const, subject: subjects[0], grade: 5 },
    { exam: "vpr" as const, subject: subjects[1], grade: 5 },
  ];
  await chunked(
    schools.flatMap((s, i) =>
      series.flatMap((x, k) =>
        [2023, 2024, 2025].map((year, y) => ({
          schoolId: s.id,
          year,
          exam: x.exam,
          subjectId: x.subject.id,
          grade: x.grade,
          participants: 20 + ((i + k) % 30),
          avgScore: x.exam === "ege" ? 55 + ((i * 3 + k + y) % 25) : x.exam === "oge" ? 3.2 + ((i + k + y) % 10) / 10 : null,
          failShare: x.exam === "ege" ? null : 2 + ((i * 5 + k - y) % 15),
          qualityShare: x.exam === "vpr" ? 35 + ((i * 2 + k + y) % 30) : null,
        })),
      ),
    ),
    (rows) => db.examResult.createMany({ data: rows }),
  );

  return { municipalityId: m, cycleId: cycle.id, coordinatorId: id("coordinator", 0), measures: measures.length };
}

export async function benchReport(db: Db, iterations: number): Promise<ReportBench> {
  const { loadActor } = await import("../lib/auth/load-actor");
  const { findReportCycle, loadReportData } = await import("../lib/features/report/queries");
  const { renderReportDocx } = await import("../lib/features/report/docx");
  const { buildReportDocument } = await import("../lib/domain/report/document");
  const { defaultReportTitle, defaultTasks } = await import("../lib/domain/report/defaults");

  const seedStart = performance.now();
  const seeded = await seedMunicipality(db, Date.now().toString(36));
  const seedMs = performance.now() - seedStart;
  const actor = (await loadActor(seeded.coordinatorId, "session"))!;
  const cycle = (await findReportCycle(db, actor, seeded.cycleId))!;
  const title = defaultReportTitle(cycle.municipality.name, cycle.year);

  const build = async () => {
    const data = await loadReportData(actor, cycle, { title });
    return buildReportDocument(data, { paragraphs: {}, tasks: defaultTasks(data) });
  };
  const doc = await build(); // warm-up
  if (doc.sections.length !== 6) throw new Error("bench report: unexpected document");
  const buildTimes: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await build();
    buildTimes.push(performance.now() - start);
  }
  const docxTimes: number[] = [];
  let bytes = 0;
  for (let i = 0; i < Math.max(3, Math.min(10, iterations)); i++) {
    const start = performance.now();
    bytes = (await renderReportDocx(doc)).byteLength;
    docxTimes.push(performance.now() - start);
  }
  return {
    schools: REPORT_SCHOOLS,
    measures: seeded.measures,
    events: EVENTS,
    consultations: CONSULTATIONS,
    seedMs,
    runs: iterations,
    build: stats(buildTimes),
    docx: { ...stats(docxTimes), bytes },
    sections: doc.sections.length,
  };
}

export function printReportBench(r: ReportBench): void {
  console.log(
    `\nAnalytical report: ${r.schools} schools, ${r.measures} measures, ${r.events} events, ${r.consultations} consultations (bulk seed ${(r.seedMs / 1000).toFixed(1)} s), ${r.runs} runs, ms`,
  );
  console.log("step".padEnd(30), "p50".padStart(8), "p95".padStart(8), "max".padStart(8));
  console.log("load + build".padEnd(30), r.build.p50.toFixed(0).padStart(8), r.build.p95.toFixed(0).padStart(8), r.build.max.toFixed(0).padStart(8), r.build.max < 2000 ? "under the 2 s target" : "OVER the 2 s target");
  console.log(`.docx (${(r.docx.bytes / 1024).toFixed(0)} KB)`.padEnd(30), r.docx.p50.toFixed(0).padStart(8), r.docx.p95.toFixed(0).padStart(8), r.docx.max.toFixed(0).padStart(8));
}
