import { describe, expect, it } from "vitest";
import {
  ANSWER_MESSAGES,
  isAcceptingAnswers,
  parseResponse,
  percent,
  questionResult,
  resultSentence,
  scaleAverage,
  surveyMachine,
  SURVEY_STATUSES,
  type QuestionSpec,
} from "@/lib/domain/surveys/results";
import { forbiddenPairs, transition } from "@/lib/domain/workflow/machine";

const yesNo: QuestionSpec = { id: "q1", kind: "yes_no", text: "Помощь была адресной?", options: [] };
const scale: QuestionSpec = { id: "q2", kind: "scale", text: "Оцените регулярность", options: [] };
const choice: QuestionSpec = { id: "q3", kind: "single_choice", text: "Формат", options: ["Очно", "Дистанционно", "Смешанно"] };
const text: QuestionSpec = { id: "q4", kind: "text", text: "Предложения", options: [] };

describe("percent", () => {
  it("rounds to one decimal and is 0 with nobody answering", () => {
    expect(percent(23, 25)).toBe(92);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBe(0);
    expect(percent(5, 5)).toBe(100);
  });
});

describe("questionResult", () => {
  it("counts yes/no and gives «да — 92 %»", () => {
    const answers = [...Array(23).fill({ boolValue: true }), { boolValue: false }, { boolValue: false }];
    const result = questionResult(yesNo, answers);
    expect(result).toMatchObject({ kind: "yes_no", answered: 25, rows: [{ label: "Да", count: 23, percent: 92 }, { label: "Нет", count: 2, percent: 8 }] });
    expect(resultSentence(yesNo, result)).toBe("да — 92 %");
    expect(resultSentence({ ...yesNo, reportLabel: "отметили адресность и регулярность методической помощи" }, result)).toBe(
      "отметили адресность и регулярность методической помощи — 92 %",
    );
  });

  it("gives zero rows and no sentence with zero responses", () => {
    const result = questionResult(yesNo, []);
    expect(result).toMatchObject({ answered: 0, rows: [{ count: 0, percent: 0 }, { count: 0, percent: 0 }] });
    expect(resultSentence(yesNo, result)).toBeNull();
    expect(questionResult(scale, [])).toMatchObject({ answered: 0, average: null });
  });

  it("distributes the scale 1–5 with its average and the share of 4–5", () => {
    const result = questionResult(scale, [{ intValue: 5 }, { intValue: 4 }, { intValue: 4 }, { intValue: 2 }, { intValue: null }]);
    expect(result.kind).toBe("scale");
    if (result.kind !== "scale") return;
    expect(result.answered).toBe(4);
    expect(result.rows.map((r) => r.count)).toEqual([0, 1, 0, 2, 1]);
    expect(result.rows.map((r) => r.percent)).toEqual([0, 25, 0, 50, 25]);
    expect(result.average).toBe(3.75);
    expect(resultSentence(scale, result)).toBe("оценили на 4–5 — 75 %");
  });

  it("counts each option of a single choice, ignoring out-of-range indexes", () => {
    const result = questionResult(choice, [{ optionIndex: 0 }, { optionIndex: 2 }, { optionIndex: 2 }, { optionIndex: 7 }]);
    expect(result).toMatchObject({ answered: 3, rows: [{ label: "Очно", count: 1, percent: 33.3 }, { label: "Дистанционно", count: 0 }, { label: "Смешанно", count: 2, percent: 66.7 }] });
    expect(resultSentence(choice, result)).toBe("смешанно — 66,7 %");
  });

  it("lists non-empty free texts", () => {
    expect(questionResult(text, [{ textValue: " Больше практики " }, { textValue: "" }, { textValue: null }])).toEqual({ kind: "text", answered: 1, texts: ["Больше практики"] });
  });

  it("averages the scale to two decimals", () => {
    expect(scaleAverage([5, 4, 4])).toBe(4.33);
    expect(scaleAverage([])).toBeNull();
  });
});

describe("parseResponse", () => {
  const questions = [yesNo, scale, choice, text];

  it("accepts a full response and leaves free text optional", () => {
    const parsed = parseResponse(questions, { q1: "yes", q2: "4", q3: "1", q4: "" });
    expect(parsed).toEqual({
      ok: true,
      answers: [
        { questionId: "q1", boolValue: true },
        { questionId: "q2", intValue: 4 },
        { questionId: "q3", optionIndex: 1 },
      ],
    });
  });

  it("reports every missing required answer in Russian by question id", () => {
    expect(parseResponse(questions, {})).toEqual({ ok: false, errors: { q1: ANSWER_MESSAGES.required, q2: ANSWER_MESSAGES.required, q3: ANSWER_MESSAGES.required } });
  });

  it("rejects values outside each question's type", () => {
    expect(parseResponse(questions, { q1: "может быть", q2: "6", q3: "3", q4: "x".repeat(2001) })).toEqual({
      ok: false,
      errors: { q1: ANSWER_MESSAGES.yesNo, q2: ANSWER_MESSAGES.scale, q3: ANSWER_MESSAGES.choice, q4: ANSWER_MESSAGES.tooLong },
    });
    expect(parseResponse([scale], { q2: "2.5" })).toMatchObject({ ok: false });
    expect(parseResponse([choice], { q3: "-1" })).toMatchObject({ ok: false });
  });
});

describe("isAcceptingAnswers", () => {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  it("takes answers only while open and within the dates, both ends included", () => {
    const survey = { status: "open" as const, opensOn: day("2026-11-01"), closesOn: day("2026-11-30") };
    expect(isAcceptingAnswers(survey, new Date("2026-11-01T08:00:00Z"))).toBe(true);
    expect(isAcceptingAnswers(survey, new Date("2026-11-30T20:00:00Z"))).toBe(true);
    expect(isAcceptingAnswers(survey, new Date("2026-10-31T20:00:00Z"))).toBe(false);
    expect(isAcceptingAnswers(survey, new Date("2026-12-01T00:00:00Z"))).toBe(false);
    expect(isAcceptingAnswers({ ...survey, status: "closed" }, new Date("2026-11-10"))).toBe(false);
    expect(isAcceptingAnswers({ status: "open", opensOn: null, closesOn: null }, new Date())).toBe(true);
  });
});

describe("surveyMachine", () => {
  it("publishes a draft and closes an open survey, nothing else", () => {
    expect(transition(surveyMachine, "draft", "publish")).toEqual({ ok: true, to: "open" });
    expect(transition(surveyMachine, "open", "close")).toEqual({ ok: true, to: "closed" });
    const forbidden = forbiddenPairs(surveyMachine, SURVEY_STATUSES);
    expect(forbidden).toHaveLength(4);
    for (const { from, event } of forbidden) expect(transition(surveyMachine, from, event).ok).toBe(false);
  });
});
