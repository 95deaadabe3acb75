import { describe, expect, it } from "vitest";
import type { MeasureStatus } from "@/lib/db/generated/enums";
import { cycleTasksProblem, normalizeCycleTasks, splitTaskLines } from "@/lib/domain/cycles/tasks";
import {
  carriedMeasure,
  carriedMeasuresText,
  factorAnalysis,
  factorReasons,
  goalDirection,
  indicatorOutcome,
  isUnfinished,
  missedIndicatorReason,
  missedTarget,
  nextCycleDeadlines,
  nextCycleTitle,
  schoolCarryNotice,
  shiftSchoolYear,
  shiftYear,
  UNFINISHED_MEASURE_STATUSES,
} from "@/lib/domain/report/carry-over";
import { planCarryOver, planIsEmpty, type CarrySource, type CarryTarget, type SourceMeasure } from "@/lib/domain/report/carry-plan";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

describe("unfinished measures", () => {
  it.each<[MeasureStatus, boolean]>([
    ["planned", true],
    ["in_progress", true],
    ["needs_revision", true],
    ["not_done", true],
    ["done", false],
    ["confirmed", false],
  ])("%s → carries over: %s", (status, expected) => {
    expect(isUnfinished(status)).toBe(expected);
  });

  it("lists exactly the four unfinished statuses", () => {
    expect([...UNFINISHED_MEASURE_STATUSES].sort()).toEqual(["in_progress", "needs_revision", "not_done", "planned"]);
  });
});

describe("indicator outcome", () => {
  it("a rising goal is reached at or above the target", () => {
    expect(indicatorOutcome({ baseline: 66, target: 78, actual: 78 })).toBe("reached");
    expect(indicatorOutcome({ baseline: 66, target: 78, actual: 80 })).toBe("reached");
    expect(indicatorOutcome({ baseline: 66, target: 78, actual: 77.99 })).toBe("missed");
  });

  it("a falling goal (target below the baseline) is reached at or below the target", () => {
    expect(goalDirection(12, 8)).toBe("fall");
    expect(indicatorOutcome({ baseline: 12, target: 8, actual: 8 })).toBe("reached");
    expect(indicatorOutcome({ baseline: 12, target: 8, actual: 5 })).toBe("reached");
    expect(indicatorOutcome({ baseline: 12, target: 8, actual: 9 })).toBe("missed");
  });

  it("a target equal to the baseline means holding the level: reached when actual ≥ target", () => {
    expect(goalDirection(70, 70)).toBe("rise");
    expect(indicatorOutcome({ baseline: 70, target: 70, actual: 70 })).toBe("reached");
    expect(indicatorOutcome({ baseline: 70, target: 70, actual: 71 })).toBe("reached");
    expect(indicatorOutcome({ baseline: 70, target: 70, actual: 69.5 })).toBe("missed");
  });

  it("without a baseline the goal is taken as rising", () => {
    expect(goalDirection(null, 5)).toBe("rise");
    expect(indicatorOutcome({ baseline: null, target: 5, actual: 4 })).toBe("missed");
    expect(indicatorOutcome({ baseline: null, target: 5, actual: 5 })).toBe("reached");
  });

  it("a missing actual value counts as missed; a missing target can never miss", () => {
    expect(indicatorOutcome({ baseline: 66, target: 78, actual: null })).toBe("not_recorded");
    expect(missedTarget({ baseline: 66, target: 78, actual: null })).toBe(true);
    expect(indicatorOutcome({ baseline: 66, target: null, actual: 10 })).toBe("no_target");
    expect(missedTarget({ baseline: null, target: null, actual: null })).toBe(false);
  });

  it("boolean indicators (1 = да) and zero targets work like numbers", () => {
    expect(indicatorOutcome({ baseline: 0, target: 1, actual: 0 })).toBe("missed");
    expect(indicatorOutcome({ baseline: 3, target: 0, actual: 0 })).toBe("reached");
  });
});

