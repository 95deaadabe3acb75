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
import { addFlaggedSchoolsToCycleAction, addFlaggedSchoolToCycleAction } from "@/lib/features/results/actions";
import { createExamResultAction, deleteExamResultAction, updateContingentAction, updateExamResultAction } from "@/lib/features/results/entry-actions";
import { getContingentForEditOrNotFound } from "@/lib/features/results/entry-queries";
import { findNextCycle, getResultsOverview } from "@/lib/features/results/overview";
import { getSchoolResultsOrThrow, loadMunicipalResults, warningsBySchool } from "@/lib/features/results/queries";
import { getSchoolResultsPageOrNotFound } from "@/lib/features/results/school-page";
import { resultsPageQuerySchema } from "@/lib/features/results/schemas";
import { warningNote } from "@/lib/domain/results/warning-groups";
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

describe("addFlaggedSchoolsToCycleAction", () => {
  let m: TestMunicipality;
  let extra: { id: string; shortName: string }[];
  let cycle2025: { id: string };
  let closed2026: { id: string };
  let open2027: { id: string };
  const ACTION = "cycle_school.add_flagged_all";
  const flaggedIds = () => [m.schools[0].id, m.schools[1].id, extra[0].id];

  /**
   * ОГЭ mathematics 2023–2025 for six schools: 0, 1 and a fifth below the
   * average and falling; a sixth likewise but closed; 2 and 3 above and steady.
   */
  beforeAll(async () => {
    m = await createTestMunicipality();
    extra = [];
    for (const [i, active] of [[5, true], [6, false]] as const) {
      extra.push(
        await db().school.create({
          data: { municipalityId: m.municipality.id, code: `${m.schools[0].code}x${i}`, name: `Школа № ${i} (тест)`, shortName: `СОШ № ${i} (${m.schools[0].code})`, kind: "sosh", active },
        }),
      );
    }
    const math = await db().subject.findUniqueOrThrow({ where: { code: "math" } });
    const series: [string, number[], number[]][] = [
      [m.schools[0].id, [3.3, 3.2, 3.1], [12, 13, 15]],
      [m.schools[1].id, [3.4, 3.3, 3.2], [11, 12, 14]],
      [m.schools[2].id, [4.4, 4.5, 4.5], [2, 2, 1]],
      [m.schools[3].id, [4.3, 4.4, 4.4], [3, 3, 3]],
      [extra[0].id, [3.5, 3.4, 3.3], [10, 11, 12]],
      [extra[1].id, [3.2, 3.1, 3.0], [14, 15, 16]],
    ];
    for (const [schoolId, avg, fail] of series) {
      for (let i = 0; i < 3; i++) {
        await db().examResult.create({ data: { schoolId, year: 2023 + i, exam: "oge", subjectId: math.id, participants: 40, avgScore: avg[i], failShare: fail[i] } });
      }
    }
    cycle2025 = await db().cycle.create({ data: { municipalityId: m.municipality.id, year: 2025, title: "Дорожная карта 2025 (тест)", status: "implementation" } });
    closed2026 = await db().cycle.create({ data: { municipalityId: m.municipality.id, year: 2026, title: "Дорожная карта 2026 (тест)", status: "closed", closedAt: new Date() } });
    open2027 = await db().cycle.create({ data: { municipalityId: m.municipality.id, year: 2027, title: "Дорожная карта 2027 (тест)", status: "draft" } });
  });

  it("refuses a closed cycle and a cycle not after the as-of year, writing nothing", async () => {
    const flagged = warningsBySchool(await loadMunicipalResults(m.municipality.id), 2025);
    expect([...flagged.keys()].sort()).toEqual([...flaggedIds(), extra[1].id].sort());

    await signInAs(m.coordinator.email);
    const audits = await db().auditLog.count();
    const closed = await addFlaggedSchoolsToCycleAction({ cycleId: closed2026.id, asOfYear: 2025 });
    expect(closed.serverError).toMatchObject({ code: "INVALID_TRANSITION", message: "Цикл 2026 года закрыт: добавить школы в его списки нельзя." });
    const same = await addFlaggedSchoolsToCycleAction({ cycleId: cycle2025.id, asOfYear: 2025 });
    expect(same.serverError).toMatchObject({ code: "VALIDATION", message: "Школы по результатам 2025 года добавляются в списки следующего цикла, а не цикла 2025 года." });
    expect(await db().cycleSchool.count({ where: { school: { municipalityId: m.municipality.id } } })).toBe(0);
    expect(await db().auditLog.count()).toBe(audits);
  });

  it("adds every flagged active school not yet listed, with «Зона риска», its reasons as the note and one audit row each", async () => {
    await signInAs(m.coordinator.email);
    const single = await addFlaggedSchoolToCycleAction({ schoolId: m.schools[1].id, cycleId: open2027.id, asOfYear: 2025 });
    const listedBefore = await db().cycleSchool.findUniqueOrThrow({ where: { id: single.data!.id } });

    const coordinator = (await loadActor(m.coordinator.id, "session"))!;
    const before = await overview(coordinator);
    if (!before || before.empty) throw new Error("no results");
    expect([before.warnings.nextCycle?.id, before.warnings.total, before.warnings.unlisted]).toEqual([open2027.id, 4, 2]);

    const result = await addFlaggedSchoolsToCycleAction({ cycleId: open2027.id, asOfYear: 2025 });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toEqual({ added: 2, cycleId: open2027.id });

    const rows = await db().cycleSchool.findMany({ where: { cycleId: open2027.id } });
    expect(rows.map((r) => r.schoolId).sort()).toEqual(flaggedIds().sort());
    const warnings = warningsBySchool(await loadMunicipalResults(m.municipality.id), 2025);
    for (const schoolId of [m.schools[0].id, extra[0].id]) {
      const row = rows.find((r) => r.schoolId === schoolId)!;
      expect(row.categories).toEqual(["risk_zone"]);
      expect(row.note).toBe(warningNote(2025, warnings.get(schoolId)!));
      expect(row.note).toMatch(/^Раннее предупреждение по результатам 2025 года\. ОГЭ, математика: хуже среднего/);
      const audits = await db().auditLog.findMany({ where: { action: ACTION, entityId: row.id } });
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ entityType: "CycleSchool", actorRole: "coordinator" });
      expect(audits[0].after).toEqual({ cycleId: open2027.id, schoolId, categories: ["risk_zone"], note: row.note, asOfYear: 2025 });
    }
    expect(await db().auditLog.count({ where: { action: ACTION } })).toBe(2);
    // The school listed before keeps its row; the closed school is left out.
    expect(rows.find((r) => r.schoolId === m.schools[1].id)).toEqual(listedBefore);
    expect(rows.some((r) => r.schoolId === extra[1].id)).toBe(false);

    const after = await overview(coordinator);
    if (!after || after.empty) throw new Error("no results");
    expect(after.warnings.unlisted).toBe(0);
  });

  it("answers a second call that nothing is left to add, and writes nothing", async () => {
    await signInAs(m.coordinator.email);
    const rows = await db().cycleSchool.count({ where: { cycleId: open2027.id } });
    const audits = await db().auditLog.count();
    const again = await addFlaggedSchoolsToCycleAction({ cycleId: open2027.id, asOfYear: 2025 });
    expect(again.serverError).toMatchObject({ code: "VALIDATION", message: "Все школы в зоне риска по результатам 2025 года уже есть в списках цикла 2027 года." });
    expect(await db().cycleSchool.count({ where: { cycleId: open2027.id } })).toBe(rows);
    expect(await db().auditLog.count()).toBe(audits);
  });

  it("answers 403 to a curator and a school admin, 404 (audited) to another municipality's coordinator", async () => {
    const rows = await db().cycleSchool.count({ where: { cycleId: open2027.id } });
    await db().cycleSchool.delete({ where: { cycleId_schoolId: { cycleId: open2027.id, schoolId: m.schools[0].id } } });
    const denials = await db().auditLog.count({ where: { action: "authz_denied" } });
    for (const email of [m.curator.email, m.schoolAdmin.email]) {
      await signInAs(email);
      expect((await addFlaggedSchoolsToCycleAction({ cycleId: open2027.id, asOfYear: 2025 })).serverError?.code, email).toBe("FORBIDDEN");
    }
    expect(await db().auditLog.count({ where: { action: "authz_denied" } })).toBe(denials + 2);

    const actorId = await signInAs("coordinator@opora.demo");
    const foreign = await addFlaggedSchoolsToCycleAction({ cycleId: open2027.id, asOfYear: 2025 });
    expect(foreign.serverError?.code).toBe("NOT_FOUND");
    const denial = await db().auditLog.findFirstOrThrow({ where: { action: "authz_denied", actorId }, orderBy: { id: "desc" } });
    expect(denial.meta).toMatchObject({ code: "NOT_FOUND", action: ACTION });
    expect(await db().cycleSchool.count({ where: { cycleId: open2027.id } })).toBe(rows - 1);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("rolls the whole batch back with a conflict when a single add commits meanwhile (PostgreSQL only)", async () => {
    // School 0 is unlisted since the test above; the fifth school is unlisted now too.
    await db().cycleSchool.delete({ where: { cycleId_schoolId: { cycleId: open2027.id, schoolId: extra[0].id } } });
    await signInAs(m.coordinator.email);
    const audits = await db().auditLog.count({ where: { action: ACTION } });

    // Another transaction lists the fifth school and holds, uncommitted, while the batch runs into its row.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let listed!: () => void;
    const rowWritten = new Promise<void>((resolve) => (listed = resolve));
    const other = db().$transaction(
      async (tx) => {
        await tx.cycleSchool.create({ data: { cycleId: open2027.id, schoolId: extra[0].id, categories: ["risk_zone"], note: "Добавлена одновременно" } });
        listed();
        await held;
      },
      { timeout: 30_000 },
    );
    await rowWritten;
    const batch = addFlaggedSchoolsToCycleAction({ cycleId: open2027.id, asOfYear: 2025 });
    for (let i = 0; i < 200; i++) {
      const [{ n }] = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if (n > 0n) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    release();
    await other;

    const result = await batch;
    expect(result.serverError).toMatchObject({ code: "CONFLICT", message: "Пока готовился список, другой пользователь добавил школу в списки цикла 2027 года. Обновите страницу и повторите." });
    const rows = await db().cycleSchool.findMany({ where: { cycleId: open2027.id, schoolId: { in: [m.schools[0].id, extra[0].id] } } });
    expect(rows.map((r) => [r.schoolId, r.note])).toEqual([[extra[0].id, "Добавлена одновременно"]]);
    expect(await db().auditLog.count({ where: { action: ACTION } })).toBe(audits);
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

describe("correcting one school year's contingent by hand", () => {
  let m: TestMunicipality;
  let id: string;
  const counts = { students: "300", ovzStudents: "30", lowIncomeStudents: "60", singleParentStudents: "0" };

  beforeAll(async () => {
    m = await createTestMunicipality();
    id = (await db().schoolContingent.create({ data: { schoolId: m.schools[1].id, year: 2025, students: 280, ovzStudents: 28, lowIncomeStudents: 56, singleParentStudents: 14 } })).id;
  });

  it("links the tab to the import and the form for the coordinator only, and finds the row by school code and year in scope", async () => {
    const coordinator = await actorOf(m.coordinator.email);
    const page = await getSchoolResultsPageOrNotFound(coordinator, m.schools[1].code);
    expect([page.canImport, page.canCorrect, page.contingent.map((c) => c.schoolYear)]).toEqual([true, true, ["2025/26"]]);
    const curator = await actorOf("curator@opora.demo");
    const paired = await getSchoolResultsPageOrNotFound(curator, "edu230101");
    expect([paired.canImport, paired.canCorrect]).toEqual([false, false]);

    expect(await getContingentForEditOrNotFound(coordinator, m.schools[1].code, 2025)).toMatchObject({ id, version: 1, students: 280 });
    await expect(getContingentForEditOrNotFound(coordinator, m.schools[1].code, 2024)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    await expect(getContingentForEditOrNotFound(coordinator, "edu230101", 2024)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    await expect(getContingentForEditOrNotFound(curator, "edu230101", 2024)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  });

  it("corrects the counts with an audit row; a stale version is a conflict", async () => {
    await signInAs(m.coordinator.email);
    const saved = await updateContingentAction({ ...counts, id, version: 1 });
    expect(saved.serverError).toBeUndefined();
    expect(saved.data).toEqual({ id, code: m.schools[1].code, year: 2025 });
    const row = await db().schoolContingent.findUniqueOrThrow({ where: { id } });
    expect([row.students, row.ovzStudents, row.lowIncomeStudents, row.singleParentStudents, row.year, row.version]).toEqual([300, 30, 60, 0, 2025, 2]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "contingent.update", entityId: id } });
    expect([audit.entityType, audit.before, audit.after]).toEqual([
      "SchoolContingent",
      { schoolId: m.schools[1].id, year: 2025, students: 280, ovzStudents: 28, lowIncomeStudents: 56, singleParentStudents: 14 },
      { schoolId: m.schools[1].id, year: 2025, students: 300, ovzStudents: 30, lowIncomeStudents: 60, singleParentStudents: 0 },
    ]);
    const stale = await updateContingentAction({ ...counts, students: "310", id, version: 1 });
    expect(stale.serverError).toMatchObject({ code: "CONFLICT" });
    expect((await db().schoolContingent.findUniqueOrThrow({ where: { id } })).students).toBe(300);
  });

  it("puts the rules beside the fields and writes nothing", async () => {
    await signInAs(m.coordinator.email);
    const bad = await updateContingentAction({ students: "100", ovzStudents: "101", lowIncomeStudents: "много", singleParentStudents: "", id, version: 2 });
    expect(bad.validationErrors?.fieldErrors).toEqual({
      ovzStudents: ["Обучающихся с ОВЗ не может быть больше, чем всего обучающихся (100)"],
      lowIncomeStudents: ["Укажите число (0, если таких нет)"],
      singleParentStudents: ["Укажите число (0, если таких нет)"],
    });
    const fractional = await updateContingentAction({ ...counts, ovzStudents: "2,5", students: "1 063", id, version: 2 });
    expect(fractional.validationErrors?.fieldErrors).toEqual({ ovzStudents: ["Целое число от 0 до 100 000"] });
    expect((await db().schoolContingent.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it("answers 403 to a curator and a school admin, 404 to another municipality's coordinator", async () => {
    for (const email of [m.curator.email, m.schoolAdmin.email]) {
      await signInAs(email);
      expect((await updateContingentAction({ ...counts, id, version: 2 })).serverError?.code, email).toBe("FORBIDDEN");
    }
    await signInAs("coordinator@opora.demo");
    const actorId = (await db().user.findUniqueOrThrow({ where: { email: "coordinator@opora.demo" } })).id;
    const denials = await db().auditLog.count({ where: { action: "authz_denied", actorId } });
    expect((await updateContingentAction({ ...counts, id, version: 2 })).serverError?.code).toBe("NOT_FOUND");
    expect(await db().auditLog.count({ where: { action: "authz_denied", actorId } })).toBe(denials + 1);
    expect((await db().schoolContingent.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});
