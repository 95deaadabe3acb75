/**
 * Demo exam results 2023–2025 of every school of the municipality, and the
 * year-end satisfaction surveys of the МНЦ and the МТКП (seed 001 §§ I–II).
 *
 * The results are written so that the early warning (decision 040) has
 * something to find: МБОУ-ООШ № 21 below the municipal average in ОГЭ
 * mathematics three years running and falling; МБОУ-СОШ № 3 — not in the
 * 2025 lists — below the average in ЕГЭ Russian in 2023 and 2025 and in
 * profile mathematics every year; МБОУ-СОШ № 5 falling in ОГЭ mathematics
 * while still above the average. The lyceum and the gymnasium lead, and
 * МАОУ-СОШ № 1 «Казачья» (risk zone) stays above the average throughout.
 *
 * Pure data only: no I/O and no runtime imports.
 */
import type { ExamKind, QuestionKind, SurveyAudience } from "@/lib/db/generated/enums";

export const RESULT_YEARS = [2023, 2024, 2025] as const;

type Triple = readonly [number, number, number];

/** One series of one school: participants and the values of 2023, 2024, 2025. */
export type DemoResultSeries = {
  school: string;
  exam: ExamKind;
  subject: string;
  grade: number;
  participants: number;
  /** ЕГЭ: score of 100; ОГЭ: mark 2–5. */
  avg?: Triple;
  /** Share of «2», %. «Успеваемость» is 100 − this. */
  fail?: Triple;
  /** «Качество знаний», % (ВПР). */
  quality?: Triple;
};

const ege = (school: string, subject: string, participants: number, avg: Triple): DemoResultSeries => ({ school, exam: "ege", subject, grade: 0, participants, avg });
const oge = (school: string, subject: string, participants: number, avg: Triple, fail: Triple): DemoResultSeries => ({ school, exam: "oge", subject, grade: 0, participants, avg, fail });
const vpr = (school: string, subject: string, participants: number, quality: Triple, fail: Triple): DemoResultSeries => ({ school, exam: "vpr", subject, grade: 5, participants, quality, fail });