describe("reasons for a carried factor", () => {
  const base = { title: "Курсы ПК", indicatorName: "Доля педагогов с первой или высшей категорией", indicatorUnit: null, baseline: 66 };

  it("names the indicator, its target and what was reached", () => {
    expect(missedIndicatorReason(2025, { ...base, target: 78, actual: 70 })).toBe(
      "Перенесено из цикла 2025 года: показатель «доля педагогов с первой или высшей категорией» — цель 78, достигнуто 70",
    );
  });

  it("prints units and Russian decimals, keeps abbreviations", () => {
    expect(missedIndicatorReason(2025, { ...base, indicatorName: "ВПР по математике: средний балл", indicatorUnit: "%", target: 66.5, actual: 60.25 })).toBe(
      "Перенесено из цикла 2025 года: показатель «ВПР по математике: средний балл» — цель 66,5 %, достигнуто 60,25 %",
    );
  });

  it("says when no actual value was entered, and falls back to the measure title without an indicator name", () => {
    expect(missedIndicatorReason(2025, { ...base, indicatorName: "  ", target: 78, actual: null })).toBe(
      "Перенесено из цикла 2025 года: показатель мероприятия «Курсы ПК» — цель 78, фактическое значение не внесено",
    );
  });

  it("gives no reason for a reached or target-less indicator; repeats a line once", () => {
    expect(missedIndicatorReason(2025, { ...base, target: 78, actual: 80 })).toBeNull();
    expect(missedIndicatorReason(2025, { ...base, target: null, actual: null })).toBeNull();
    const same = { ...base, target: 78, actual: 70 };
    expect(factorReasons(2025, [same, same, { ...base, target: 78, actual: 90 }])).toHaveLength(1);
  });
});

describe("the analysis of a carried programme", () => {
  const base = { title: "Мера", indicatorUnit: "%", baseline: 10 };

  it("is the one reason line when one indicator missed", () => {
    expect(factorAnalysis(2025, [{ ...base, indicatorName: "Доля А", target: 30, actual: 20 }, { ...base, indicatorName: "Доля Б", target: 30, actual: 40 }])).toBe(
      "Перенесено из цикла 2025 года: показатель «доля А» — цель 30 %, достигнуто 20 %",
    );
  });

  it("lists several missed indicators under one heading", () => {
    expect(factorAnalysis(2025, [{ ...base, indicatorName: "Доля А", target: 30, actual: 20 }, { ...base, indicatorName: "Доля Б", target: 50, actual: null }])).toBe(
      "Перенесено из цикла 2025 года: показатели программы не достигли целевых значений:\n— показатель «доля А» — цель 30 %, достигнуто 20 %\n— показатель «доля Б» — цель 50 %, фактическое значение не внесено",
    );
  });

  it("is null when nothing missed", () => {
    expect(factorAnalysis(2025, [{ ...base, indicatorName: "Доля", target: 30, actual: 30 }, { ...base, indicatorName: null, target: null, actual: null }])).toBeNull();
  });
});

describe("texts of the carry-over", () => {
  it("agrees the verb with the number of measures", () => {
    expect(carriedMeasuresText(1)).toBe("1 мера перенесена");
    expect(carriedMeasuresText(3)).toBe("3 меры перенесены");
    expect(carriedMeasuresText(5)).toBe("5 мер перенесено");
    expect(carriedMeasuresText(21)).toBe("21 мера перенесена");
  });

  it("tells a school team what the new roadmap holds", () => {
    expect(schoolCarryNotice({ oldYear: 2025, newYear: 2026, newlyListed: true, measures: 4, factorCodes: [6, 3] })).toEqual({
      title: "Открыта дорожная карта на 2026 год: 4 меры перенесены из цикла 2025 года",
      body: "Незавершённые меры перенесены как запланированные, сроки сдвинуты на год. Факторы риска с недостигнутыми показателями (3, 6): для них созданы черновики антирисковых программ.",
    });
    expect(schoolCarryNotice({ oldYear: 2025, newYear: 2026, newlyListed: true, measures: 0, factorCodes: [] }).title).toBe("Открыта дорожная карта на 2026 год: школа включена в списки");
    expect(schoolCarryNotice({ oldYear: 2025, newYear: 2026, newlyListed: false, measures: 1, factorCodes: [] }).title).toBe("Дорожная карта на 2026 год: ещё 1 мера перенесена из цикла 2025 года");
  });
});

