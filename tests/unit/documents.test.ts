import { describe, expect, it } from "vitest";
import { documentHeading } from "@/lib/domain/documents/fields";
import {
  buildSnapshot,
  checkCompleteness,
  cycleBounds,
  diffSnapshots,
  formatProblem,
  isWithinBounds,
  parseDecimal,
  parseIsoDay,
  parseSnapshot,
  requiredAntiRiskFactorIds,
  type DocumentSnapshot,
  type MeasureSnapshot,
} from "@/lib/domain/documents";

const measure = (overrides: Partial<MeasureSnapshot> = {}): MeasureSnapshot => ({
  id: "m1",
  sortOrder: 1,
  title: "Курсы повышения квалификации",
  deadline: "2025-05-20",
  responsible: "Гордиенко Е.А.",
  participants: "Учителя",
  expectedResult: "Педагоги прошли курсы",
  indicatorName: "Доля педагогов с первой или высшей категорией",
  indicatorUnit: "%",
  baseline: 66,
  target: 78,
  reportForm: "Справка",
  ...overrides,
});

const doc = (overrides: Partial<DocumentSnapshot> = {}): DocumentSnapshot => ({
  kind: "anti_risk_program",
  title: "Антирисковая программа",
  riskFactorCode: 1,
  periodFrom: 2025,
  periodTo: 2025,
  mission: null,
  goal: "Снизить риск",
  desiredState: null,
  analysis: null,
  tasks: [{ id: "t1", sortOrder: 1, title: "Задача", cause: null, measures: [measure()] }],
  ...overrides,
});

const bounds = cycleBounds({ year: 2025, orderDate: new Date("2025-01-09"), implementationEnd: new Date("2025-12-15") });
const messages = (d: DocumentSnapshot) => checkCompleteness(d, bounds).map(formatProblem);

describe("completeness", () => {
  it("accepts a complete programme", () => {
    expect(checkCompleteness(doc(), bounds)).toEqual([]);
  });

  it("requires a goal and at least one task", () => {
    expect(messages(doc({ goal: " ", tasks: [] }))).toEqual(["Не указана цель", "Не добавлено ни одной задачи"]);
  });

  it("requires a measure for every task, naming the task", () => {
    const d = doc();
    d.tasks.push({ id: "t2", sortOrder: 2, title: "Вторая", cause: null, measures: [] });
    expect(messages(d)).toEqual(["Задача 2: нет ни одного мероприятия"]);
  });

  it("requires a deadline, a responsible person and a measurable indicator for every measure", () => {
    const d = doc();
    d.tasks[0]!.measures.push(measure({ id: "m2", deadline: null, responsible: "", indicatorName: null, indicatorUnit: null, baseline: null, target: null }));
    expect(messages(d)).toEqual([
      "Задача 1, мероприятие 2: не указан срок",
      "Задача 1, мероприятие 2: не указан ответственный",
      "Задача 1, мероприятие 2: не указан показатель результата",
      "Задача 1, мероприятие 2: не указана единица измерения показателя",
      "Задача 1, мероприятие 2: не указано базовое значение показателя",
      "Задача 1, мероприятие 2: не указано целевое значение показателя",
    ]);
  });

  it("accepts a baseline of zero", () => {
    expect(messages(doc({ tasks: [{ id: "t", sortOrder: 1, title: "З", cause: null, measures: [measure({ baseline: 0 })] }] }))).toEqual([]);
  });

  it("reports a deadline outside the cycle", () => {
    const d = doc({ tasks: [{ id: "t", sortOrder: 1, title: "З", cause: null, measures: [measure({ deadline: "2025-12-20" })] }] });
    expect(messages(d)).toEqual(["Задача 1, мероприятие 1: срок должен быть в пределах цикла (09.01.2025–15.12.2025)"]);
    expect(checkCompleteness(d)).toEqual([]);
  });

  it("asks a concept for mission, goal, desired state and analysis, not for tasks", () => {
    expect(messages(doc({ kind: "concept", goal: null, tasks: [] }))).toEqual([
      "Не указана миссия",
      "Не указана стратегическая цель",
      "Не описано желаемое состояние",
      "Нет анализа и обоснования выбранных рисков",
    ]);
    expect(messages(doc({ kind: "concept", mission: "М", desiredState: "Ж", analysis: "А", tasks: [] }))).toEqual([]);
  });

  it("reports an inverted period", () => {
    expect(messages(doc({ periodFrom: 2027, periodTo: 2025 }))).toEqual(["Период указан неверно: год начала позже года окончания"]);
  });
});