export const EXAM_RESULTS: readonly DemoResultSeries[] = [
  // ЕГЭ, русский язык (ООШ № 21 and ООШ № 18 have no 11th grade)
  ege("edu230102", "russian", 24, [66.2, 68.9, 65.4]),
  ege("edu230103", "russian", 31, [67.5, 66.8, 68.1]),
  ege("edu230104", "russian", 18, [69.8, 71.2, 70.4]),
  ege("edu230106", "russian", 42, [73.3, 74.6, 74.0]),
  ege("edu230107", "russian", 27, [70.1, 69.4, 69.0]),
  ege("edu230108", "russian", 56, [78.4, 79.1, 80.2]),
  ege("edu230109", "russian", 61, [76.9, 77.5, 78.3]),
  ege("edu230110", "russian", 29, [65.8, 74.9, 64.7]),
  ege("edu230111", "russian", 33, [74.4, 75.0, 74.8]),
  ege("edu230112", "russian", 38, [74.6, 75.2, 74.9]),
  // ЕГЭ, математика (профильная)
  ege("edu230102", "math_profile", 11, [48.3, 50.1, 47.6]),
  ege("edu230103", "math_profile", 14, [51.2, 52.4, 53.0]),
  ege("edu230104", "math_profile", 8, [54.0, 55.3, 54.7]),
  ege("edu230106", "math_profile", 19, [58.1, 58.9, 59.4]),
  ege("edu230107", "math_profile", 12, [53.5, 54.2, 55.0]),
  ege("edu230108", "math_profile", 34, [64.2, 66.0, 65.5]),
  ege("edu230109", "math_profile", 30, [61.8, 62.5, 63.9]),
  ege("edu230110", "math_profile", 13, [50.4, 49.2, 51.1]),
  ege("edu230111", "math_profile", 15, [59.0, 60.2, 59.9]),
  ege("edu230112", "math_profile", 17, [59.3, 58.8, 60.4]),
  // ОГЭ, русский язык
  oge("edu230101", "russian", 28, [3.52, 3.48, 3.55], [6.5, 7.1, 5.9]),
  oge("edu230102", "russian", 61, [3.71, 3.8, 3.76], [4.2, 3.1, 3.6]),
  oge("edu230103", "russian", 74, [3.85, 3.79, 3.9], [3.0, 3.4, 2.6]),
  oge("edu230104", "russian", 46, [3.68, 3.74, 3.81], [4.8, 4.0, 3.5]),
  oge("edu230105", "russian", 24, [3.62, 3.7, 3.66], [5.0, 3.9, 4.4]),
  oge("edu230106", "russian", 88, [4.08, 4.1, 4.12], [1.6, 1.5, 1.4]),
  oge("edu230107", "russian", 57, [3.9, 3.87, 3.93], [2.6, 2.9, 2.4]),
  oge("edu230108", "russian", 96, [4.45, 4.51, 4.48], [0, 0, 0]),
  oge("edu230109", "russian", 104, [4.38, 4.41, 4.46], [0, 0.9, 0]),
  oge("edu230110", "russian", 66, [3.88, 3.91, 3.86], [2.9, 2.7, 3.1]),
  oge("edu230111", "russian", 70, [4.05, 4.1, 4.07], [1.5, 1.2, 1.6]),
  oge("edu230112", "russian", 81, [4.2, 4.18, 4.25], [1.0, 1.1, 0.8]),
  // ОГЭ, математика
  oge("edu230101", "math", 28, [3.31, 3.24, 3.12], [10.7, 12.5, 14.3]),
  oge("edu230102", "math", 61, [3.45, 3.52, 3.49], [8.2, 6.6, 7.0]),
  oge("edu230103", "math", 74, [3.58, 3.5, 3.61], [6.8, 8.1, 5.4]),
  oge("edu230104", "math", 46, [3.4, 3.47, 3.55], [9.5, 8.0, 6.9]),
  oge("edu230105", "math", 24, [3.44, 3.39, 3.46], [8.3, 9.6, 8.0]),
  oge("edu230106", "math", 88, [3.82, 3.85, 3.84], [3.9, 3.6, 3.5]),
  oge("edu230107", "math", 57, [3.62, 3.6, 3.65], [5.3, 5.8, 5.0]),
  oge("edu230108", "math", 96, [4.21, 4.3, 4.26], [0, 0, 1.0]),
  oge("edu230109", "math", 104, [4.12, 4.18, 4.22], [1.0, 0, 0]),
  oge("edu230110", "math", 66, [3.6, 3.63, 3.58], [6.1, 5.5, 6.4]),
  oge("edu230111", "math", 70, [3.95, 3.82, 3.7], [2.9, 3.8, 4.3]),
  oge("edu230112", "math", 81, [3.88, 3.92, 3.95], [2.5, 2.2, 1.9]),
  // ВПР, русский язык, 5 класс
  vpr("edu230101", "russian", 34, [38.5, 41.2, 44.0], [18.5, 16.0, 14.8]),
  vpr("edu230102", "russian", 70, [45.1, 47.3, 48.0], [12.4, 11.0, 10.2]),
  vpr("edu230103", "russian", 88, [49.8, 48.2, 51.5], [9.6, 10.4, 8.8]),
  vpr("edu230104", "russian", 52, [43.0, 44.6, 46.2], [13.8, 12.9, 11.5]),
  vpr("edu230105", "russian", 27, [46.7, 45.9, 47.8], [12.0, 12.6, 11.1]),
  vpr("edu230106", "russian", 102, [56.4, 57.1, 58.0], [7.0, 6.5, 6.2]),
  vpr("edu230107", "russian", 63, [50.2, 49.6, 51.0], [9.1, 9.8, 8.7]),
  vpr("edu230108", "russian", 110, [68.5, 70.2, 71.0], [2.0, 1.6, 1.5]),
  vpr("edu230109", "russian", 118, [66.0, 67.4, 68.8], [2.8, 2.1, 1.9]),
  vpr("edu230110", "russian", 74, [48.0, 47.1, 49.5], [10.5, 11.2, 9.9]),
  vpr("edu230111", "russian", 80, [55.6, 56.3, 55.9], [6.5, 6.1, 6.8]),
  vpr("edu230112", "russian", 90, [58.2, 59.0, 60.1], [5.2, 4.8, 4.5]),
  // ВПР, математика, 5 класс
  vpr("edu230101", "math", 34, [35.0, 37.9, 42.6], [21.0, 18.7, 15.2]),
  vpr("edu230102", "math", 70, [44.3, 46.0, 45.2], [13.5, 12.1, 12.8]),
  vpr("edu230103", "math", 88, [50.5, 51.8, 50.9], [9.0, 8.6, 9.2]),
  vpr("edu230104", "math", 52, [42.8, 45.5, 47.0], [14.6, 13.0, 12.2]),
  vpr("edu230105", "math", 27, [47.0, 48.3, 46.5], [11.4, 10.8, 12.0]),
  vpr("edu230106", "math", 102, [57.1, 58.0, 59.2], [6.8, 6.4, 6.0]),
  vpr("edu230107", "math", 63, [51.0, 50.3, 52.5], [8.8, 9.5, 8.1]),
  vpr("edu230108", "math", 110, [71.2, 72.5, 73.0], [1.8, 1.5, 1.2]),
  vpr("edu230109", "math", 118, [68.3, 69.0, 70.4], [2.5, 2.2, 2.0]),
  vpr("edu230110", "math", 74, [46.5, 48.9, 45.8], [12.0, 10.9, 12.6]),
  vpr("edu230111", "math", 80, [57.4, 58.0, 58.6], [5.8, 5.5, 5.1]),
  vpr("edu230112", "math", 90, [60.0, 61.2, 60.8], [4.6, 4.2, 4.4]),
];

