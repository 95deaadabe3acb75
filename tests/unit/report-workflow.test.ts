import { describe, expect, it } from "vitest";
import { CYCLE_STATUSES, forbiddenPairs } from "@/lib/domain/workflow";
import { roleHasPermission } from "@/lib/auth/permissions";
import {
  buildOrderDocument,
  defaultOrderItems,
  defaultPreamble,
  defaultSignatory,
  orderDateLine,
  orderItemText,
  orderRuleErrors,
  parseOrderItems,
  CONTROL_ITEM,
  ENTRY_ITEM,
} from "@/lib/domain/report/order";
import {
  CYCLE_CLOSE_REFUSAL,
  cycleCloseRefusal,
  REPORT_APPROVED_REFUSAL,
  REPORT_CYCLE_STAGES,
  REPORT_STATES,
  reportMachine,
  reportStep,
  type ReportEvent,
} from "@/lib/domain/report/workflow";

const EVENTS = Object.keys(reportMachine) as ReportEvent[];

describe("the report's workflow table", () => {
  it("goes none → draft → approved, editing only the draft", () => {
    expect(reportStep("create", "none", "implementation")).toEqual({ ok: true, to: "draft" });
    expect(reportStep("edit", "draft", "reporting")).toEqual({ ok: true, to: "draft" });
    expect(reportStep("save_order", "draft", "implementation")).toEqual({ ok: true, to: "draft" });
    expect(reportStep("approve", "draft", "reporting")).toEqual({ ok: true, to: "approved" });
  });

  it("refuses every step the table forbids, with its Russian reason (generated)", () => {
    const pairs = forbiddenPairs(reportMachine, REPORT_STATES);
    expect(pairs.length).toBeGreaterThan(0);
    for (const { from, event } of pairs) {
      const result = reportStep(event, from, "reporting");
      expect(result, `${event} from ${from}`).toEqual({ ok: false, reason: reportMachine[event].refusal });
    }
    expect(reportStep("edit", "approved", "reporting")).toEqual({ ok: false, reason: REPORT_APPROVED_REFUSAL });
    expect(reportStep("save_order", "approved", "reporting")).toEqual({ ok: false, reason: REPORT_APPROVED_REFUSAL });
  });

  it("allows each step only at its cycle stages (generated over every stage)", () => {
    const from = { create: "none", edit: "draft", save_order: "draft", approve: "draft" } as const;
    for (const event of EVENTS) {
      for (const stage of CYCLE_STATUSES) {
        const allowed = (REPORT_CYCLE_STAGES[event].stages as readonly string[]).includes(stage);
        const result = reportStep(event, from[event], stage);
        expect(result.ok, `${event} at ${stage}`).toBe(allowed);
        if (!allowed) expect(result).toEqual({ ok: false, reason: REPORT_CYCLE_STAGES[event].refusal });
      }
    }
    expect(REPORT_CYCLE_STAGES.approve.stages).toEqual(["reporting"]);
    expect(reportStep("approve", "draft", "implementation")).toEqual({ ok: false, reason: "Утвердить аналитическую справку приказом можно только на этапе «Подведение итогов»." });
  });

  it("ties every step to report:manage, which only the coordinator (and the administrator) holds", () => {
    for (const event of EVENTS) expect(reportMachine[event].permission).toBe("report:manage");
    expect(roleHasPermission("coordinator", "report:manage")).toBe(true);
    expect(roleHasPermission("curator", "report:manage")).toBe(false);
    expect(roleHasPermission("school_admin", "report:read")).toBe(false);
  });

  it("lets a cycle close only with its report approved", () => {
    expect(cycleCloseRefusal("approved")).toBeNull();
    expect(cycleCloseRefusal("draft")).toBe(CYCLE_CLOSE_REFUSAL);
    expect(cycleCloseRefusal("none")).toBe(CYCLE_CLOSE_REFUSAL);
  });
});