describe("carried measure", () => {
  const old = {
    id: "m-old",
    title: "Курсы ПК",
    deadline: d("2025-05-20"),
    responsible: "Иванова А.А.",
    participants: "Педагоги",
    expectedResult: "Курсы пройдены",
    indicatorName: "Доля педагогов",
    indicatorUnit: "%",
    baseline: 40,
    target: 80,
    actual: 55,
    reportForm: "Справка",
  };

  it("is planned, a year later, starts from the old actual, keeps the target, links the original", () => {
    const m = carriedMeasure(old);
    expect(m).toMatchObject({ status: "planned", baseline: 55, target: 80, actual: null, carriedFromId: "m-old", title: "Курсы ПК", responsible: "Иванова А.А.", reportForm: "Справка" });
    expect(iso(m.deadline)).toBe("2026-05-20");
  });

  it("keeps the old baseline when no actual value was recorded; no deadline stays none", () => {
    const m = carriedMeasure({ ...old, actual: null, deadline: null });
    expect(m.baseline).toBe(40);
    expect(m.deadline).toBeNull();
  });

  it("an actual of zero is a recorded value", () => {
    expect(carriedMeasure({ ...old, actual: 0 }).baseline).toBe(0);
  });
});

describe("dates a year later", () => {
  it("moves the calendar day; 29 February becomes 28 February", () => {
    expect(iso(shiftYear(d("2025-12-31")))).toBe("2026-12-31");
    expect(iso(shiftYear(d("2024-02-29")))).toBe("2025-02-28");
    expect(iso(shiftYear(d("2027-02-28")))).toBe("2028-02-28");
    expect(iso(shiftYear(d("2025-03-01")))).toBe("2026-03-01");
  });

  it("drops the time of day (deadlines are dates)", () => {
    expect(shiftYear(new Date("2025-06-10T15:30:00Z")).toISOString()).toBe("2026-06-10T00:00:00.000Z");
  });

  it("shifts every stage deadline and keeps empty ones empty", () => {
    const next = nextCycleDeadlines({ diagnosisDeadline: d("2025-02-28"), reportDeadline: d("2025-12-27"), expertiseDeadline: null });
    expect(iso(next.diagnosisDeadline)).toBe("2026-02-28");
    expect(iso(next.reportDeadline)).toBe("2026-12-27");
    expect(next.expertiseDeadline).toBeNull();
    expect(next.programmesDeadline).toBeNull();
    expect(Object.keys(next)).toHaveLength(8);
  });

  it("moves a school year as a whole", () => {
    expect(shiftSchoolYear("2024-2025")).toBe("2025-2026");
    expect(shiftSchoolYear("2024/25")).toBeNull();
    expect(shiftSchoolYear(null)).toBeNull();
  });
});

