/**
 * Programme documents of the demo school (МБОУ-ООШ № 21) and the review
 * criteria catalogue. The concept and «Современный педагог» follow seed 003
 * (МБОУ «СШ № 9» «Алгоритм успеха»), adapted to the demo school.
 *
 * Measure status history is derived by the seed from `status` and the
 * `startedAt` / `completedAt` / `reviewedAt` dates: the school (school@)
 * starts and finishes a measure, the curator (curator@) confirms or returns it.
 */
import type { DocumentKind, DocumentStatus, MeasureStatus } from "@/lib/db/generated/enums";

export type DemoMeasure = {
  title: string;
  deadline: string;
  responsible: string;
  participants: string;
  expectedResult: string;
  indicatorName: string;
  indicatorUnit: string;
  baseline: number;
  target: number;
  actual: number | null;
  reportForm: string;
  status: MeasureStatus;
  statusComment?: string;
  /** planned → in_progress */
  startedAt?: string;
  /** in_progress → done / not_done */
  completedAt?: string;
  /** done → confirmed / needs_revision (curator) */
  reviewedAt?: string;
};

export type DemoTask = { title: string; cause: string; measures: readonly DemoMeasure[] };

export type DemoDocument = {
  /** Stable part of the row ids: `demo-doc-${key}`. */
  key: string;
  school: string;
  kind: DocumentKind;
  /** Risk-factor code for an anti-risk programme. */
  riskFactor: number | null;
  title: string;
  status: DocumentStatus;
  periodFrom: number;
  periodTo: number;
  mission: string | null;
  goal: string;
  desiredState: string | null;
  analysis: string | null;
  submittedAt: string | null;
  confirmedAt: string | null;
  tasks: readonly DemoTask[];
};

const DIRECTOR = "Пияева С.М., директор";
const DEPUTY = "Гордиенко Е.А., заместитель директора по УВР";
const PSYCHOLOGIST = "Сидоренко О.А., педагог-психолог";

