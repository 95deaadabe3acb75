/** A hand-made `ReportData` for the report's unit tests: two schools, a few events, consultations, surveys and results. */
import type { ReportData } from "@/lib/domain/report/data";
import type { ResultSeries } from "@/lib/domain/results";
import { compareWithMunicipality, earlyWarnings } from "@/lib/domain/results";

const values = (avgScore: number | null, failShare: number | null = null) => ({ avgScore, failShare, qualityShare: null, successShare: null });
const cell = (year: number, avg: number, fail: number) => ({ year, participants: 20, schools: 1, values: values(avg, fail) });

/** ОГЭ mathematics: the school falls 3.31 → 3.24 → 3.12 and stays below the municipal average. */
const schoolOge: ResultSeries = {
  key: "oge:math:0",
  exam: "oge",
  subjectCode: "math",
  subjectName: "Математика",
  grade: 0,
  cells: new Map([
    [2023, cell(2023, 3.31, 10.7)],
    [2024, cell(2024, 3.24, 12.5)],
    [2025, cell(2025, 3.12, 14.3)],
  ]),
};
const municipalOge: ResultSeries = {
  ...schoolOge,
  cells: new Map([
    [2023, cell(2023, 3.7, 5.0)],
    [2024, cell(2024, 3.72, 5.1)],
    [2025, cell(2025, 3.75, 4.9)],
  ]),
};
const school = new Map([[schoolOge.key, schoolOge]]);
const municipality = new Map([[municipalOge.key, municipalOge]]);

export function reportFixture(): ReportData {
  return {
    year: 2025,
    cycleTitle: "Дорожная карта повышения качества образования в школах с низкими результатами обучения муниципального образования г. Тест на 2025 год",
    roadmapOrder: { number: "8", date: new Date("2025-01-09T00:00:00Z") },
    letterhead: {
      region: "Краснодарский край",
      municipalityName: "г. Тест",
      centerName: "МКУ «Центр развития образования»",
      centerAddress: "352900, г. Тест, ул. Мира, д. 1",
      centerPhone: "8(800)000-00-00",
      directorName: "О.В. Иванова",
    },
    title: "Об итогах реализации Дорожной карты в 2025 году",
    approval: null,
    schools: [
      {
        code: "edu1",
        shortName: "ООШ № 21",
        name: "Основная школа № 21",
        categories: ["shnor", "p500"],
        curatorName: "Лобанова Елена Николаевна",
        riskProfileStatus: "confirmed",
        assessments: [
          { code: 3, title: "Недостаточная предметная и методическая компетентность", significance: "high", programRequired: false },
          { code: 7, title: "Пониженный уровень школьного благополучия", significance: "medium", programRequired: false },
          { code: 6, title: "Низкая учебная мотивация", significance: "medium", programRequired: true },
        ],
        documents: [
          { kind: "concept", title: "Концепция развития на 2025–2027 годы", status: "confirmed", riskFactorCode: null, riskFactorTitle: null },
          { kind: "anti_risk_program", title: "Повышение компетентности", status: "confirmed", riskFactorCode: 3, riskFactorTitle: "Недостаточная предметная и методическая компетентность" },
          { kind: "anti_risk_program", title: "Оснащение", status: "draft", riskFactorCode: 1, riskFactorTitle: "Низкий уровень оснащения школы" },
        ],
        measureGroups: [
          { status: "confirmed", overdue: false, count: 3 },
          { status: "done", overdue: false, count: 2 },
          { status: "in_progress", overdue: true, count: 4 },
          { status: "planned", overdue: false, count: 1 },
          { status: "not_done", overdue: false, count: 1 },
        ],
        indicators: [
          { measure: "Курсы", name: "Доля педагогов с первой или высшей категорией", unit: "%", baseline: 66, target: 78, actual: 70 },
          { measure: "ИОМ", name: "Доля педагогов с утверждённым ИОМ", unit: "%", baseline: 0, target: 100, actual: 100 },
          { measure: "Тревожность", name: "Доля обучающихся с высокой тревожностью", unit: "%", baseline: 38, target: 25, actual: 20 },
          { measure: "Кружки", name: "Количество предметных кружков", unit: "шт.", baseline: 3, target: 5, actual: null },
          { measure: "Приказ", name: "Приказ о проектной группе", unit: "да/нет", baseline: 0, target: 1, actual: 1 },
        ],
        comparisons: compareWithMunicipality(school, municipality),
        warnings: earlyWarnings({ asOfYear: 2025, school, municipality }),
      },
      {
        code: "edu2",
        shortName: "СОШ № 1",
        name: "Средняя школа № 1",
        categories: ["risk_zone"],
        curatorName: null,
        riskProfileStatus: null,
        assessments: [],
        documents: [],
        measureGroups: [],
        indicators: [],
        comparisons: [],
        warnings: [],
      },
    ],
    events: [
      ...Array.from({ length: 8 }, (_, i) => ({ type: "seminar" as const, participants: 10, module: "Эффективные механизмы управления", project: i === 0 ? "Умные каникулы" : null, schoolCodes: ["edu1"] })),
      ...Array.from({ length: 6 }, () => ({ type: "webinar" as const, participants: 20, module: "Контрольно-аналитическая деятельность", project: null, schoolCodes: ["edu1", "edu9"] })),
      ...Array.from({ length: 3 }, () => ({ type: "videoconference" as const, participants: 5, module: null, project: null, schoolCodes: [] })),
      { type: "management_school", participants: 24, module: "Диссеминация опыта", project: null, schoolCodes: ["edu1"] },
      { type: "consulting", participants: 6, module: "Эффективные механизмы управления", project: null, schoolCodes: ["edu1"] },
      { type: "master_class", participants: 22, module: null, project: "Умные каникулы", schoolCodes: ["edu1"] },
    ],
    consultations: [
      { module: "methodical_competence", subject: "Русский язык", teacherId: "t1", schoolCode: "edu1", functions: ["diagnostic", "consulting"], project: "Методический абонемент" },
      { module: "subject_competence", subject: "Математика", teacherId: "t2", schoolCode: "edu1", functions: ["diagnostic"], project: "Методический абонемент" },
      { module: "methodical_competence", subject: "Русский язык", teacherId: "t1", schoolCode: "edu1", functions: ["modeling"], project: null },
      { module: "assessment", subject: "Биология", teacherId: "t3", schoolCode: "edu2", functions: [], project: null },
    ],
    surveys: [
      {
        title: "Удовлетворённость МНЦ",
        audience: "school_leaders",
        responses: 4,
        questions: [
          {
            spec: { id: "q1", kind: "yes_no", text: "Помощь была адресной?", options: [], reportLabel: "руководителей отметили адресность помощи" },
            answers: [{ boolValue: true }, { boolValue: true }, { boolValue: true }, { boolValue: true }],
          },
          { spec: { id: "q2", kind: "scale", text: "Оцените МНЦ", options: [], reportLabel: null }, answers: [{ intValue: 5 }, { intValue: 4 }, { intValue: 3 }, { intValue: 2 }] },
        ],
      },
      {
        title: "Удовлетворённость МТКП",
        audience: "teachers",
        responses: 8,
        questions: [
          {
            spec: { id: "q3", kind: "yes_no", text: "Продолжить?", options: [], reportLabel: "учителей предлагают продолжить деятельность пункта" },
            answers: [true, true, true, true, true, true, true, false].map((boolValue) => ({ boolValue })),
          },
        ],
      },
    ],
    projects: ["Методический абонемент", "Умные каникулы", "Проект без активности"],
    flaggedOutside: [{ shortName: "СОШ № 3", warnings: 2 }],
  };
}
