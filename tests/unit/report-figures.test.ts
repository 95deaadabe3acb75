import { describe, expect, it } from "vitest";
import {
  compareSchools,
  consultationReach,
  consultationsByModule,
  consultationsBySubject,
  eventsByModule,
  eventsByType,
  eventsPerSchool,
  formatIndicatorValue,
  indicatorOutcome,
  indicatorSummary,
  projectActivity,
  questionShare,
  schoolMeasures,
  schoolsReached,
  surveyLines,
  tutorFunctionsUsed,
  workedOnRisks,
} from "@/lib/domain/report/data";
import { measuresSentence, resultRows, resultsSummary, schoolFactsSentence } from "@/lib/domain/report/sections-schools";
import { schoolWithCategories } from "@/lib/domain/report/sections-support";
import { reportFixture } from "./report-fixture";

const data = reportFixture();
const [school21, school1] = data.schools;

describe("МНЦ figures", () => {
  it("counts events and participants of every kind, zero for the rest", () => {
    const byType = eventsByType(data.events);
    expect(byType.seminar).toEqual({ count: 8, participants: 80 });
    expect(byType.webinar).toEqual({ count: 6, participants: 120 });
    expect(byType.videoconference).toEqual({ count: 3, participants: 15 });
    expect(byType.training).toEqual({ count: 0, participants: 0 });
    expect(Object.keys(byType)).toHaveLength(8);
  });

  it("groups events by plan module, most first, without the unassigned", () => {
    expect(eventsByModule(data.events)).toEqual([
      { label: "Эффективные механизмы управления", count: 9, participants: 86 },
      { label: "Контрольно-аналитическая деятельность", count: 6, participants: 120 },
      { label: "Диссеминация опыта", count: 1, participants: 24 },
    ]);
  });

  it("counts the schools reached, and which of the cycle's", () => {
    expect(schoolsReached(data.events, ["edu1", "edu2"])).toEqual({ all: 2, ofCycle: ["edu1"] });
    expect(eventsPerSchool(data.events).get("edu1")).toBe(17);
    expect(eventsPerSchool(data.events).get("edu2")).toBeUndefined();
  });
});

describe("МТКП figures", () => {
  it("counts consultations by module (every module), by subject and reach", () => {
    expect(consultationsByModule(data.consultations)).toEqual({ subject_competence: 1, methodical_competence: 2, assessment: 1 });
    expect(consultationsBySubject(data.consultations).map((r) => [r.label, r.count])).toEqual([
      ["Русский язык", 2],
      ["Биология", 1],
      ["Математика", 1],
    ]);
    expect(consultationReach(data.consultations)).toEqual({ teachers: 3, schools: 2 });
  });

  it("counts each tutor function once per consultation", () => {
    const used = tutorFunctionsUsed([...data.consultations, { ...data.consultations[0], functions: ["diagnostic", "diagnostic"] }]);
    expect(used.get("diagnostic")).toBe(3);
    expect(used.get("modeling")).toBe(1);
    expect(used.has("logistic")).toBe(false);
  });

  it("lists projects with their events and consultations, leaving out idle ones", () => {
    expect(projectActivity(data.projects, data.events, data.consultations)).toEqual([
      { title: "Методический абонемент", events: 0, consultations: 2 },
      { title: "Умные каникулы", events: 2, consultations: 0 },
    ]);
  });
});

describe("survey shares", () => {
  it("quotes «да», the first option and 4–5 on the scale, and nothing for free text", () => {
    expect(questionShare({ id: "a", kind: "yes_no", text: "?", options: [] }, [{ boolValue: true }, { boolValue: false }, { boolValue: true }]).share).toBe(66.7);
    expect(questionShare({ id: "b", kind: "scale", text: "?", options: [] }, [{ intValue: 5 }, { intValue: 4 }, { intValue: 3 }]).share).toBe(66.7);
    expect(questionShare({ id: "c", kind: "single_choice", text: "?", options: ["x", "y"] }, [{ optionIndex: 1 }, { optionIndex: 0 }]).share).toBe(50);
    expect(questionShare({ id: "d", kind: "text", text: "?", options: [] }, [{ textValue: "a" }]).share).toBeNull();
    expect(questionShare({ id: "e", kind: "yes_no", text: "?", options: [] }, []).share).toBeNull();
  });

  it("keeps the surveys of one audience with their quotable lines", () => {
    const leaders = surveyLines(data.surveys, "school_leaders");
    expect(leaders).toHaveLength(1);
    expect(leaders[0].lines.map((l) => [l.label, l.share])).toEqual([
      ["руководителей отметили адресность помощи", 100],
      [null, 50],
    ]);
    expect(surveyLines(data.surveys, "teachers")[0].lines[0].share).toBe(87.5);
  });
});

