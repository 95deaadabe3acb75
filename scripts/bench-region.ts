/**
 * The regional data set of `npm run bench`: by default 3 000 schools in 60
 * municipalities (BENCH_SCHOOLS, BENCH_MUNICIPALITIES), one 2025 cycle per
 * municipality at «Реализация», 13 risk-factor assessments a school, 10
 * documents × 8 measures a school (240 000 measures), 50 000 teachers
 * (BENCH_TEACHERS) with entry and repeat diagnostics, an ИОМ of 3 activities
 * and a tutor each, 200 МНЦ events and 1 000 consultations a municipality,
 * and unread notifications. Written by `INSERT … SELECT FROM
 * generate_series(…)` inside the database — no rows cross the wire — so
 * the whole set takes about a minute. Ids are readable (`rs-17`, `ru-te-5`).
 *
 * Every generated user has the password BENCH_PASSWORD (one argon2id hash
 * for all); the load test signs in as the first municipality's people.
 */
import { performance } from "node:perf_hooks";
import type { Db } from "../lib/db/client";

export const REGION = {
  municipalities: Number(process.env.BENCH_MUNICIPALITIES ?? 60),
  schools: Number(process.env.BENCH_SCHOOLS ?? 3000),
  teachers: Number(process.env.BENCH_TEACHERS ?? 50_000),
  documentsPerSchool: 10,
  measuresPerDocument: 8,
  eventsPerMunicipality: 200,
  consultationsPerMunicipality: 1000,
  notificationsPerLoadUser: 5000,
};
export const BENCH_PASSWORD = "bench-region-2025";

/** The people the load test signs in as: all of municipality 0 (school rs-0). */
export const LOAD_USERS = {
  coordinator: "ru-co-0@region.bench",
  curator: "ru-cu-0@region.bench",
  school_admin: "ru-sa-0@region.bench",
  teacher: "ru-te-0@region.bench",
  tutor: "ru-tu-0@region.bench",
} as const;
export const REGION_ADMIN = "ru-admin@region.bench";

export type RegionSeed = { ms: number; steps: Record<string, number>; rows: Record<string, number> };