describe("next cycle title", () => {
  it("replaces the year", () => {
    expect(nextCycleTitle("Дорожная карта повышения качества образования … на 2025 год", 2025)).toBe("Дорожная карта повышения качества образования … на 2026 год");
  });

  it("replaces every mention of the old year, not other numbers", () => {
    expect(nextCycleTitle("Дорожная карта на 2025 год (приказ 2025 г., школа № 12025)", 2025)).toBe("Дорожная карта на 2026 год (приказ 2026 г., школа № 12025)");
    expect(nextCycleTitle("План 2024 года и 2025 года", 2025)).toBe("План 2024 года и 2026 года");
  });

  it("moves a school year that contains the old year as a whole", () => {
    expect(nextCycleTitle("Дорожная карта на 2024–2025 учебный год", 2025)).toBe("Дорожная карта на 2025–2026 учебный год");
    expect(nextCycleTitle("Дорожная карта на 2025-2026 учебный год", 2025)).toBe("Дорожная карта на 2026-2027 учебный год");
    expect(nextCycleTitle("Программа 2020–2030", 2025)).toBe("Программа 2020–2030 на 2026 год");
  });

  it("appends the year to a title without it, dropping trailing punctuation", () => {
    expect(nextCycleTitle("Дорожная карта муниципалитета.", 2025)).toBe("Дорожная карта муниципалитета на 2026 год");
    expect(nextCycleTitle("Дорожная карта, 2024", 2025)).toBe("Дорожная карта, 2024 на 2026 год");
  });

  it("stays within 500 characters", () => {
    const long = "Д".repeat(500);
    const title = nextCycleTitle(long, 2025);
    expect(title.length).toBeLessThanOrEqual(500);
    expect(title.endsWith(" на 2026 год")).toBe(true);
  });
});

describe("cycle tasks", () => {
  it("one task per line, trimmed, empty lines dropped", () => {
    expect(splitTaskLines("  Первая \r\n\n Вторая\n   \n")).toEqual(["Первая", "Вторая"]);
    expect(splitTaskLines("")).toEqual([]);
  });

  it("refuses more than 50 tasks and a task longer than 1000 characters", () => {
    expect(cycleTasksProblem(Array.from({ length: 50 }, (_, i) => `Задача ${i}`))).toBeNull();
    expect(cycleTasksProblem(Array.from({ length: 51 }, (_, i) => `Задача ${i}`))).toBe("Не больше 50 задач (сейчас 51)");
    expect(cycleTasksProblem(["ok", "я".repeat(1001)])).toBe("Задача 2 длиннее 1000 символов");
    expect(cycleTasksProblem(["я".repeat(1000)])).toBeNull();
  });

  it("fits tasks from the report into the same limits", () => {
    const tasks = normalizeCycleTasks(["  Первая\nстрока ", "", "я".repeat(1200), ...Array.from({ length: 60 }, () => "x")]);
    expect(tasks[0]).toBe("Первая строка");
    expect(tasks[1]).toHaveLength(1000);
    expect(tasks).toHaveLength(50);
    expect(cycleTasksProblem(tasks)).toBeNull();
  });
});

// ───────────────────────────── the plan ─────────────────────────────

function ids() {
  let n = 0;
  return () => `id${++n}`;
}

const measure = (over: Partial<SourceMeasure> & { id: string; documentId: string; taskId: string }): SourceMeasure => ({
  title: `Мера ${over.id}`,
  sortOrder: 1,
  status: "planned",
  deadline: d("2025-04-15"),
  responsible: "Директор",
  participants: null,
  expectedResult: null,
  indicatorName: null,
  indicatorUnit: null,
  baseline: null,
  target: null,
  actual: null,
  reportForm: null,
  ...over,
});

