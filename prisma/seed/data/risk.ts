/**
 * Risk-factor catalogue 2025 and the risk profiles of the demo cycle.
 *
 * Factors 1–10 and their indicators are those of the risk-profile table of
 * seed 003 («фиксация риска»); 11–13 are filled in for the demo. Thresholds
 * are chosen so that the values of МБОУ-ООШ № 21 (the seed's table) are
 * flagged exactly where the seed puts «*»: 1.1, 1.2, 1.3, 4.1, 9.1, 9.2.
 */
import type { IndicatorUnit, RiskDirection, RiskProfileStatus, Significance } from "@/lib/db/generated/enums";

export const RISK_CATALOG_YEAR = 2025;

export type DemoRiskFactor = { code: number; title: string; description: string | null };

export const RISK_FACTORS: readonly DemoRiskFactor[] = [
  {
    code: 1,
    title: "Низкий уровень оснащения школы",
    description:
      "Учебные материалы, цифровое оборудование, качество интернет-соединения, дефициты оснащения зданий и помещений, состояние классов и кабинетов",
  },
  {
    code: 2,
    title: "Дефицит педагогических кадров",
    description: "Нехватка педагогов; психологов, логопедов, социальных педагогов; вспомогательного персонала",
  },
  {
    code: 3,
    title: "Недостаточная предметная и методическая компетентность педагогических работников",
    description:
      "Оценка педагогических компетенций, участие в системе обмена опытом, использование современных педагогических технологий, доля родителей, недовольных преподаванием, уверенность учителей",
  },
  {
    code: 4,
    title: "Высокая доля обучающихся с ОВЗ",
    description: "Доля обучающихся с ОВЗ, доля учителей, неуверенных при работе с ними",
  },
  { code: 5, title: "Низкое качество преодоления языковых и культурных барьеров", description: null },
  { code: 6, title: "Низкая учебная мотивация обучающихся", description: null },
  { code: 7, title: "Пониженный уровень школьного благополучия", description: null },
  { code: 8, title: "Низкий уровень дисциплины в классе", description: null },
  {
    code: 9,
    title: "Высокая доля обучающихся с рисками учебной неуспешности",
    description:
      "Доля обучающихся с низким индексом ESCS, доля обучающихся, которым рекомендованы дополнительные занятия",
  },
  { code: 10, title: "Низкий уровень вовлеченности родителей", description: null },
  { code: 11, title: "Риски низкой адаптивности учебного процесса", description: null },
  { code: 12, title: "Несформированность внутришкольной системы повышения квалификации", description: null },
  { code: 13, title: "Пониженный уровень качества школьной образовательной и воспитательной среды", description: null },
];

/** The factor of an indicator is the part of its code before the dot («9.2» → 9). */
export type DemoRiskIndicator = {
  code: string;
  title: string;
  unit: IndicatorUnit;
  direction: RiskDirection;
  threshold: number;
};