// ─────────────────────────── satisfaction surveys ───────────────────────────

export type DemoSurveyQuestion = {
  kind: QuestionKind;
  text: string;
  reportLabel: string | null;
  /** One answer per respondent, in the order of `respondents`: "yes"/"no", 1–5, or a text. */
  answers: readonly (string | null)[];
};

export type DemoSurvey = {
  id: string;
  title: string;
  audience: SurveyAudience;
  opensOn: string;
  closesOn: string;
  respondents: readonly string[];
  questions: readonly DemoSurveyQuestion[];
};

const LEADERS = ["school@opora.demo", "school2@opora.demo", "school3@opora.demo", "school4@opora.demo", "school5@opora.demo", "school6@opora.demo", "school7@opora.demo"];
const TEACHERS = ["teacher@opora.demo", "teacher2@opora.demo", "teacher3@opora.demo", "teacher4@opora.demo", "teacher5@opora.demo", "teacher6@opora.demo", "teacher7@opora.demo", "teacher8@opora.demo"];

/** Closed year-end surveys of the 2025 cycle: the report's satisfaction figures. */
export const SURVEYS: readonly DemoSurvey[] = [
  {
    id: "demo-survey-01",
    title: "Мониторинг удовлетворённости деятельностью МНЦ: административные команды, 2025",
    audience: "school_leaders",
    opensOn: "2025-11-24",
    closesOn: "2025-12-08",
    respondents: LEADERS,
    questions: [
      {
        kind: "yes_no",
        text: "Методическая помощь МНЦ в 2025 году была адресной, регулярной и доступной?",
        reportLabel: "руководителей и заместителей руководителей отметили адресность и регулярность методической помощи и указали на её доступность",
        answers: ["yes", "yes", "yes", "yes", "yes", "yes", "yes"],
      },
      {
        kind: "scale",
        text: "Оцените качество деятельности МНЦ по шкале от 1 до 5",
        reportLabel: "оценили качество деятельности МНЦ на 4–5 баллов",
        answers: ["5", "5", "4", "5", "4", "5", "3"],
      },
    ],
  },
  {
    id: "demo-survey-02",
    title: "Мониторинг удовлетворённости деятельностью МТКП: педагоги, 2025",
    audience: "teachers",
    opensOn: "2025-11-24",
    closesOn: "2025-12-08",
    respondents: TEACHERS,
    questions: [
      {
        kind: "yes_no",
        text: "Методическая помощь муниципальных тьюторов была адресной, регулярной и доступной?",
        reportLabel: "опрошенных учителей отметили адресность и регулярность методической помощи, указали на её доступность",
        answers: ["yes", "yes", "yes", "yes", "yes", "no", "yes", "yes"],
      },
      {
        kind: "yes_no",
        text: "Предлагаете ли вы продолжить в 2026 году деятельность пункта на основе муниципальных проектов?",
        reportLabel: "опрошенных учителей предлагают продолжить деятельность пункта на основе стратегически ориентированных проектов",
        answers: ["yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes"],
      },
      {
        kind: "text",
        text: "Какие темы консультаций вам нужны в следующем году?",
        reportLabel: null,
        answers: ["Подготовка к ОГЭ по математике", null, "Формирующее оценивание", null, null, "Цифровые инструменты урока", null, null],
      },
    ],
  },
];
