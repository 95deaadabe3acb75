/**
 * Educational results and early warning (decision 040) against the demo data
 * (read only) and, for the one-step «add to the next cycle's lists», a
 * municipality of this file's own with its schools, results and cycles.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listCycleSchools } from "@/lib/features/cycles/queries";
import { addFlaggedSchoolToCycleAction } from "@/lib/features/results/actions";
import { createExamResultAction, deleteExamResultAction, updateExamResultAction } from "@/lib/features/results/entry-actions";
import { findNextCycle, getResultsOverview } from "@/lib/features/results/overview";
import { getSchoolResultsOrThrow, loadMunicipalResults, warningsBySchool } from "@/lib/features/results/queries";
import { getSchoolResultsPageOrNotFound } from "@/lib/features/results/school-page";
import { resultsPageQuerySchema } from "@/lib/features/results/schemas";
import { createTestUser } from "../support/db";
import { signInAs } from "../support/session";
import { createTestMunicipality, type TestMunicipality } from "../support/test-municipality";

const db = () => getDb();
const DEMO_CODES = Array.from({ length: 12 }, (_, i) => `edu2301${String(i + 1).padStart(2, "0")}`);
const demoMunicipality = () => db().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
const actorOf = async (email: string) => {
  await signInAs(email);
  return (await getActor())!;
};
const overview = (actor: Awaited<ReturnType<typeof actorOf>>, query: Record<string, string> = {}) => getResultsOverview(actor, resultsPageQuerySchema.parse(query));
const codeOf = async (ids: Iterable<string>) => (await db().school.findMany({ where: { id: { in: [...ids] } }, select: { code: true } })).map((s) => s.code).sort();

describe("municipal averages on the demo", () => {
  it("weights ОГЭ mathematics 2025 by participants (3,80), which a plain mean of the schools (3,70) would not give", async () => {
    const m = await demoMunicipality();
    const results = await loadMunicipalResults(m.id);
    const cell = results.municipal.get("oge:math:0")!.cells.get(2025)!;
    expect(cell.values.avgScore).toBe(3.8);

    // Independently, from the stored rows.
    const rows = await db().examResult.findMany({ where: { year: 2025, exam: "oge", grade: 0, subject: { code: "math" }, school: { municipalityId: m.id } } });
    const weighted = rows.reduce((s, r) => s + Number(r.avgScore) * r.participants, 0) / rows.reduce((s, r) => s + r.participants, 0);
    expect(cell.values.avgScore).toBe(Math.round(weighted * 100) / 100);
    expect(cell.participants).toBe(rows.reduce((s, r) => s + r.participants, 0));
    const demoRows = rows.filter((r) => r.participants > 0);
    const plain = demoRows.reduce((s, r) => s + Number(r.avgScore), 0) / demoRows.length;
    expect(Math.round(plain * 100) / 100).not.toBe(cell.values.avgScore);
    expect(results.latestYear).toBe(2025);
    expect(results.years).toEqual([2023, 2024, 2025]);
  });
});

describe("early warning on the demo (as of 2025)", () => {
  it("flags exactly the demo schools the seed describes, with ООШ № 21's falling ОГЭ mathematics among the reasons", async () => {
    const m = await demoMunicipality();
    const results = await loadMunicipalResults(m.id);
    const flagged = warningsBySchool(results, 2025);
    const codes = (await codeOf(flagged.keys())).filter((c) => DEMO_CODES.includes(c));
    expect(codes).toEqual(["edu230101", "edu230102", "edu230103", "edu230104", "edu230105", "edu230107", "edu230110", "edu230111"]);
    for (const notFlagged of ["edu230106", "edu230108", "edu230109", "edu230112"]) expect(codes).not.toContain(notFlagged);

    const school21 = await db().school.findUniqueOrThrow({ where: { code: "edu230101" } });
    const warnings = flagged.get(school21.id)!;
    expect(warnings.some((w) => w.exam === "oge" && w.subjectCode === "math" && w.metric === "avgScore" && w.rule === "falling")).toBe(true);
    expect(warnings.map((w) => w.reason)).toContain("ОГЭ, математика: средняя отметка снижается 2 года подряд: 3,31 → 3,24 → 3,12 (2023–2025)");
  });

  it("shows the coordinator СОШ № 3 and СОШ № 5 flagged, not in the 2025 lists, and the next cycle if any", async () => {
    const actor = await actorOf("coordinator@opora.demo");
    const data = await overview(actor);
    if (!data || data.empty) throw new Error("no results");
    expect(data.warnings.asOf).toBe(2025);
    const byCode = new Map(data.warnings.flagged.items.map((f) => [f.school.code, f]));
    for (const code of ["edu230110", "edu230111"]) {
      expect(byCode.get(code), code).toBeDefined();
      expect(byCode.get(code)!.asOfCategories).toBeNull();
    }
    expect(byCode.get("edu230101")!.asOfCategories).toEqual(expect.arrayContaining(["shnor", "p500"]));
    expect(byCode.has("edu230106")).toBe(false);
    expect(byCode.get("edu230110")!.groups.map((g) => g.title)).toEqual(expect.arrayContaining(["ЕГЭ, математика (профильная)", "ЕГЭ, русский язык"]));
    // The demo opens no 2026 cycle; another file might, so only its shape is asserted.
    const next = data.warnings.nextCycle;
    expect(next === null || next.year > 2025).toBe(true);
    expect(data.canManage).toBe(true);
  });
});

describe("the results page's comparison", () => {
  it("defaults to the latest year and the first series, and compares every school of the coordinator with the average", async () => {
    const actor = await actorOf("coordinator@opora.demo");
    const defaults = await overview(actor);
    if (!defaults || defaults.empty) throw new Error("no results");
    expect([defaults.selection.year, defaults.selection.series.key, defaults.selection.sort]).toEqual([2025, "ege:math_profile:0", "name"]);
    const data = await overview(actor, { exam: "oge", subject: "math" });
    if (!data || data.empty) throw new Error("no results");
    expect(data.selection.year).toBe(2025);
    expect(data.selection.series.key).toBe("oge:math:0");
    expect(data.municipalCell!.values.avgScore).toBe(3.8);
    const codes = data.comparisons.items.map((c) => c.code);
    for (const code of DEMO_CODES) expect(codes).toContain(code);
    const school21 = data.comparisons.items.find((c) => c.code === "edu230101")!;
    expect(school21.differences.avgScore).toEqual({ delta: -0.68, verdict: "worse" });
    expect(school21.values.failShare).toBe(14.3);

    const worst = await overview(actor, { exam: "oge", subject: "math", sort: "worst" });
    if (!worst || worst.empty) throw new Error("no results");
    expect(worst.comparisons.items[0].code).toBe("edu230101");

    const searched = await overview(actor, { exam: "oge", subject: "math", q: "сош № 3" });
    if (!searched || searched.empty) throw new Error("no results");
    expect(searched.comparisons.items.map((c) => c.code)).toEqual(["edu230110"]);

    const fallback = await overview(actor, { exam: "ege", subject: "math", year: "1999" });
    if (!fallback || fallback.empty) throw new Error("no results");
    expect([fallback.selection.year, fallback.selection.series.exam]).toEqual([2025, "ege"]);
    expect(fallback.options.subjects.map((s) => s.code)).toEqual(["math_profile", "russian"]);
  });

  it("a curator sees only paired schools and a school admin only their own, both with the same municipal average", async () => {
    const curator = await actorOf("curator@opora.demo");
    const c = await overview(curator, { exam: "oge", subject: "math" });
    if (!c || c.empty) throw new Error("no results");
    expect(c.schools.map((s) => s.code).sort()).toEqual(["edu230101", "edu230102", "edu230105"]);
    expect(c.comparisons.items.map((r) => r.code).sort()).toEqual(["edu230101", "edu230102", "edu230105"]);
    expect(c.municipalCell!.values.avgScore).toBe(3.8);
    expect(c.warnings.flagged.items.every((f) => ["edu230101", "edu230102", "edu230105"].includes(f.school.code))).toBe(true);
    expect(c.canManage).toBe(false);

    const admin = await actorOf("school@opora.demo");
    const s = await overview(admin, { exam: "oge", subject: "math" });
    if (!s || s.empty) throw new Error("no results");
    expect(s.comparisons.items.map((r) => r.code)).toEqual(["edu230101"]);
    expect(s.municipalCell!.values.avgScore).toBe(3.8);
    expect(s.warnings.flagged.items.map((f) => f.school.code)).toEqual(["edu230101"]);
  });
});

describe("a school's results through its scope", () => {
  it("the curator of other schools gets NOT_FOUND; the paired curator the comparison", async () => {
    const curator2 = await actorOf("curator2@opora.demo");
    await expect(getSchoolResultsOrThrow(curator2, "edu230101")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSchoolResultsPageOrNotFound(curator2, "edu230101")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    const curator = await actorOf("curator@opora.demo");
    const data = await getSchoolResultsOrThrow(curator, "edu230101");
    // Other files may add results of test subjects to the demo school: the seeded series are there, in reading order.
    expect(data.comparisons.map((c) => c.key).filter((k) => /:(math|russian|math_profile):/.test(k))).toEqual(["oge:math:0", "oge:russian:0", "vpr:math:5", "vpr:russian:5"]);
  });

  it("the school admin reads their own school only, with its warnings and contingent", async () => {
    const admin = await actorOf("school@opora.demo");
    await expect(getSchoolResultsOrThrow(admin, "edu230102")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const page = await getSchoolResultsPageOrNotFound(admin, "edu230101");
    expect(page.asOfYear).toBe(2025);
    expect(page.groups.map((g) => g.title)).toContain("ОГЭ, математика");
    expect(page.contingent.map((c) => [c.schoolYear, c.students])).toEqual([
      ["2023/24", 304],
      ["2024/25", 318],
      ["2025/26", 326],
    ]);
    // An as-of year without results falls back to the latest.
    expect((await getSchoolResultsPageOrNotFound(admin, "edu230101", 2031)).asOfYear).toBe(2025);
    const older = await getSchoolResultsPageOrNotFound(admin, "edu230101", 2024);
    expect(older.asOfYear).toBe(2024);
  });

  it("refuses a teacher (no exam_result:read) with 403", async () => {
    const teacher = await actorOf("teacher@opora.demo");
    await expect(getSchoolResultsPageOrNotFound(teacher, "edu230101")).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    await expect(overview(teacher)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  });
});

// ───────────────────────── the action, in a municipality of its own ─────────────────────────

describe("addFlaggedSchoolToCycleAction", () => {
  let m: TestMunicipality;
  let cycle2025: { id: string };
  let closed2026: { id: string };
  let open2027: { id: string };
  const ACTION = "cycle_school.add_flagged";

  /** ОГЭ mathematics 2023–2025: school 0 below the average and falling, 1 and 2 above and steady; 3 has none. */
  beforeAll(async () => {
    m = await createTestMunicipality();
    const math = await db().subject.findUniqueOrThrow({ where: { code: "math" } });
    const series: [number, number[], number[]][] = [
      [0, [3.3, 3.2, 3.1], [12, 13, 15]],
      [1, [4.0, 4.1, 4.2], [2, 2, 1]],
      [2, [3.9, 4.0, 4.0], [3, 3, 3]],
    ];
    for (const [index, avg, fail] of series) {
      for (let i = 0; i < 3; i++) {
        await db().examResult.create({
          data: { schoolId: m.schools[index].id, year: 2023 + i, exam: "oge", subjectId: math.id, participants: 40, avgScore: avg[i], failShare: fail[i] },
        });
      }
    }
    cycle2025 = await db().cycle.create({ data: { municipalityId: m.municipality.id, year: 2025, title: "Дорожная карта 2025 (тест)", status: "implementation" } });
    closed2026 = await db().cycle.create({ data: { municipalityId: m.municipality.id, year: 2026, title: "Дорожная карта 2026 (тест)", status: "closed", closedAt: new Date() } });
  });

  it("finds no next cycle while the only later one is closed, and refuses the closed one", async () => {
    const coordinator = (await loadActor(m.coordinator.id, "session"))!;
    expect(await findNextCycle(coordinator, m.municipality.id, 2025)).toBeNull();
    await signInAs(m.coordinator.email);
    const result = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[0].id, cycleId: closed2026.id, asOfYear: 2025 });
    expect(result.serverError).toMatchObject({ code: "INVALID_TRANSITION", message: "Цикл 2026 года закрыт: добавить школу в его списки нельзя." });
    const same = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[0].id, cycleId: cycle2025.id, asOfYear: 2025 });
    expect(same.serverError?.message).toBe("Школы по результатам 2025 года добавляются в списки следующего цикла, а не цикла 2025 года.");
    expect(await db().cycleSchool.count({ where: { schoolId: m.schools[0].id } })).toBe(0);

    const data = await overview(coordinator);
    if (!data || data.empty) throw new Error("no results");
    expect(data.warnings.nextCycle).toBeNull();
    expect(data.warnings.flagged.items.map((f) => f.school.id)).toEqual([m.schools[0].id]);
  });

  it("adds the flagged school to the earliest open cycle after the year with «Зона риска», the reasons as its note and an audit row", async () => {
    open2027 = await db().cycle.create({ data: { municipalityId: m.municipality.id, year: 2027, title: "Дорожная карта 2027 (тест)", status: "draft" } });
    await db().cycle.create({ data: { municipalityId: m.municipality.id, year: 2028, title: "Дорожная карта 2028 (тест)", status: "draft" } });
    const coordinator = (await loadActor(m.coordinator.id, "session"))!;
    expect((await findNextCycle(coordinator, m.municipality.id, 2025))?.id).toBe(open2027.id);
    const before = await overview(coordinator);
    if (!before || before.empty) throw new Error("no results");
    expect(before.warnings.nextCycle?.year).toBe(2027);
    expect(before.warnings.flagged.items[0].nextCategories).toBeNull();

    await signInAs(m.coordinator.email);
    const result = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[0].id, cycleId: open2027.id, asOfYear: 2025 });
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors).toBeUndefined();
    const row = await db().cycleSchool.findUniqueOrThrow({ where: { id: result.data!.id } });
    expect(row).toMatchObject({ cycleId: open2027.id, schoolId: m.schools[0].id, categories: ["risk_zone"] });
    expect(row.note).toBe(
      "Раннее предупреждение по результатам 2025 года. ОГЭ, математика: хуже среднего — средняя отметка (2023–2025), доля «2» (2023–2025); " +
        "ухудшение 2 года подряд — средняя отметка (2023–2025), доля «2» (2023–2025).",
    );

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: ACTION, entityId: row.id } });
    expect(audit.actorRole).toBe("coordinator");
    expect(audit.after).toMatchObject({ cycleId: open2027.id, schoolId: m.schools[0].id, categories: ["risk_zone"], note: row.note });

    const after = await overview(coordinator);
    if (!after || after.empty) throw new Error("no results");
    expect(after.warnings.flagged.items[0].nextCategories).toEqual(["risk_zone"]);
    const lists = await listCycleSchools(coordinator, open2027.id);
    expect(lists.find((l) => l.school.id === m.schools[0].id)?.note).toBe(row.note);
  });

  it("refuses a school already in the lists with a field error, and a school not flagged", async () => {
    await signInAs(m.coordinator.email);
    const again = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[0].id, cycleId: open2027.id, asOfYear: 2025 });
    expect(again.validationErrors?.fieldErrors.schoolId).toEqual(["Школа уже есть в списках цикла 2027 года"]);

    const audits = await db().auditLog.count({ where: { action: ACTION } });
    for (const index of [1, 3]) {
      const result = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[index].id, cycleId: open2027.id, asOfYear: 2025 });
      expect(result.serverError).toMatchObject({ code: "VALIDATION", message: `${m.schools[index].shortName} не в зоне риска по результатам 2025 года: добавлять её по раннему предупреждению не на что.` });
    }
    expect(await db().cycleSchool.count({ where: { cycleId: open2027.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: ACTION } })).toBe(audits);
  });

  it("answers 404 for another municipality's cycle or school, and 403 to a curator and a school admin", async () => {
    const demoCycle = await db().cycle.findFirstOrThrow({ where: { year: 2025, municipality: { code: "armavir-demo" } } });
    await signInAs(m.coordinator.email);
    const foreignCycle = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[0].id, cycleId: demoCycle.id, asOfYear: 2024 });
    expect(foreignCycle.serverError?.code).toBe("NOT_FOUND");
    const demoSchool = await db().school.findUniqueOrThrow({ where: { code: "edu230110" } });
    const foreignSchool = await addFlaggedSchoolToCycleAction({ schoolId: demoSchool.id, cycleId: open2027.id, asOfYear: 2025 });
    expect(foreignSchool.serverError?.code).toBe("NOT_FOUND");

    const denials = await db().auditLog.count({ where: { action: "authz_denied" } });
    for (const email of [m.curator.email, m.schoolAdmin.email]) {
      await signInAs(email);
      const result = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[2].id, cycleId: open2027.id, asOfYear: 2025 });
      expect(result.serverError?.code, email).toBe("FORBIDDEN");
    }
    expect(await db().auditLog.count({ where: { action: "authz_denied" } })).toBe(denials + 2);
    expect(await db().cycleSchool.count({ where: { cycleId: open2027.id } })).toBe(1);

    const stranger = await createTestUser();
    await signInAs(stranger.email);
    expect((await addFlaggedSchoolToCycleAction({ schoolId: m.schools[0].id, cycleId: open2027.id, asOfYear: 2025 })).serverError?.code).toBe("FORBIDDEN");
  });
});