export const DOCUMENTS: readonly DemoDocument[] = [
  {
    key: "concept-edu230101",
    school: "edu230101",
    kind: "concept",
    riskFactor: null,
    title: "Концепция развития МБОУ-ООШ № 21 на 2025–2027 годы",
    status: "confirmed",
    periodFrom: 2025,
    periodTo: 2027,
    mission:
      "Создание привлекательной образовательной среды, удовлетворяющей потребности участников образовательных отношений " +
      "в доступном качественном образовании и способствующей развитию потенциала личности обучающихся МБОУ-ООШ № 21, " +
      "следствием чего станут высокая мотивация к учебе и уверенность обучающихся в своих силах.",
    goal:
      "Повышение уровня образовательных результатов (личностных, метапредметных, предметных) обучающихся к 2027 году " +
      "посредством совершенствования предметно-методической компетентности педагогов, повышения доли обучающихся " +
      "с положительной учебной мотивацией на 15 % и снижения доли обучающихся с рисками учебной неуспешности на 20 %, " +
      "развития образовательной среды МБОУ-ООШ № 21 в соответствии с требованиями законодательства и с учетом " +
      "потребностей всех заинтересованных сторон.",
    desiredState:
      "Имидж школы: открытая школа равных возможностей, которой доверяют родители микрорайона.\n" +
      "Модель педагогического коллектива: команда, владеющая современными педагогическими технологиями и " +
      "работающая по индивидуальным образовательным маршрутам на основе выявленных дефицитов.\n" +
      "Модель ученика: деятельный участник образовательного пространства школы с высоким уровнем учебной мотивации " +
      "и достаточным уровнем сформированности функциональной грамотности.\n" +
      "Модель цифровой образовательной среды: оснащенные кабинеты, стабильный интернет, цифровые ресурсы в каждом уроке.\n" +
      "Модель внутренней системы оценки качества образования: интегрированная модель ВШК и ВСОКО, ежеквартальный анализ результатов.",
    analysis:
      "Высокие риски: низкий уровень оснащения школы (учебные материалы — 46, цифровое оборудование — 45, " +
      "интернет — 58 баллов); недостаточная предметная и методическая компетентность педагогов; высокая доля " +
      "обучающихся с ОВЗ (32 %); низкая учебная мотивация; высокая доля обучающихся с рисками учебной неуспешности " +
      "(низкий индекс ESCS — 89 %, дополнительные занятия рекомендованы 50 % обучающихся).\n" +
      "Средние риски: пониженный уровень школьного благополучия, низкий уровень дисциплины в классе, низкий уровень " +
      "вовлеченности родителей — требуют дополнительной оценки куратором.\n" +
      "В 2025 году школа выбирает для работы риски «Недостаточная предметная и методическая компетентность» и " +
      "«Низкая учебная мотивация»: они напрямую связаны с остальными высокими рисками и поддаются управлению силами школы.",
    submittedAt: "2025-03-20",
    confirmedAt: "2025-04-10",
    tasks: [],
  },
  {
    key: "mtp-edu230101",
    school: "edu230101",
    kind: "medium_term_program",
    riskFactor: null,
    title: "Среднесрочная программа развития на 2025 год",
    status: "confirmed",
    periodFrom: 2025,
    periodTo: 2025,
    mission: null,
    goal:
      "Перевод МБОУ-ООШ № 21 в эффективный режим работы за счет адресного методического сопровождения педагогов " +
      "и снижения доли обучающихся с рисками учебной неуспешности.",
    desiredState: null,
    analysis: null,
    submittedAt: "2025-03-24",
    confirmedAt: "2025-04-14",
    tasks: [
      {
        title: "Повысить предметную и методическую компетентность педагогов через систему адресного методического сопровождения",
        cause: "Недостаточное использование современных педагогических технологий и слабое участие педагогов в обмене опытом",
        measures: [
          {
            title: "Разработка и утверждение ИОМ педагогов по результатам входной диагностики профессиональных дефицитов",
            deadline: "2025-03-31",
            responsible: `${DIRECTOR}; ${DEPUTY}`,
            participants: "Педагогические работники школы",
            expectedResult: "ИОМ утверждены для всех педагогов с выявленными дефицитами",
            indicatorName: "Доля педагогов с дефицитами, имеющих утвержденный ИОМ",
            indicatorUnit: "%",
            baseline: 0,
            target: 100,
            actual: 100,
            reportForm: "Приказ об утверждении ИОМ",
            status: "confirmed",
            startedAt: "2025-02-17",
            completedAt: "2025-03-05",
            reviewedAt: "2025-03-12",
          },
          {
            title: "Участие педагогов в муниципальном проекте «Методический абонемент»",
            deadline: "2025-12-15",
            responsible: DEPUTY,
            participants: "Учителя-предметники, муниципальные тьюторы",
            expectedResult: "Педагоги прошли тематические модули проекта по своим дефицитам",
            indicatorName: "Доля педагогов — участников проекта «Методический абонемент»",
            indicatorUnit: "%",
            baseline: 35,
            target: 80,
            actual: 62,
            reportForm: "Справка по итогам участия в проекте",
            status: "in_progress",
            startedAt: "2025-02-03",
          },
        ],
      },
      {
        title: "Снизить долю обучающихся с рисками учебной неуспешности",
        cause: "Высокая доля обучающихся с низким индексом ESCS (89 %), недостаточный учет индивидуальных возможностей",
        measures: [
          {
            title: "Организация дополнительных занятий по русскому языку и математике для обучающихся с рисками учебной неуспешности",
            deadline: "2025-05-30",
            responsible: DEPUTY,
            participants: "Обучающиеся 5–9 классов группы риска, учителя русского языка и математики",
            expectedResult: "Обучающиеся группы риска охвачены дополнительными занятиями",
            indicatorName: "Доля обучающихся группы риска, охваченных дополнительными занятиями",
            indicatorUnit: "%",
            baseline: 40,
            target: 90,
            actual: 92,
            reportForm: "Справка заместителя директора по УВР, журнал дополнительных занятий",
            status: "done",
            startedAt: "2025-02-10",
            completedAt: "2025-05-30",
          },
          {
            title: "Ежеквартальный анализ образовательных результатов обучающихся группы риска в рамках интегрированной модели ВШК и ВСОКО",
            deadline: "2025-10-20",
            responsible: DEPUTY,
            participants: "Административная команда, руководители ШМО",
            expectedResult: "Управленческие решения по итогам каждой четверти",
            indicatorName: "Количество аналитических справок по итогам четвертей",
            indicatorUnit: "шт.",
            baseline: 0,
            target: 4,
            actual: 2,
            reportForm: "Аналитические справки, протоколы совещаний при директоре",
            status: "in_progress",
            startedAt: "2025-04-01",
          },
        ],
      },
    ],
  },
  {
    key: "arp-3-edu230101",
    school: "edu230101",
    kind: "anti_risk_program",
    riskFactor: 3,
    title: "Современный педагог",
    status: "confirmed",
    periodFrom: 2025,
    periodTo: 2025,
    mission: null,
    goal:
      "Повышение уровня сформированности профессиональных компетенций педагогов на основе внутришкольной системы " +
      "профессионального роста педагогических работников",
    desiredState: null,
    analysis: null,
    submittedAt: "2025-03-27",
    confirmedAt: "2025-04-18",
    tasks: [
      {
        title: "Сформировать внутришкольную систему профессионального роста педагогических работников",
        cause: "Отсутствие системы адресного повышения квалификации на основе выявленных дефицитов",
        measures: [
          {
            title: "Создание проектной группы по управлению процессами реализации концепции развития",
            deadline: "2025-02-28",
            responsible: DIRECTOR,
            participants: "Административная команда, руководители ШМО",
            expectedResult: "Проектная группа создана и работает по плану",
            indicatorName: "Приказ о создании проектной группы",
            indicatorUnit: "да/нет",
            baseline: 0,
            target: 1,
            actual: 1,
            reportForm: "Приказ по школе, план работы проектной группы",
            status: "confirmed",
            startedAt: "2025-02-03",
            completedAt: "2025-02-21",
            reviewedAt: "2025-02-27",
          },
          {
            title: "Анализ работы педагогических кадров и формирование портфолио профессиональных достижений для аттестации",
            deadline: "2025-11-28",
            responsible: DEPUTY,
            participants: "Педагоги без категории и с истекающим сроком категории",
            expectedResult: "Педагоги подали заявления на аттестацию на первую или высшую категорию",
            indicatorName: "Доля педагогов с первой или высшей категорией",
            indicatorUnit: "%",
            baseline: 66,
            target: 78,
            actual: 70,
            reportForm: "График аттестации, приказы министерства об установлении категорий",
            status: "in_progress",
            startedAt: "2025-03-03",
          },
        ],
      },
      {
        title: "Обеспечить участие педагогов в системе обмена опытом на различных уровнях",
        cause: "Низкий уровень участия в системе обмена опытом (49 баллов)",
        measures: [
          {
            title: "Проведение школьной методической конференции «Марафон педагогических идей»",
            deadline: "2025-04-25",
            responsible: DEPUTY,
            participants: "Педагогические работники школы",
            expectedResult: "Каждое ШМО представило опыт применения современных технологий",
            indicatorName: "Доля учителей, участвующих в системе обмена опытом",
            indicatorUnit: "%",
            baseline: 49,
            target: 69,
            actual: 58,
            reportForm: "Программа конференции, сборник материалов на сайте школы",
            status: "done",
            startedAt: "2025-03-17",
            completedAt: "2025-04-25",
          },
          {
            title: "Совместные заседания ШМО со школой-партнером МАОУ-Лицей № 11",
            deadline: "2025-10-10",
            responsible: "Руководители ШМО",
            participants: "Учителя русского языка, математики, естественнонаучного цикла",
            expectedResult: "Проведены не менее трех совместных заседаний ШМО",
            indicatorName: "Количество совместных заседаний ШМО",
            indicatorUnit: "шт.",
            baseline: 0,
            target: 3,
            actual: 3,
            reportForm: "Протоколы совместных заседаний ШМО",
            status: "needs_revision",
            statusComment: "Не приложены протоколы совместных заседаний ШМО; добавьте протоколы и фотоотчет.",
            startedAt: "2025-04-21",
            completedAt: "2025-10-09",
            reviewedAt: "2025-10-14",
          },
        ],
      },
      {
        title: "Повысить уровень владения современными педагогическими технологиями, в том числе по формированию функциональной грамотности",
        cause: "Низкий уровень использования современных педагогических технологий (42 балла)",
        measures: [
          {
            title: "Курсовая подготовка по проблеме формирования функциональной грамотности на базе ГБОУ ИРО Краснодарского края",
            deadline: "2025-12-10",
            responsible: DEPUTY,
            participants: "Учителя-предметники 5–9 классов",
            expectedResult: "Педагоги прошли курсы по функциональной грамотности",
            indicatorName: "Охват курсовой подготовкой по функциональной грамотности",
            indicatorUnit: "%",
            baseline: 30,
            target: 70,
            actual: 55,
            reportForm: "Удостоверения о повышении квалификации, сводная таблица",
            status: "in_progress",
            startedAt: "2025-02-17",
          },
          {
            title:
              "Семинар-практикум «Диагностика метапредметных результатов (смыслового чтения и умений работать с информацией) " +
              "как основа формирования функциональной грамотности обучающихся»",
            deadline: "2025-09-26",
            responsible: DEPUTY,
            participants: "Педагогические работники школы",
            expectedResult: "Педагоги освоили инструменты диагностики метапредметных результатов",
            indicatorName: "Доля педагогов, применяющих диагностические работы по смысловому чтению",
            indicatorUnit: "%",
            baseline: 20,
            target: 60,
            actual: null,
            reportForm: "Протокол семинара, методические материалы",
            status: "planned",
          },
          {
            title: "Семинар-тренинг «Оценка качества общего образования на основе заданий модели международных исследований PISA»",
            deadline: "2025-06-20",
            responsible: DEPUTY,
            participants: "Учителя русского языка, математики, естественнонаучного цикла",
            expectedResult: "Педагоги используют задания формата PISA на уроках",
            indicatorName: "Доля учителей, использующих задания формата PISA",
            indicatorUnit: "%",
            baseline: 15,
            target: 50,
            actual: null,
            reportForm: "Протокол семинара, банк заданий",
            status: "not_done",
            statusComment:
              "Семинар перенесен: ведущий специалист ИРО не смог приехать; проведение запланировано в рамках «Умных каникул» в ноябре.",
            startedAt: "2025-05-19",
            completedAt: "2025-06-20",
          },
        ],
      },
    ],
  },
  {
    key: "arp-6-edu230101",
    school: "edu230101",
    kind: "anti_risk_program",
    riskFactor: 6,
    title: "Мотивация — путь к успеху",
    status: "submitted",
    periodFrom: 2025,
    periodTo: 2025,
    mission: null,
    goal:
      "Повышение доли обучающихся с положительной учебной мотивацией на уровне основного общего образования на 20 % " +
      "как основного ресурса эффективности образовательной деятельности",
    desiredState: null,
    analysis: null,
    submittedAt: "2025-10-27",
    confirmedAt: null,
    tasks: [
      {
        title: "Выявить обучающихся с низким уровнем учебной мотивации и причины их образовательных трудностей",
        cause: "Снижение учебной мотивации обучающихся 7–9 классов, недостаточный учет индивидуальных возможностей",
        measures: [
          {
            title: "Диагностика уровня учебной мотивации: анкетирование обучающихся 5–9 классов, определение доминирующих мотивов учения",
            deadline: "2025-11-14",
            responsible: PSYCHOLOGIST,
            participants: "Обучающиеся 5–9 классов, классные руководители",
            expectedResult: "Определен уровень учебной мотивации каждого класса",
            indicatorName: "Доля обучающихся 5–9 классов, прошедших диагностику",
            indicatorUnit: "%",
            baseline: 0,
            target: 95,
            actual: null,
            reportForm: "Аналитическая справка по итогам диагностики",
            status: "planned",
          },
          {
            title: "Создание банка данных обучающихся «группы риска» для психолого-педагогического сопровождения",
            deadline: "2025-11-28",
            responsible: `${DEPUTY}; ${PSYCHOLOGIST}`,
            participants: "Классные руководители, педагог-психолог",
            expectedResult: "Для каждого обучающегося группы риска определена форма сопровождения",
            indicatorName: "Банк данных обучающихся группы риска",
            indicatorUnit: "да/нет",
            baseline: 0,
            target: 1,
            actual: null,
            reportForm: "Банк данных, план психолого-педагогического сопровождения",
            status: "planned",
          },
        ],
      },
      {
        title: "Обеспечить дифференцированный подход и учет индивидуальных возможностей обучающихся",
        cause: "Учет индивидуальных возможностей в учебном процессе — 53 балла",
        measures: [
          {
            title: "Тренинг «Снижение уровня тревожности у подростков» для обучающихся «группы риска»",
            deadline: "2025-12-05",
            responsible: PSYCHOLOGIST,
            participants: "Обучающиеся группы риска",
            expectedResult: "Снижение школьной тревожности по итогам повторной диагностики",
            indicatorName: "Доля обучающихся группы риска с высоким уровнем тревожности",
            indicatorUnit: "%",
            baseline: 38,
            target: 25,
            actual: null,
            reportForm: "Справка педагога-психолога по итогам повторной диагностики",
            status: "planned",
          },
          {
            title: "Расширение сети предметных кружков и курсов внеурочной деятельности по формированию функциональной грамотности",
            deadline: "2025-12-15", // within the cycle (ends 15.12.2025): the school can resend it after a return
            responsible: DEPUTY,
            participants: "Учителя-предметники, обучающиеся 5–9 классов",
            expectedResult: "Открыты новые кружки и курсы внеурочной деятельности",
            indicatorName: "Количество предметных кружков",
            indicatorUnit: "шт.",
            baseline: 3,
            target: 5,
            actual: null,
            reportForm: "Приказ об организации внеурочной деятельности, расписание кружков",
            status: "planned",
          },
        ],
      },
    ],
  },
];