describe("per school", () => {
  it("works on factors of high significance, medium ones the curator required, and any with a programme", () => {
    expect(workedOnRisks(school21).map((r) => [r.code, r.significance, r.program])).toEqual([
      [1, null, "draft"],
      [3, "high", "confirmed"],
      [6, "medium", null],
    ]);
    expect(workedOnRisks(school1)).toEqual([]);
  });

  it("counts measures done (done + confirmed) of the total, not done, open and overdue", () => {
    expect(schoolMeasures(school21.measureGroups)).toMatchObject({ total: 11, done: 5, notDone: 1, open: 5, overdue: 4, percentDone: 45.5 });
    expect(schoolMeasures([])).toMatchObject({ total: 0, percentDone: null });
    expect(measuresSentence(school21)).toBe("Выполнено 5 из 11 мероприятий (45,5\u00a0%); не выполнено – 1; не завершено – 5, в том числе просрочено – 4.");
    expect(measuresSentence({ measureGroups: [{ status: "confirmed", overdue: false, count: 1 }] })).toBe("Выполнено 1 из 1 мероприятия (100\u00a0%); не выполнено – 0; незавершённых нет.");
    expect(measuresSentence(school1)).toBe("Мероприятия дорожной карты школы в системе не отражены.");
  });

  it("judges an indicator in the direction from baseline to target", () => {
    expect(indicatorOutcome({ baseline: 66, target: 78, actual: 70 })).toBe("not_achieved");
    expect(indicatorOutcome({ baseline: 66, target: 78, actual: 78 })).toBe("achieved");
    expect(indicatorOutcome({ baseline: 38, target: 25, actual: 20 })).toBe("achieved");
    expect(indicatorOutcome({ baseline: 38, target: 25, actual: 30 })).toBe("not_achieved");
    expect(indicatorOutcome({ baseline: null, target: 5, actual: 6 })).toBe("achieved");
    expect(indicatorOutcome({ baseline: 3, target: 5, actual: null })).toBe("no_data");
    expect(indicatorSummary(school21.indicators)).toMatchObject({ achieved: 3, measured: 4 });
  });

  it("formats indicator values with their unit", () => {
    expect(formatIndicatorValue(66, "%")).toBe("66 %");
    expect(formatIndicatorValue(4.5, "шт.")).toBe("4,5 шт.");
    expect(formatIndicatorValue(1, "да/нет")).toBe("да");
    expect(formatIndicatorValue(0, "да / нет")).toBe("нет");
    expect(formatIndicatorValue(12, null)).toBe("12");
    expect(formatIndicatorValue(null, "%")).toBe("—");
  });

  it("states categories, curator and profile", () => {
    expect(schoolWithCategories(school21)).toBe("ООШ № 21 (ШНОР, 500+)");
    expect(schoolFactsSentence(school21)).toBe(
      "Категории: школа с низкими образовательными результатами; участник проекта «500+». Куратор: Лобанова Елена Николаевна. Рисковый профиль: подтверждён.",
    );
    expect(schoolFactsSentence(school1)).toBe("Категории: школа в зоне риска низких результатов. Куратор: не назначен. Рисковый профиль: не заполнен.");
  });
});

describe("educational results", () => {
  it("has one row per compared metric with Y−2…Y and the municipal average of Y", () => {
    expect(resultRows(school21.comparisons, 2025)).toEqual([
      ["ОГЭ, математика: средняя отметка", "3,31", "3,24", "3,12", "3,75"],
      ["ОГЭ, математика: доля «2»", "10,7\u00a0%", "12,5\u00a0%", "14,3\u00a0%", "4,9\u00a0%"],
    ]);
    expect(resultRows([], 2025)).toEqual([]);
  });

  it("summarises the early warnings of the cycle's schools", () => {
    expect(school21.warnings.length).toBeGreaterThan(0);
    expect(resultsSummary(data.schools, 2025)).toBe(
      "По итогам 2025 года признаки зоны риска по образовательным результатам выявлены у 1 из 2 школ цикла: ООШ № 21. Не выявлены: СОШ № 1.",
    );
    expect(resultsSummary([school1], 2025)).toBe("По итогам 2025 года признаки зоны риска по образовательным результатам не выявлены ни у одной школы цикла.");
    expect(resultsSummary([], 2025)).toBe("Школы в списки цикла не включены.");
  });
});

describe("school order", () => {
  it("puts ШНОР first, then ШНСУ, the risk zone and «500+», numbers in natural order", () => {
    const schools = [
      { shortName: "СОШ № 15", categories: ["risk_zone" as const] },
      { shortName: "СОШ № 4", categories: ["risk_zone" as const] },
      { shortName: "ООШ № 21", categories: ["p500" as const, "shnor" as const] },
      { shortName: "СОШ № 7", categories: ["shnsu" as const] },
      { shortName: "Без категорий", categories: [] },
    ];
    expect([...schools].sort(compareSchools).map((s) => s.shortName)).toEqual(["ООШ № 21", "СОШ № 7", "СОШ № 4", "СОШ № 15", "Без категорий"]);
  });
});