// prettier-ignore
export const RISK_INDICATORS: readonly DemoRiskIndicator[] = [
  { code: "1.1", title: "Учебные материалы", unit: "score", direction: "below", threshold: 50 },
  { code: "1.2", title: "Цифровое оборудование", unit: "score", direction: "below", threshold: 50 },
  { code: "1.3", title: "Качество интернет-соединения", unit: "score", direction: "below", threshold: 60 },
  { code: "1.4", title: "Дефициты оснащения, зданий и помещений", unit: "boolean", direction: "above", threshold: 0 },
  { code: "1.5", title: "Состояние классов и кабинетов", unit: "score", direction: "below", threshold: 60 },

  { code: "2.1", title: "Нехватка педагогов", unit: "score", direction: "above", threshold: 20 },
  { code: "2.2", title: "Нехватка психологов, логопедов, социальных педагогов", unit: "score", direction: "above", threshold: 20 },
  { code: "2.3", title: "Нехватка вспомогательного персонала", unit: "score", direction: "above", threshold: 20 },

  { code: "3.1", title: "Оценка педагогических компетенций учителей", unit: "score", direction: "below", threshold: 60 },
  { code: "3.2", title: "Участие в системе обмена опытом", unit: "score", direction: "below", threshold: 40 },
  { code: "3.3", title: "Использование современных педагогических технологий", unit: "score", direction: "below", threshold: 40 },
  { code: "3.4", title: "Доля родителей, недовольных преподаванием предметов", unit: "percent", direction: "above", threshold: 20 },
  { code: "3.5", title: "Уверенность учителей в своей педагогической компетентности", unit: "score", direction: "below", threshold: 60 },

  { code: "4.1", title: "Доля обучающихся с ОВЗ", unit: "percent", direction: "above", threshold: 15 },
  { code: "4.2", title: "Доля учителей, испытывающих неуверенность при работе с обучающимися с ОВЗ", unit: "percent", direction: "above", threshold: 30 },

  { code: "5.1", title: "Доля обучающихся, для которых русский язык не является родным или языком повседневного общения (по данным администрации ОО)", unit: "percent", direction: "above", threshold: 10 },
  { code: "5.2", title: "Доля обучающихся, для которых русский язык не является языком повседневного общения (по ответам обучающихся)", unit: "percent", direction: "above", threshold: 10 },
  { code: "5.3", title: "Дополнительные занятия для обучающихся, для которых русский язык не является родным или языком повседневного общения", unit: "boolean", direction: "below", threshold: 1 },

  { code: "6.1", title: "Оценка мотивации обучающихся учителями", unit: "score", direction: "below", threshold: 50 },
  { code: "6.2", title: "Уровень мотивации обучающихся (по ответам обучающихся)", unit: "score", direction: "below", threshold: 50 },
  { code: "6.3", title: "Учет индивидуальных возможностей в учебном процессе", unit: "score", direction: "below", threshold: 50 },

  { code: "7.1", title: "Ситуации конфликтов и буллинга в школе (по ответам обучающихся)", unit: "score", direction: "above", threshold: 30 },
  { code: "7.2", title: "Отношения в педагогическом коллективе (по ответам учителей)", unit: "score", direction: "below", threshold: 60 },
  { code: "7.3", title: "Доля обучающихся, столкнувшихся с несправедливым отношением учителей к себе", unit: "percent", direction: "above", threshold: 15 },

  { code: "8.1", title: "Частота нарушения дисциплины (по ответам обучающихся)", unit: "score", direction: "above", threshold: 30 },
  { code: "8.2", title: "Оценка уровня дисциплины в школе (по ответам учителей)", unit: "score", direction: "below", threshold: 50 },

  { code: "9.1", title: "Доля обучающихся с низким индексом ESCS", unit: "percent", direction: "above", threshold: 50 },
  { code: "9.2", title: "Доля обучающихся, которым учителя рекомендуют дополнительные занятия с целью ликвидации отставания от учебной программы", unit: "percent", direction: "above", threshold: 30 },

  { code: "10.1", title: "Степень незаинтересованности учебным процессом со стороны родителей", unit: "percent", direction: "above", threshold: 30 },
  { code: "10.2", title: "Проявление родителями поддержки детей в учебе", unit: "score", direction: "below", threshold: 50 },
  { code: "10.3", title: "Доля родителей, регулярно посещающих родительские собрания", unit: "percent", direction: "below", threshold: 50 },

  { code: "11.1", title: "Использование дифференцированных заданий на уроках (по ответам обучающихся)", unit: "score", direction: "below", threshold: 50 },
  { code: "11.2", title: "Доля обучающихся, охваченных индивидуальными образовательными траекториями", unit: "percent", direction: "below", threshold: 10 },
  { code: "11.3", title: "Наличие системы сопровождения обучающихся с трудностями в обучении", unit: "boolean", direction: "below", threshold: 1 },

  { code: "12.1", title: "Доля педагогов, прошедших повышение квалификации за последние три года", unit: "percent", direction: "below", threshold: 70 },
  { code: "12.2", title: "Наличие действующих школьных методических объединений", unit: "boolean", direction: "below", threshold: 1 },
  { code: "12.3", title: "Доля педагогов, реализующих индивидуальные образовательные маршруты", unit: "percent", direction: "below", threshold: 30 },

  { code: "13.1", title: "Оценка образовательной среды школы обучающимися", unit: "score", direction: "below", threshold: 50 },
  { code: "13.2", title: "Оценка воспитательной среды школы родителями", unit: "score", direction: "below", threshold: 50 },
  { code: "13.3", title: "Доля обучающихся, вовлеченных в дополнительное образование", unit: "percent", direction: "below", threshold: 50 },
];