// ─────────────────────────── review criteria ───────────────────────────

export const REVIEW_CRITERIA: readonly { documentKind: DocumentKind; code: string; text: string }[] = [
  {
    documentKind: "concept",
    code: "concept.1",
    text: "Представлены и кратко проанализированы все риски рискового профиля, имеющие статус «высокий»",
  },
  {
    documentKind: "concept",
    code: "concept.2",
    text: "Представлены и кратко проанализированы все риски рискового профиля, имеющие статус «средний»",
  },
  { documentKind: "concept", code: "concept.3", text: "Представлено документированное и логичное обоснование выбранных рисков" },
  {
    documentKind: "concept",
    code: "concept.4",
    text: "Миссия, стратегическая цель и ожидаемое состояние школы согласованы между собой и с результатами анализа рискового профиля",
  },
  {
    documentKind: "medium_term_program",
    code: "medium_term_program.1",
    text: "Задачи соотносятся с причинами возникновения выбранных рисков",
  },
  {
    documentKind: "medium_term_program",
    code: "medium_term_program.2",
    text: "Задачи соотносятся с формулировкой цели программы",
  },
  {
    documentKind: "medium_term_program",
    code: "medium_term_program.3",
    text: "Указанных задач достаточно для перевода школы в эффективный режим работы",
  },
  {
    documentKind: "anti_risk_program",
    code: "anti_risk_program.1",
    text: "Меры (мероприятия) соотносятся с задачами и представляют собой комплекс мер по решению каждой конкретной задачи",
  },
  { documentKind: "anti_risk_program", code: "anti_risk_program.2", text: "Показатели можно измерить" },
  {
    documentKind: "anti_risk_program",
    code: "anti_risk_program.3",
    text: "Присутствуют формальные элементы дорожной карты, поддерживающие эффективность ее реализации",
  },
  {
    documentKind: "anti_risk_program",
    code: "anti_risk_program.4",
    text: "Указаны ответственные за проведение мероприятий, реализацию мер, которые обладают необходимыми компетенциями для их осуществления",
  },
  {
    documentKind: "anti_risk_program",
    code: "anti_risk_program.5",
    text: "Сроки реализации мер реалистичны, оптимальны для проведения данных мероприятий",
  },
  {
    documentKind: "anti_risk_program",
    code: "anti_risk_program.6",
    text: "Указано, в каком виде будет представлен отчет о проведении мероприятий",
  },
];