describe("cycle bounds", () => {
  it("uses the order date and the end of implementation", () => {
    expect(isWithinBounds(new Date("2025-01-09"), bounds)).toBe(true);
    expect(isWithinBounds(new Date("2025-12-15"), bounds)).toBe(true);
    expect(isWithinBounds(new Date("2025-01-08"), bounds)).toBe(false);
    expect(isWithinBounds(new Date("2025-12-16"), bounds)).toBe(false);
  });

  it("falls back to 01.01.{year}–31.12.{year+1}", () => {
    const b = cycleBounds({ year: 2025, orderDate: null, implementationEnd: null });
    expect(b.from.toISOString().slice(0, 10)).toBe("2025-01-01");
    expect(b.to.toISOString().slice(0, 10)).toBe("2026-12-31");
  });

  it("parses ISO days strictly", () => {
    expect(parseIsoDay("2025-02-28")?.toISOString()).toBe("2025-02-28T00:00:00.000Z");
    expect(parseIsoDay("2025-02-30")).toBeNull();
    expect(parseIsoDay("28.02.2025")).toBeNull();
    expect(parseIsoDay("")).toBeNull();
  });
});

describe("decimal parsing", () => {
  it("accepts the Russian decimal comma, spaces and a dot", () => {
    expect(parseDecimal("66,5")).toBe(66.5);
    expect(parseDecimal("1 250")).toBe(1250);
    expect(parseDecimal("1\u00a0250,75")).toBe(1250.75);
    expect(parseDecimal("78.2")).toBe(78.2);
    expect(parseDecimal("-3")).toBe(-3);
    expect(parseDecimal("0")).toBe(0);
  });
  it("treats empty as null and garbage as undefined", () => {
    expect(parseDecimal("")).toBeNull();
    expect(parseDecimal("  ")).toBeNull();
    expect(parseDecimal("78 %")).toBeUndefined();
    expect(parseDecimal("1,2,3")).toBeUndefined();
    expect(parseDecimal("много")).toBeUndefined();
  });
});

describe("required anti-risk factors", () => {
  const factors = [
    { factorId: "f1", significance: "high" as const, programRequired: false },
    { factorId: "f2", significance: "medium" as const, programRequired: true },
    { factorId: "f3", significance: "medium" as const, programRequired: false },
    { factorId: "f4", significance: "low" as const, programRequired: false },
  ];
  it("requires high factors and medium ones the curator marked", () => {
    expect(requiredAntiRiskFactorIds({ status: "confirmed", factors })).toEqual(["f1", "f2"]);
  });
  it("requires nothing before the profile is confirmed", () => {
    for (const status of ["draft", "submitted", "returned"] as const) expect(requiredAntiRiskFactorIds({ status, factors })).toEqual([]);
    expect(requiredAntiRiskFactorIds(null)).toEqual([]);
  });
});

describe("snapshot", () => {
  it("orders tasks and measures and converts dates and decimals", () => {
    const snap = buildSnapshot({
      kind: "anti_risk_program",
      title: "П",
      riskFactor: { code: 4 },
      periodFrom: 2025,
      periodTo: 2025,
      mission: null,
      goal: "Ц",
      desiredState: null,
      analysis: null,
      tasks: [
        { id: "b", sortOrder: 2, title: "Вторая", cause: null },
        { id: "a", sortOrder: 1, title: "Первая", cause: "Причина" },
      ],
      measures: [
        { ...measure({ sortOrder: 2 }), id: "x", taskId: "a", deadline: new Date("2025-03-01T00:00:00Z"), baseline: "66.50", target: { toString: () => "78" } },
        { ...measure({ sortOrder: 1 }), id: "y", taskId: "a", deadline: null, baseline: null, target: null },
      ],
    });
    expect(snap.riskFactorCode).toBe(4);
    expect(snap.tasks.map((t) => t.title)).toEqual(["Первая", "Вторая"]);
    expect(snap.tasks[0]!.measures.map((m) => m.id)).toEqual(["y", "x"]);
    expect(snap.tasks[0]!.measures[1]).toMatchObject({ deadline: "2025-03-01", baseline: 66.5, target: 78 });
    expect(snap.tasks[1]!.measures).toEqual([]);
    expect(parseSnapshot(JSON.parse(JSON.stringify(snap)))).toEqual(snap);
  });
});