// ───────────────────────── manual entry, in a municipality of its own ─────────────────────────

describe("manual entry of one result", () => {
  let m: TestMunicipality;
  let mathId: string;
  const form = () => ({ schoolId: m.schools[1].id, year: "2025", exam: "oge" as const, subjectId: mathId, grade: "", participants: "30", avgScore: "3,6", failShare: "7,5", qualityShare: "45", successShare: "92,5" });

  beforeAll(async () => {
    m = await createTestMunicipality();
    mathId = (await db().subject.findUniqueOrThrow({ where: { code: "math" } })).id;
  });

  it("creates a result with an audit row, refuses a duplicate, and the municipal average follows", async () => {
    await signInAs(m.coordinator.email);
    const created = await createExamResultAction(form());
    expect(created.serverError).toBeUndefined();
    const row = await db().examResult.findUniqueOrThrow({ where: { id: created.data!.id } });
    expect([row.participants, Number(row.avgScore), Number(row.failShare), row.grade, row.version]).toEqual([30, 3.6, 7.5, 0, 1]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "exam_result.create", entityId: row.id } });
    expect(audit.after).toMatchObject({ schoolId: m.schools[1].id, year: 2025, exam: "oge", avgScore: 3.6, participants: 30 });

    const again = await createExamResultAction({ ...form(), avgScore: "4" });
    expect(again.validationErrors?.formErrors).toEqual(["Результат ОГЭ по предмету «Математика» за 2025 год у этой школы уже есть: исправьте его."]);

    await createExamResultAction({ ...form(), schoolId: m.schools[2].id, participants: "10", avgScore: "4,4" });
    const results = await loadMunicipalResults(m.municipality.id);
    expect(results.municipal.get("oge:math:0")!.cells.get(2025)!.values.avgScore).toBe(3.8); // (30·3,6 + 10·4,4) / 40
  });

  it("puts the per-exam rules beside the fields and writes nothing", async () => {
    await signInAs(m.coordinator.email);
    const before = await db().examResult.count({ where: { school: { municipalityId: m.municipality.id } } });
    const bad = await createExamResultAction({ ...form(), schoolId: m.schools[3].id, avgScore: "45", failShare: "" });
    expect(bad.validationErrors?.fieldErrors).toMatchObject({ avgScore: ["Средняя отметка — от 2 до 5"], failShare: ["Укажите долю «2»"] });
    const vpr = await createExamResultAction({ ...form(), schoolId: m.schools[3].id, exam: "vpr", grade: "" });
    expect(vpr.validationErrors?.fieldErrors.grade).toEqual(["Для ВПР укажите класс: 4, 5, 6, 7, 8, 10, 11"]);
    expect(await db().examResult.count({ where: { school: { municipalityId: m.municipality.id } } })).toBe(before);
  });

  it("corrects with optimistic locking and deletes with the version, both audited", async () => {
    await signInAs(m.coordinator.email);
    const created = await createExamResultAction({ ...form(), schoolId: m.schools[3].id, year: "2024" });
    const id = created.data!.id;
    const updated = await updateExamResultAction({ ...form(), schoolId: m.schools[3].id, year: "2024", avgScore: "3,7", id, version: 1 });
    expect(updated.serverError).toBeUndefined();
    expect(Number((await db().examResult.findUniqueOrThrow({ where: { id } })).avgScore)).toBe(3.7);
    const stale = await updateExamResultAction({ ...form(), schoolId: m.schools[3].id, year: "2024", avgScore: "3,9", id, version: 1 });
    expect(stale.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await db().auditLog.findFirstOrThrow({ where: { action: "exam_result.update", entityId: id } })).before).toMatchObject({ avgScore: 3.6 });

    expect((await deleteExamResultAction({ id, version: 1 })).serverError).toMatchObject({ code: "CONFLICT" });
    // Success navigates on the server to the list of that exam, subject and year (Next's redirect error).
    await expect(deleteExamResultAction({ id, version: 2 })).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/results\?year=2024&exam=oge/) });
    expect(await db().examResult.findUnique({ where: { id } })).toBeNull();
    expect(await db().auditLog.count({ where: { action: "exam_result.delete", entityId: id } })).toBe(1);
  });

  it("answers 403 to a curator and a school admin, 404 for another municipality's school or result", async () => {
    for (const email of [m.curator.email, m.schoolAdmin.email]) {
      await signInAs(email);
      expect((await createExamResultAction(form())).serverError?.code, email).toBe("FORBIDDEN");
    }
    await signInAs("coordinator@opora.demo");
    const demoResult = await db().examResult.findFirstOrThrow({ where: { school: { code: "edu230101" } } });
    expect((await createExamResultAction({ ...form(), year: "2030" })).serverError?.code).toBe("NOT_FOUND");
    expect((await deleteExamResultAction({ id: (await db().examResult.findFirstOrThrow({ where: { school: { municipalityId: m.municipality.id } } })).id, version: 1 })).serverError?.code).toBe("NOT_FOUND");
    await signInAs(m.coordinator.email);
    expect((await deleteExamResultAction({ id: demoResult.id, version: demoResult.version })).serverError?.code).toBe("NOT_FOUND");
    expect(await db().examResult.findUnique({ where: { id: demoResult.id } })).not.toBeNull();
  });
});