function source(): CarrySource {
  return {
    year: 2025,
    schools: [
      { cycleSchoolId: "cs1", schoolId: "s1", code: "e1", shortName: "СОШ 1", active: true, categories: ["shnor", "p500"], curator: { curatorId: "cur1", schoolYear: "2024-2025", eligible: true } },
      { cycleSchoolId: "cs2", schoolId: "s2", code: "e2", shortName: "СОШ 2", active: true, categories: ["risk_zone"], curator: { curatorId: "cur2", schoolYear: null, eligible: false } },
      { cycleSchoolId: "cs3", schoolId: "s3", code: "e3", shortName: "СОШ 3", active: false, categories: ["shnsu"], curator: null },
    ],
    documents: [
      { id: "d-ar1", cycleSchoolId: "cs1", kind: "anti_risk_program", riskFactorCode: 3 },
      { id: "d-ar2", cycleSchoolId: "cs1", kind: "anti_risk_program", riskFactorCode: 6 },
      { id: "d-mtp", cycleSchoolId: "cs1", kind: "medium_term_program", riskFactorCode: null },
      { id: "d-ar99", cycleSchoolId: "cs2", kind: "anti_risk_program", riskFactorCode: 99 },
      { id: "d-ar3", cycleSchoolId: "cs3", kind: "anti_risk_program", riskFactorCode: 3 },
    ],
    tasks: [
      { id: "t1", documentId: "d-ar1", sortOrder: 1, title: "Повысить квалификацию", cause: "Нет курсов" },
      { id: "t2", documentId: "d-ar1", sortOrder: 2, title: "Наставничество", cause: null },
      { id: "t3", documentId: "d-ar2", sortOrder: 1, title: "Мотивация", cause: null },
      { id: "t4", documentId: "d-mtp", sortOrder: 1, title: "Развитие", cause: null },
      { id: "t5", documentId: "d-ar99", sortOrder: 1, title: "Старый фактор", cause: null },
      { id: "t6", documentId: "d-ar3", sortOrder: 1, title: "Неактивная", cause: null },
    ],
    measures: [
      // factor 3: one missed indicator, one reached, two unfinished measures under two tasks
      measure({ id: "m1", documentId: "d-ar1", taskId: "t2", sortOrder: 1, status: "not_done", indicatorName: "Доля наставников", baseline: 10, target: 30, actual: 20 }),
      measure({ id: "m2", documentId: "d-ar1", taskId: "t1", sortOrder: 2, status: "confirmed", indicatorName: "Доля педагогов", baseline: 66, target: 78, actual: 80 }),
      measure({ id: "m3", documentId: "d-ar1", taskId: "t1", sortOrder: 1, status: "in_progress" }),
      // factor 6: all reached, finished → nothing carries
      measure({ id: "m4", documentId: "d-ar2", taskId: "t3", status: "done", baseline: 1, target: 2, actual: 2 }),
      // medium-term programme: one unfinished, one done
      measure({ id: "m5", documentId: "d-mtp", taskId: "t4", status: "needs_revision", deadline: d("2024-02-29") }),
      measure({ id: "m6", documentId: "d-mtp", taskId: "t4", sortOrder: 2, status: "done" }),
      // a factor the new catalogue does not have
      measure({ id: "m7", documentId: "d-ar99", taskId: "t5", status: "planned", target: 5, actual: null }),
      // an inactive school
      measure({ id: "m8", documentId: "d-ar3", taskId: "t6", status: "planned" }),
    ],
  };
}

const target = (over: Partial<CarryTarget> = {}): CarryTarget => ({
  cycleId: "next",
  year: 2026,
  catalogue: [
    { id: "f3", code: 3, title: "Недостаточная компетентность" },
    { id: "f6", code: 6, title: "Низкая мотивация" },
  ],
  includePairings: true,
  pairedOn: d("2025-12-28"),
  existing: null,
  ...over,
});