/**
 * Indicator values of the schools with a filled-in profile, by indicator:
 * [edu230101, edu230102, edu230103, edu230104, edu230105, edu230106].
 * Column 1 is the seed-003 table (booleans: 1 «да», 0 «нет»); column 3 is
 * shaped after the second seed profile (edu673200); the others are variations.
 * МБОУ-СОШ № 4 (edu230107) has not filled in its diagnostics yet.
 */
export const PROFILE_SCHOOLS = ["edu230101", "edu230102", "edu230103", "edu230104", "edu230105", "edu230106"] as const;

// prettier-ignore
export const PROFILE_VALUES: Readonly<Record<string, readonly [number, number, number, number, number, number]>> = {
  "1.1":  [46, 55, 48, 62, 51, 70],
  "1.2":  [45, 47, 58, 44, 60, 66],
  "1.3":  [58, 64, 71, 52, 63, 75],
  "1.4":  [0, 1, 0, 0, 0, 0],
  "1.5":  [83, 68, 74, 57, 72, 88],
  "2.1":  [0, 12, 35, 8, 25, 0],
  "2.2":  [0, 30, 42, 15, 10, 5],
  "2.3":  [0, 10, 18, 22, 5, 0],
  "3.1":  [90, 64, 70, 55, 62, 77],
  "3.2":  [49, 38, 35, 45, 33, 52],
  "3.3":  [42, 44, 51, 36, 43, 38],
  "3.4":  [0, 14, 9, 24, 18, 6],
  "3.5":  [72, 66, 68, 61, 55, 80],
  "4.1":  [32, 11, 9, 18, 14, 6],
  "4.2":  [0, 22, 12, 26, 24, 10],
  "5.1":  [0, 4, 3, 8, 6, 2],
  "5.2":  [0, 3, 2, 9, 11, 1],
  "5.3":  [1, 1, 1, 1, 1, 1],
  "6.1":  [63, 48, 58, 45, 52, 66],
  "6.2":  [71, 55, 62, 54, 47, 73],
  "6.3":  [53, 44, 57, 51, 42, 47],
  "7.1":  [0, 18, 12, 24, 22, 8],
  "7.2":  [81, 74, 77, 58, 69, 85],
  "7.3":  [0, 9, 7, 12, 17, 4],
  "8.1":  [0, 26, 15, 27, 28, 10],
  "8.2":  [63, 57, 61, 53, 52, 70],
  "9.1":  [89, 46, 38, 64, 57, 22],
  "9.2":  [50, 34, 21, 41, 28, 15],
  "10.1": [0, 27, 33, 36, 24, 12],
  "10.2": [65, 52, 54, 52, 55, 71],
  "10.3": [78, 61, 58, 56, 49, 82],
  "11.1": [58, 54, 61, 52, 52, 66],
  "11.2": [12, 8, 14, 6, 11, 18],
  "11.3": [1, 1, 1, 1, 1, 1],
  "12.1": [82, 74, 79, 72, 71, 91],
  "12.2": [1, 1, 1, 1, 1, 1],
  "12.3": [45, 26, 38, 22, 34, 52],
  "13.1": [64, 57, 62, 55, 53, 74],
  "13.2": [70, 59, 66, 51, 46, 78],
  "13.3": [61, 52, 58, 41, 55, 76],
};