describe("diff", () => {
  it("finds nothing between equal revisions", () => {
    expect(diffSnapshots(doc(), doc())).toEqual([]);
  });

  it("reports changed header fields and measure fields with display values", () => {
    const after = doc({ goal: "Новая цель" });
    after.tasks[0]!.measures[0] = measure({ target: 80.5, deadline: "2025-06-01" });
    expect(diffSnapshots(doc(), after)).toEqual([
      { change: "changed", target: "document", path: "Документ", title: "Антирисковая программа", fields: [{ field: "Цель", before: "Снизить риск", after: "Новая цель" }] },
      {
        change: "changed",
        target: "measure",
        path: "Задача 1, мероприятие 1",
        title: "Курсы повышения квалификации",
        fields: [
          { field: "Срок", before: "20.05.2025", after: "01.06.2025" },
          { field: "Целевое значение", before: "78", after: "80,5" },
        ],
      },
    ]);
  });

  it("reports added and removed tasks and measures", () => {
    const before = doc();
    before.tasks.push({ id: "t-old", sortOrder: 2, title: "Старая задача", cause: null, measures: [measure({ id: "m-old", title: "Старое" })] });
    const after = doc();
    after.tasks[0]!.measures.push(measure({ id: "m-new", sortOrder: 2, title: "Новое мероприятие" }));
    const entries = diffSnapshots(before, after).map((e) => `${e.change} ${e.target} ${e.path} «${e.title}»`);
    expect(entries).toEqual([
      "added measure Задача 1, мероприятие 2 «Новое мероприятие»",
      "removed task Задача 2 «Старая задача»",
      "removed measure Задача 2, мероприятие 1 «Старое»",
    ]);
  });

  it("pairs by id, so a moved task is a change of position, not a removal", () => {
    const before = doc();
    before.tasks.push({ id: "t2", sortOrder: 2, title: "Вторая", cause: null, measures: [] });
    const after = doc();
    after.tasks = [{ ...before.tasks[1]!, sortOrder: 1 }, { ...before.tasks[0]!, sortOrder: 2 }];
    const entries = diffSnapshots(before, after);
    expect(entries.map((e) => [e.change, e.path, e.fields[0]])).toEqual([
      ["changed", "Задача 2", { field: "Порядковый номер", before: "1", after: "2" }],
      ["changed", "Задача 1", { field: "Порядковый номер", before: "2", after: "1" }],
    ]);
  });

  it("pairs by position when a revision has no ids (seeded revisions)", () => {
    const strip = (d: DocumentSnapshot) => parseSnapshot(JSON.parse(JSON.stringify(d, (k, v) => (k === "id" ? undefined : v))));
    const after = doc();
    after.tasks[0]!.title = "Переформулированная задача";
    const entries = diffSnapshots(strip(doc()), after);
    expect(entries).toEqual([
      { change: "changed", target: "task", path: "Задача 1", title: "Переформулированная задача", fields: [{ field: "Формулировка задачи", before: "Задача", after: "Переформулированная задача" }] },
    ]);
  });
});

describe("documentHeading", () => {
  it("does not repeat the kind a default title already starts with", () => {
    expect(documentHeading("Антирисковая программа", "Антирисковая программа «Низкий уровень оснащения школы» на 2026 год")).toBe(
      "Антирисковая программа «Низкий уровень оснащения школы» на 2026 год",
    );
    expect(documentHeading("Концепция развития", "Школа равных возможностей")).toBe("Концепция развития «Школа равных возможностей»");
  });
});