describe("planCarryOver into a new cycle", () => {
  const plan = planCarryOver(source(), target(), ids());

  it("lists the active schools with the same categories and a note; skips an inactive school", () => {
    expect(plan.cycleSchools.map((s) => [s.schoolId, s.categories, s.note, s.cycleId])).toEqual([
      ["s1", ["shnor", "p500"], "Перенесено из цикла 2025 года", "next"],
      ["s2", ["risk_zone"], "Перенесено из цикла 2025 года", "next"],
    ]);
    expect(plan.skipped).toContainEqual({ schoolId: "s3", measureId: null, factorCode: null, reason: "inactive_school" });
  });

  it("copies eligible curator pairings with the school year moved", () => {
    expect(plan.pairings).toEqual([{ id: expect.any(String), cycleSchoolId: plan.cycleSchools[0]!.id, curatorId: "cur1", pairedOn: d("2025-12-28"), schoolYear: "2025-2026" }]);
    expect(planCarryOver(source(), target({ includePairings: false }), ids()).pairings).toEqual([]);
  });

  it("carries the unfinished measures only, by document kind and task order, planned and a year later", () => {
    expect(plan.measures.map((m) => m.carriedFromId)).toEqual(["m5", "m3", "m1"]);
    expect(plan.measures.every((m) => m.status === "planned" && m.actual === null)).toBe(true);
    expect(iso(plan.measures.find((m) => m.carriedFromId === "m5")!.deadline)).toBe("2025-02-28");
    expect(plan.measures.find((m) => m.carriedFromId === "m1")!.baseline).toBe(20);
  });

  it("puts each measure in a new draft document of the same kind and factor, under a copy of its task", () => {
    const docs = plan.documents.map((doc) => [doc.kind, doc.riskFactorId, doc.title]);
    expect(docs).toEqual([
      ["medium_term_program", null, "Среднесрочная программа развития на 2026 год"],
      ["anti_risk_program", "f3", "Антирисковая программа «Недостаточная компетентность» на 2026 год"],
    ]);
    const ar = plan.documents[1]!;
    const arTasks = plan.tasks.filter((t) => t.documentId === ar.id);
    expect(arTasks.map((t) => [t.sortOrder, t.title, t.cause])).toEqual([
      [1, "Повысить квалификацию", "Нет курсов"],
      [2, "Наставничество", null],
    ]);
    const m3 = plan.measures.find((m) => m.carriedFromId === "m3")!;
    expect([m3.documentId, m3.taskId, m3.sortOrder]).toEqual([ar.id, arTasks[0]!.id, 1]);
  });

  it("carries the factor whose indicator missed, with the reasons as the analysis; not the reached one", () => {
    expect(plan.factors).toEqual([
      {
        schoolId: "s1",
        code: 3,
        title: "Недостаточная компетентность",
        documentId: plan.documents[1]!.id,
        reasons: ["Перенесено из цикла 2025 года: показатель «доля наставников» — цель 30, достигнуто 20"],
      },
    ]);
    expect(plan.documents[1]!.analysis).toBe(plan.factors[0]!.reasons[0]);
    expect(plan.documents[0]!.analysis).toBeNull();
  });

  it("skips a factor missing from the new catalogue, with its measures", () => {
    expect(plan.skipped).toContainEqual({ schoolId: "s2", measureId: null, factorCode: 99, reason: "factor_not_in_catalogue" });
    expect(plan.skipped).toContainEqual({ schoolId: "s2", measureId: "m7", factorCode: 99, reason: "factor_not_in_catalogue" });
  });

  it("summarises per school", () => {
    expect(plan.schools.map((s) => [s.schoolId, s.listed, s.measures, s.factorCodes])).toEqual([
      ["s1", "new", 3, [3]],
      ["s2", "new", 0, []],
      ["s3", "skipped", 0, []],
    ]);
  });

  it("creates a programme for a carried factor even when none of its measures is unfinished", () => {
    const src = source();
    src.measures = [measure({ id: "mx", documentId: "d-ar2", taskId: "t3", status: "confirmed", baseline: 10, target: 8, actual: 9 })];
    const p = planCarryOver(src, target(), ids());
    expect(p.documents.map((doc) => [doc.riskFactorId, doc.analysis])).toEqual([["f6", "Перенесено из цикла 2025 года: показатель мероприятия «Мера mx» — цель 8, достигнуто 9"]]);
    expect(p.tasks).toEqual([]);
  });
});