export async function seedRegion(db: Db, passwordHash: string, log: (line: string) => void = () => {}): Promise<RegionSeed> {
  const M = REGION.municipalities;
  const S = REGION.schools;
  const T = REGION.teachers;
  const SPM = Math.floor(S / M); // schools per municipality
  const K = Math.max(1, Math.floor(T / S)); // teachers per school (at least)
  if (SPM * M !== S) throw new Error("BENCH_SCHOOLS must be a multiple of BENCH_MUNICIPALITIES");
  const mOfSchool = (s: string) => `((${s}) / ${SPM})`;
  const steps: Record<string, number> = {};
  const started = performance.now();
  const step = async (name: string, sql: string, ...params: unknown[]) => {
    const t0 = performance.now();
    await db.$executeRawUnsafe(sql, ...params);
    steps[name] = performance.now() - t0;
    log(`  ${name.padEnd(28)} ${(steps[name] / 1000).toFixed(1)} s`);
  };

  const factors = await db.riskFactor.count({ where: { catalogYear: 2025 } });
  if (factors < 8) throw new Error("bench region: the 2025 risk catalogue is missing (seed the demo data first)");
  const subjects = await db.subject.count();
  if (subjects < 2) throw new Error("bench region: subjects are missing (seed the demo data first)");

  await step(
    "municipalities",
    `INSERT INTO "Municipality" ("id", "code", "name", "region", "centerName", "updatedAt")
     SELECT 'rm-' || m, 'bench-rm-' || m, 'Муниципальный округ № ' || (m + 1), 'Нагрузочный край',
            'Центр развития образования № ' || (m + 1), now()
       FROM generate_series(0, ${M - 1}) m`,
  );
  await step(
    "schools",
    `INSERT INTO "School" ("id", "municipalityId", "code", "name", "shortName", "kind", "updatedAt")
     SELECT 'rs-' || s, 'rm-' || ${mOfSchool("s")}, 'rb' || lpad(s::text, 5, '0'),
            'Средняя общеобразовательная школа № ' || (s % ${SPM} + 1) || ' округа № ' || (${mOfSchool("s")} + 1),
            'СОШ № ' || (s % ${SPM} + 1) || ' (МО ' || (${mOfSchool("s")} + 1) || ')',
            (ARRAY['sosh','sosh','sosh','oosh','gymnasium','lyceum'])[s % 6 + 1]::"SchoolKind", now()
       FROM generate_series(0, ${S - 1}) s`,
  );
  // Users: admin, coordinators, 10 curators and 5 tutors a municipality, a leader a school, teachers.
  await step(
    "users",
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
     SELECT id, id || '@region.bench', name, $1, now() FROM (
       SELECT 'ru-admin' AS id, 'Администратор региона' AS name
       UNION ALL SELECT 'ru-co-' || m, 'Координатор округа ' || (m + 1) FROM generate_series(0, ${M - 1}) m
       UNION ALL SELECT 'ru-cu-' || c, 'Куратор ' || (c + 1) FROM generate_series(0, ${M * 10 - 1}) c
       UNION ALL SELECT 'ru-tu-' || t, 'Тьютор ' || (t + 1) FROM generate_series(0, ${M * 5 - 1}) t
       UNION ALL SELECT 'ru-sa-' || s, 'Директор школы ' || (s + 1) FROM generate_series(0, ${S - 1}) s
       UNION ALL SELECT 'ru-te-' || t, 'Педагог ' || (t + 1) FROM generate_series(0, ${T - 1}) t
     ) u`,
    passwordHash,
  );
  await step(
    "role assignments",
    `INSERT INTO "RoleAssignment" ("id", "userId", "role", "municipalityId", "schoolId")
     SELECT gen_random_uuid()::text, u, r::"Role", m, s FROM (
       SELECT 'ru-admin' AS u, 'admin' AS r, NULL AS m, NULL AS s
       UNION ALL SELECT 'ru-co-' || m, 'coordinator', 'rm-' || m, NULL FROM generate_series(0, ${M - 1}) m
       UNION ALL SELECT 'ru-cu-' || c, 'curator', 'rm-' || (c / 10), NULL FROM generate_series(0, ${M * 10 - 1}) c
       UNION ALL SELECT 'ru-tu-' || t, 'tutor', 'rm-' || (t / 5), NULL FROM generate_series(0, ${M * 5 - 1}) t
       UNION ALL SELECT 'ru-sa-' || s, 'school_admin', 'rm-' || ${mOfSchool("s")}, 'rs-' || s FROM generate_series(0, ${S - 1}) s
       UNION ALL SELECT 'ru-te-' || t, 'teacher', 'rm-' || ${mOfSchool(`t % ${S}`)}, 'rs-' || (t % ${S}) FROM generate_series(0, ${T - 1}) t
     ) x`,
  );
  await step(
    "cycles",
    `INSERT INTO "Cycle" ("id", "municipalityId", "year", "title", "status", "orderNumber", "orderDate", "diagnosisDeadline", "programmesDeadline", "implementationEnd", "reportDeadline", "updatedAt")
     SELECT 'rc-' || m, 'rm-' || m, 2025, 'Дорожная карта на 2025 год', 'implementation', '8', DATE '2025-01-09',
            DATE '2025-02-15', DATE '2025-03-31', DATE '2025-12-20', DATE '2026-01-20', now()
       FROM generate_series(0, ${M - 1}) m`,
  );
  await step(
    "cycle schools",
    `INSERT INTO "CycleSchool" ("id", "cycleId", "schoolId", "categories")
     SELECT 'rcs-' || s, 'rc-' || ${mOfSchool("s")}, 'rs-' || s,
            (CASE s % 4 WHEN 0 THEN ARRAY['shnor'] WHEN 1 THEN ARRAY['shnsu'] WHEN 2 THEN ARRAY['risk_zone'] ELSE ARRAY['shnor','p500'] END)::"SchoolCategory"[]
       FROM generate_series(0, ${S - 1}) s`,
  );
  await step(
    "curator pairings",
    `INSERT INTO "CuratorPairing" ("id", "cycleSchoolId", "curatorId", "pairedOn")
     SELECT 'rcp-' || s, 'rcs-' || s, 'ru-cu-' || (${mOfSchool("s")} * 10 + s % 10), DATE '2025-01-20'
       FROM generate_series(0, ${S - 1}) s`,
  );
  await step(
    "risk profiles",
    `INSERT INTO "RiskProfile" ("id", "cycleSchoolId", "catalogYear", "status", "updatedAt")
     SELECT 'rrp-' || s, 'rcs-' || s, 2025,
            (ARRAY['confirmed','confirmed','confirmed','confirmed','submitted','returned','draft'])[s % 7 + 1]::"RiskProfileStatus", now()
       FROM generate_series(0, ${S - 1}) s`,
  );
  // About ten of the thirteen factors significant: high for codes 1–5 (shifted by school), medium for most of the rest.
  await step(
    "risk assessments",
    `INSERT INTO "RiskFactorAssessment" ("id", "profileId", "factorId", "suggested", "significance", "programRequired")
     SELECT gen_random_uuid()::text, 'rrp-' || s, f."id", sig, sig, (s + f."code") % 3 = 0
       FROM generate_series(0, ${S - 1}) s
       CROSS JOIN "RiskFactor" f
       CROSS JOIN LATERAL (SELECT (CASE WHEN (s + f."code") % 13 < 5 THEN 'high' WHEN (s + f."code") % 13 < 10 THEN 'medium' ELSE 'low' END)::"Significance" AS sig) x
      WHERE f."catalogYear" = 2025`,
  );
  // Documents: the concept, the medium-term programme and 8 anti-risk programmes (factors 1–8).
  await step(
    "documents",
    `INSERT INTO "ProgramDocument" ("id", "cycleSchoolId", "kind", "riskFactorId", "title", "status", "updatedAt")
     SELECT 'rpd-' || s || '-' || d, 'rcs-' || s,
            (CASE d WHEN 0 THEN 'concept' WHEN 1 THEN 'medium_term_program' ELSE 'anti_risk_program' END)::"DocumentKind",
            CASE WHEN d >= 2 THEN (SELECT "id" FROM "RiskFactor" WHERE "catalogYear" = 2025 AND "code" = d - 1) END,
            'Документ ' || (d + 1) || ' школы ' || (s + 1),
            (ARRAY['confirmed','confirmed','confirmed','submitted','draft','returned'])[(s + d) % 6 + 1]::"DocumentStatus", now()
       FROM generate_series(0, ${S - 1}) s CROSS JOIN generate_series(0, ${REGION.documentsPerSchool - 1}) d`,
  );
  await step(
    "document tasks",
    `INSERT INTO "DocumentTask" ("id", "documentId", "sortOrder", "title")
     SELECT 'rdt-' || s || '-' || d, 'rpd-' || s || '-' || d, 1, 'Задача программы'
       FROM generate_series(0, ${S - 1}) s CROSS JOIN generate_series(0, ${REGION.documentsPerSchool - 1}) d`,
  );
  await step(
    "measures",
    `INSERT INTO "Measure" ("id", "documentId", "taskId", "sortOrder", "title", "deadline", "responsible", "status",
                            "indicatorName", "indicatorUnit", "baseline", "target", "actual", "updatedAt")
     SELECT 'rme-' || s || '-' || d || '-' || k, 'rpd-' || s || '-' || d, 'rdt-' || s || '-' || d, k + 1,
            'Мероприятие ' || (k + 1) || ' документа ' || (d + 1),
            DATE '2025-01-15' + ((s * 7 + d * 31 + k * 53) % 900),
            'Заместитель директора', st,
            CASE WHEN k % 2 = 0 THEN 'Показатель ' || (d + 1) || '.' || (k + 1) END,
            CASE WHEN k % 2 = 0 THEN '%' END,
            CASE WHEN k % 2 = 0 THEN 20 + k END,
            CASE WHEN k % 2 = 0 THEN 60 + k END,
            CASE WHEN k % 2 = 0 AND st <> 'planned' THEN 40 + (s * 7 + k * 3) % 40 END,
            now()
       FROM generate_series(0, ${S - 1}) s
       CROSS JOIN generate_series(0, ${REGION.documentsPerSchool - 1}) d
       CROSS JOIN generate_series(0, ${REGION.measuresPerDocument - 1}) k
       CROSS JOIN LATERAL (SELECT (ARRAY['confirmed','done','in_progress','planned','needs_revision','not_done','confirmed','in_progress','done','planned'])[(s + d * 3 + k) % 10 + 1]::"MeasureStatus" AS st) x`,
  );
  await step(
    "diagnostics",
    `INSERT INTO "CompetencyDiagnostic" ("id", "teacherId", "cycleId", "schoolId", "kind", "date",
                                         "subject", "methodological", "digital", "communicative", "psychological")
     SELECT 'rcd-' || t || '-' || k, 'ru-te-' || t, 'rc-' || ${mOfSchool(`t % ${S}`)}, 'rs-' || (t % ${S}),
            k::"DiagnosticKind", CASE k WHEN 'entry' THEN DATE '2025-01-15' ELSE DATE '2025-05-20' END,
            (t * 7 + b) % 100, (t * 11 + b) % 100, (t * 13 + b) % 100, (t * 17 + b) % 100, (t * 19 + b) % 100
       FROM generate_series(0, ${T - 1}) t
       CROSS JOIN (VALUES ('entry', 0), ('repeat', 5)) v(k, b)`,
  );
  await step(
    "ИОМ",
    `INSERT INTO "Iom" ("id", "teacherId", "cycleId", "schoolId", "status", "updatedAt")
     SELECT 'rio-' || t, 'ru-te-' || t, 'rc-' || ${mOfSchool(`t % ${S}`)}, 'rs-' || (t % ${S}),
            (ARRAY['approved','approved','submitted','draft','returned'])[t % 5 + 1]::"IomStatus", now()
       FROM generate_series(0, ${T - 1}) t`,
  );
  await step(
    "ИОМ activities",
    `INSERT INTO "IomActivity" ("id", "iomId", "competency", "kind", "title", "hours", "plannedStart", "plannedEnd", "status", "sortOrder")
     SELECT 'ria-' || t || '-' || a, 'rio-' || t,
            (ARRAY['subject','methodological','digital','communicative','psychological'])[(t + a) % 5 + 1]::"Competency",
            (ARRAY['course','master_class','methodical_session','internship','mentoring','lesson_visits','self_education','professional_community'])[(t + a) % 8 + 1]::"IomActivityKind",
            'Мероприятие маршрута ' || (a + 1), 16 + a * 8, DATE '2025-02-01' + a * 60, DATE '2025-03-01' + a * 60,
            (ARRAY['done','in_progress','planned','cancelled'])[(t + a) % 4 + 1]::"IomActivityStatus", a
       FROM generate_series(0, ${T - 1}) t CROSS JOIN generate_series(0, 2) a`,
  );
  await step(
    "tutor assignments",
    `INSERT INTO "TutorAssignment" ("id", "tutorId", "teacherId", "cycleId")
     SELECT 'rta-' || t, 'ru-tu-' || (${mOfSchool(`t % ${S}`)} * 5 + t % 5), 'ru-te-' || t, 'rc-' || ${mOfSchool(`t % ${S}`)}
       FROM generate_series(0, ${T - 1}) t`,
  );
  await step(
    "МНЦ events",
    `INSERT INTO "SupportEvent" ("id", "municipalityId", "cycleId", "type", "date", "topic", "format", "audience", "participants", "updatedAt")
     SELECT 'rev-' || m || '-' || e, 'rm-' || m, 'rc-' || m,
            (ARRAY['seminar','webinar','videoconference','master_class','consulting','training','methodical_session','management_school'])[e % 8 + 1]::"EventType",
            DATE '2025-01-10' + (e * 7 % 340), 'Мероприятие МНЦ № ' || (e + 1),
            (ARRAY['in_person','remote'])[e % 2 + 1]::"EventFormat", (ARRAY['admin_teams','teachers','mixed'])[e % 3 + 1]::"EventAudience",
            10 + e % 40, now()
       FROM generate_series(0, ${M - 1}) m CROSS JOIN generate_series(0, ${REGION.eventsPerMunicipality - 1}) e`,
  );
  await step(
    "event schools",
    `INSERT INTO "_SchoolToSupportEvent" ("A", "B")
     SELECT 'rs-' || (m * ${SPM} + (e + k * 7) % ${SPM}), 'rev-' || m || '-' || e
       FROM generate_series(0, ${M - 1}) m CROSS JOIN generate_series(0, ${REGION.eventsPerMunicipality - 1}) e CROSS JOIN generate_series(0, 4) k`,
  );
  await step(
    "consultations",
    `WITH subj AS (SELECT array_agg("id" ORDER BY "code") AS ids FROM "Subject")
     INSERT INTO "Consultation" ("id", "municipalityId", "cycleId", "tutorId", "teacherId", "schoolId", "date", "subjectId",
                                 "module", "form", "functions", "updatedAt")
     SELECT 'rcn-' || m || '-' || i, 'rm-' || m, 'rc-' || m, 'ru-tu-' || (m * 5 + i % 5),
            'ru-te-' || (m * ${SPM} + i % ${SPM} + ${S} * ((i / ${SPM}) % ${K})), 'rs-' || (m * ${SPM} + i % ${SPM}),
            DATE '2025-01-10' + (i * 3 % 340), subj.ids[i % 2 + 1],
            (ARRAY['subject_competence','methodical_competence','assessment'])[i % 3 + 1]::"ConsultationModule",
            (ARRAY['individual','group','supervision','training','master_class'])[i % 5 + 1]::"ConsultationForm",
            ARRAY[(ARRAY['modeling','supporting','diagnostic','logistic','consulting','praxeological'])[i % 6 + 1],
                  (ARRAY['modeling','supporting','diagnostic','logistic','consulting','praxeological'])[(i + 2) % 6 + 1]]::"TutorFunction"[],
            now()
       FROM subj, generate_series(0, ${M - 1}) m CROSS JOIN generate_series(0, ${REGION.consultationsPerMunicipality - 1}) i`,
  );
  // One notification per teacher; many unread ones for the people the load test marks read.
  await step(
    "notifications",
    `INSERT INTO "Notification" ("id", "userId", "kind", "title", "link")
     SELECT 'rno-t-' || t, 'ru-te-' || t, 'info'::"NotificationKind", 'Маршрут утверждён', '/iom' FROM generate_series(0, ${T - 1}) t
     UNION ALL
     SELECT 'rno-' || u || '-' || n, u, 'deadline_soon'::"NotificationKind", 'Срок мероприятия истекает через 3 дня', NULL
       FROM unnest(ARRAY['ru-co-0','ru-cu-0','ru-sa-0','ru-te-0','ru-tu-0']) u CROSS JOIN generate_series(0, ${REGION.notificationsPerLoadUser - 1}) n`,
  );
  // As after autovacuum: the visibility map set, so index-only scans skip the heap.
  await step("vacuum analyze", `VACUUM ANALYZE`);

  const rows = {
    municipalities: M,
    schools: S,
    teachers: T,
    measures: await db.measure.count({ where: { id: { startsWith: "rme-" } } }),
    documents: S * REGION.documentsPerSchool,
    riskAssessments: S * factors,
    diagnostics: T * 2,
    ioms: T,
    iomActivities: T * 3,
    events: M * REGION.eventsPerMunicipality,
    consultations: M * REGION.consultationsPerMunicipality,
  };
  return { ms: performance.now() - started, steps, rows };
}