/** The indicators seed 003 marks «*» in the profile of the demo school. */
export const DEMO_SCHOOL_FLAGGED_CODES = ["1.1", "1.2", "1.3", "4.1", "9.1", "9.2"] as const;

export type DemoProfileState = {
  school: string;
  status: RiskProfileStatus;
  submittedAt: string | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  /** Significance in force where it differs from (or is fixed against) the rule; others = suggested. */
  significance: Readonly<Record<number, Significance>>;
  /** Curator's reason wherever the significance differs from the suggestion. */
  overrideReasons: Readonly<Record<number, string>>;
  /** «средняя» factors for which the curator decided an anti-risk programme is needed. */
  programRequired: readonly number[];
};

export const PROFILE_STATES: readonly DemoProfileState[] = [
  {
    // The seed-003 profile: column «Значимость фактора риска».
    school: "edu230101",
    status: "confirmed",
    submittedAt: "2025-02-14",
    confirmedAt: "2025-02-20",
    confirmedBy: "curator@opora.demo",
    significance: { 1: "high", 2: "low", 3: "high", 4: "high", 5: "low", 6: "high", 7: "medium", 8: "medium", 9: "high", 10: "medium" },
    overrideReasons: {
      3:
        "По итогам посещения уроков и собеседований с педагогами выявлены дефициты методической компетентности: " +
        "использование современных педагогических технологий — 42 балла, участие в обмене опытом — 49 баллов; " +
        "доля педагогов с первой или высшей категорией — 66 %.",
      6:
        "Показатели мотивации близки к пороговым (учет индивидуальных возможностей — 53 балла); по итогам ВПР и " +
        "анкетирования мотивация обучающихся 7–9 классов снижается. Фактор связан с высокой долей обучающихся с рисками учебной неуспешности.",
      7: "Ответы педагогов о климате в коллективе неоднозначны; требуется дополнительная оценка ситуации куратором.",
      8: "Оценка дисциплины учителями (63 балла) расходится с ответами обучающихся; требуется оценка на посещениях уроков.",
      10:
        "Посещаемость родительских собраний в 5–9 классах ниже средней по школе; при высокой доле семей с низким индексом ESCS " +
        "требуется дополнительная оценка вовлеченности родителей.",
    },
    programRequired: [],
  },
  {
    school: "edu230102",
    status: "submitted",
    submittedAt: "2025-02-26",
    confirmedAt: null,
    confirmedBy: null,
    significance: {},
    overrideReasons: {},
    programRequired: [],
  },
  {
    // The second seed-003 profile (edu673200), its factors mapped to codes by title.
    school: "edu230103",
    status: "confirmed",
    submittedAt: "2025-02-18",
    confirmedAt: "2025-02-21",
    confirmedBy: "curator2@opora.demo",
    significance: { 1: "medium", 2: "high", 3: "medium", 11: "low", 12: "low", 9: "low", 4: "low", 5: "low", 13: "low", 10: "medium" },
    overrideReasons: {},
    programRequired: [3],
  },
  {
    school: "edu230104",
    status: "submitted",
    submittedAt: "2025-02-27",
    confirmedAt: null,
    confirmedBy: null,
    significance: {},
    overrideReasons: {},
    programRequired: [],
  },
  {
    school: "edu230105",
    status: "draft",
    submittedAt: null,
    confirmedAt: null,
    confirmedBy: null,
    significance: {},
    overrideReasons: {},
    programRequired: [],
  },
  {
    school: "edu230106",
    status: "draft",
    submittedAt: null,
    confirmedAt: null,
    confirmedBy: null,
    significance: {},
    overrideReasons: {},
    programRequired: [],
  },
  {
    school: "edu230107",
    status: "draft",
    submittedAt: null,
    confirmedAt: null,
    confirmedBy: null,
    significance: {},
    overrideReasons: {},
    programRequired: [],
  },
];