describe("the order", () => {
  const today = new Date("2026-03-10T12:00:00Z");

  it("refuses a date in the future, outside the cycle's year and the next, and deadlines before it", () => {
    expect(orderRuleErrors({ date: "2025-12-27", items: [{ deadline: "2026-12-31" }, { deadline: null }] }, { year: 2025, today })).toEqual({});
    expect(orderRuleErrors({ date: "2026-03-10", items: [] }, { year: 2025, today })).toEqual({});
    expect(orderRuleErrors({ date: "2026-03-11", items: [] }, { year: 2025, today })).toEqual({ date: "Дата приказа не может быть позже сегодняшнего дня" });
    expect(orderRuleErrors({ date: "2024-12-27", items: [] }, { year: 2025, today })).toEqual({ date: "Дата приказа должна быть в 2025 или 2026 году" });
    expect(orderRuleErrors({ date: "2025-12-27", items: [{ deadline: "2025-12-26" }, { deadline: "2025-12-27" }] }, { year: 2025, today })).toEqual({
      "items.0.deadline": "Срок не может быть раньше даты приказа",
    });
  });

  it("defaults to: approve the report, one item per task with the coordinator and the end of next year, control, entry into force", () => {
    const items = defaultOrderItems({ reportTitle: "Об итогах", tasks: ["разработать дорожную карту;", " ", "продолжить проекты"], responsibleName: "Толстошей Сергей Викторович", year: 2025 });
    expect(items).toEqual([
      { text: "Утвердить аналитическую справку «Об итогах» (приложение).", responsible: null, deadline: null },
      { text: "Разработать дорожную карту.", responsible: "Толстошей С.В.", deadline: "2026-12-31" },
      { text: "Продолжить проекты.", responsible: "Толстошей С.В.", deadline: "2026-12-31" },
      { text: CONTROL_ITEM, responsible: null, deadline: null },
      { text: ENTRY_ITEM, responsible: null, deadline: null },
    ]);
    expect(defaultSignatory({ centerName: "МКУ «Центр»", directorName: "О.В. Мартынова" })).toEqual({ name: "О.В. Мартынова", position: "Директор МКУ «Центр»" });
  });

  it("reads like seed 001: date line, basis paragraphs, numbered items with responsible and deadline", () => {
    expect(orderDateLine("2024-12-27")).toBe("«27» декабря 2024 г.");
    expect(orderDateLine("2025-01-09")).toBe("«09» января 2025 г.");
    const preamble = defaultPreamble({ centerName: "МКУ «Центр»", municipalityName: "г. Армавир", cycleTitle: "Дорожная карта … на 2025 год", year: 2025, roadmapOrder: { number: "8", date: new Date("2025-01-09T00:00:00Z") } });
    expect(preamble).toMatch(/^На основании приказа МКУ «Центр» \(далее – Центр\) от 9 января 2025 года № 8 «Об утверждении Дорожной карты … на 2025 год»/);
    const letterhead = { region: "КРАСНОДАРСКИЙ КРАЙ", centerName: "МКУ «Центр»", contacts: null, place: "г. Армавир" };
    const doc = buildOrderDocument(
      {
        number: "31",
        date: "2025-12-27",
        signatoryName: "О.В. Мартынова",
        signatoryPosition: "Директор МКУ «Центр»",
        preamble: null,
        items: [
          { text: "Утвердить справку.", responsible: null, deadline: null },
          { text: " Разработать карту. ", responsible: "Толстошей С.В.", deadline: "2026-12-31" },
        ],
      },
      { letterhead, title: "Об итогах", defaultPreamble: preamble },
    );
    expect(doc).toMatchObject({ heading: "ПРИКАЗ", number: "31", date: "27.12.2025", dateLine: "«27» декабря 2025 г.", title: "Об итогах", decree: "На основании вышеизложенного п р и к а з ы в а ю:" });
    expect(doc.preamble).toHaveLength(2);
    expect(doc.items.map(orderItemText)).toEqual(["1. Утвердить справку.", "2. Разработать карту. Ответственный: Толстошей С.В. Срок: до 31.12.2026."]);
    const own = buildOrderDocument({ number: "1", date: "2025-12-27", signatoryName: "А", signatoryPosition: "Б", preamble: "Первый\nабзац.\n\nВторой.", items: [] }, { letterhead, title: "T", defaultPreamble: preamble });
    expect(own.preamble).toEqual(["Первый абзац.", "Второй."]);
  });

  it("reads stored items defensively", () => {
    expect(parseOrderItems([{ text: "a", responsible: "b", deadline: "2026-01-01" }, { text: 1 }, null, "x", { text: "c" }])).toEqual([
      { text: "a", responsible: "b", deadline: "2026-01-01" },
      { text: "c", responsible: null, deadline: null },
    ]);
    expect(parseOrderItems(null)).toEqual([]);
  });
});