describe("planCarryOver into a draft that already holds an earlier run", () => {
  it("plans nothing twice", () => {
    const first = planCarryOver(source(), target(), ids());
    const existing: CarryTarget["existing"] = {
      schools: first.cycleSchools.map((s) => ({ cycleSchoolId: s.id, schoolId: s.schoolId, hasActiveCurator: first.pairings.some((p) => p.cycleSchoolId === s.id) })),
      documents: first.documents.map((doc) => ({
        id: doc.id,
        cycleSchoolId: doc.cycleSchoolId,
        kind: doc.kind,
        riskFactorId: doc.riskFactorId,
        editable: true,
        hasAnalysis: doc.analysis !== null,
        tasks: first.tasks
          .filter((t) => t.documentId === doc.id)
          .map((t) => ({ ...t, maxMeasureSortOrder: Math.max(0, ...first.measures.filter((m) => m.taskId === t.id).map((m) => m.sortOrder)) })),
      })),
      carriedFromIds: first.measures.map((m) => m.carriedFromId),
    };
    const second = planCarryOver(source(), target({ existing }), ids());
    expect(planIsEmpty(second)).toBe(true);
    expect(second.alreadyCarried).toBe(3);
    expect(second.factors).toEqual([]);
    expect(second.schools.map((s) => s.listed)).toEqual(["existing", "existing", "skipped"]);
  });

  it("adds a newly unfinished measure under the existing copy of its task, after its measures", () => {
    const existing: CarryTarget["existing"] = {
      schools: [{ cycleSchoolId: "ncs1", schoolId: "s1", hasActiveCurator: true }],
      documents: [
        {
          id: "nd3",
          cycleSchoolId: "ncs1",
          kind: "anti_risk_program",
          riskFactorId: "f3",
          editable: true,
          hasAnalysis: false,
          tasks: [{ id: "nt1", title: " Повысить квалификацию", cause: "Нет курсов ", sortOrder: 4, maxMeasureSortOrder: 7 }],
        },
      ],
      carriedFromIds: ["m1"],
    };
    const src = source();
    src.schools = [src.schools[0]!];
    const plan = planCarryOver(src, target({ existing }), ids());
    expect(plan.cycleSchools).toEqual([]);
    expect(plan.pairings).toEqual([]);
    const m3 = plan.measures.find((m) => m.carriedFromId === "m3")!;
    expect([m3.documentId, m3.taskId, m3.sortOrder]).toEqual(["nd3", "nt1", 8]);
    expect(plan.measures.map((m) => m.carriedFromId)).toEqual(["m5", "m3"]);
    expect(plan.analysisUpdates).toEqual([{ id: "nd3", analysis: "Перенесено из цикла 2025 года: показатель «доля наставников» — цель 30, достигнуто 20" }]);
    expect(plan.touchedDocumentIds).toEqual(["nd3"]);
    expect(plan.factors.map((f) => f.documentId)).toEqual(["nd3"]);
    expect(plan.alreadyCarried).toBe(1);
  });

  it("leaves a document under expertise alone and says why", () => {
    const existing: CarryTarget["existing"] = {
      schools: [{ cycleSchoolId: "ncs1", schoolId: "s1", hasActiveCurator: false }],
      documents: [{ id: "nd3", cycleSchoolId: "ncs1", kind: "anti_risk_program", riskFactorId: "f3", editable: false, hasAnalysis: false, tasks: [] }],
      carriedFromIds: [],
    };
    const src = source();
    src.schools = [src.schools[0]!];
    const plan = planCarryOver(src, target({ existing }), ids());
    expect(plan.skipped.filter((s) => s.reason === "document_not_editable").map((s) => s.measureId)).toEqual(["m3", "m1"]);
    expect(plan.analysisUpdates).toEqual([]);
    expect(plan.factors).toEqual([]);
    expect(plan.touchedDocumentIds).toEqual([]);
    expect(plan.pairings).toHaveLength(1);
  });
});
