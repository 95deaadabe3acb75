/**
 * Municipal support (МНЦ events, МТКП consultations), teachers' competency
 * diagnostics and ИОМ, the bank of practices, and the small catalogues they use.
 * Topics come from seed 001 (Armavir), diagnostics from seed 002, practices
 * from seed 004.
 */
import type {
  ConsultationForm,
  ConsultationModule,
  EventAudience,
  EventFormat,
  EventType,
  IomActivityKind,
  IomActivityStatus,
  IomStatus,
  Competency,
  PracticeLevel,
  PracticeStatus,
  TutorFunction,
} from "@/lib/db/generated/enums";

// ────────────────────────────── catalogues ──────────────────────────────

export const SUBJECTS: readonly { code: string; name: string }[] = [
  { code: "russian", name: "Русский язык" },
  { code: "math", name: "Математика" },
  { code: "math_profile", name: "Математика (профильная)" },
  { code: "informatics", name: "Информатика" },
  { code: "chemistry", name: "Химия" },
  { code: "biology", name: "Биология" },
  { code: "physics", name: "Физика" },
  { code: "history", name: "История" },
  { code: "social", name: "Обществознание" },
  { code: "literature", name: "Литература" },
  { code: "english", name: "Английский язык" },
  { code: "geography", name: "География" },
];

/** Modules of the МНЦ plan (seed 001), by a short key used in this file. */
export const PLAN_MODULES = {
  staff: "Развитие кадрового потенциала школ с низкими образовательными результатами",
  management: "Эффективные механизмы управления качеством образования",
  network:
    "Развитие управленческих и профессиональных компетенций на основе сетевого взаимодействия в системе непрерывного повышения квалификации",
  dissemination: "Диссеминация передового управленческого опыта",
  monitoring: "Контрольно-аналитическая и мониторинговая деятельность",
  programmes: "Проектирование программ развития общеобразовательных организаций",
} as const;
export type PlanModuleKey = keyof typeof PLAN_MODULES;

export const MUNICIPAL_PROJECTS = {
  abonement: "Методический абонемент",
  holidays: "Умные каникулы",
} as const;
export type ProjectKey = keyof typeof MUNICIPAL_PROJECTS;

// ─────────────────────────────── МНЦ events ───────────────────────────────

export type DemoEvent = {
  id: string;
  type: EventType;
  date: string;
  topic: string;
  format: EventFormat;
  audience: EventAudience;
  participants: number;
  module: PlanModuleKey;
  project: ProjectKey | null;
  schools: readonly string[];
  notes: string | null;
};

const CYCLE_SCHOOLS = ["edu230101", "edu230102", "edu230103", "edu230104", "edu230105", "edu230106", "edu230107"];

export const EVENTS: readonly DemoEvent[] = [
  {
    id: "demo-event-01",
    type: "seminar",
    date: "2025-02-12",
    topic: "Риск-ориентированное планирование: анализ рискового профиля школы и выбор приоритетных рисков",
    format: "in_person",
    audience: "admin_teams",
    participants: 18,
    module: "programmes",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: "Практико-ориентированный семинар для административных команд ШНОР и ШНСУ.",
  },
  {
    id: "demo-event-02",
    type: "seminar",
    date: "2025-03-26",
    topic: "Конструирование современного урока с учетом требований ФГОС ООО",
    format: "in_person",
    audience: "teachers",
    participants: 27,
    module: "staff",
    project: "holidays",
    schools: ["edu230101", "edu230106"],
    notes: "Выход специалистов Центра в ОО в период весенних каникул.",
  },
  {
    id: "demo-event-03",
    type: "seminar",
    date: "2025-04-16",
    topic: "Интегрированная модель ВШК и ВСОКО в школе с низкими образовательными результатами",
    format: "in_person",
    audience: "admin_teams",
    participants: 16,
    module: "management",
    project: null,
    schools: ["edu230101", "edu230102", "edu230103", "edu230104", "edu230105"],
    notes: null,
  },
  {
    id: "demo-event-04",
    type: "seminar",
    date: "2025-09-24",
    topic: "Оценивание образовательных достижений обучающихся: объективность и качество",
    format: "in_person",
    audience: "teachers",
    participants: 31,
    module: "staff",
    project: "abonement",
    schools: ["edu230101", "edu230102", "edu230106"],
    notes: "Тематический модуль «Оценочная деятельность педагога».",
  },
  {
    id: "demo-event-05",
    type: "webinar",
    date: "2025-02-26",
    topic: "Самодиагностика школы: заполнение стартовой диагностики и формирование рискового профиля",
    format: "remote",
    audience: "admin_teams",
    participants: 21,
    module: "monitoring",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: null,
  },
  {
    id: "demo-event-06",
    type: "webinar",
    date: "2025-05-21",
    topic: "Кластерный анализ результатов ВПР: выявление проблемных зон и корректировка планов ВШК",
    format: "remote",
    audience: "mixed",
    participants: 34,
    module: "monitoring",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: null,
  },
  {
    id: "demo-event-07",
    type: "webinar",
    date: "2025-10-08",
    topic: "Современные образовательные технологии в практике учителя",
    format: "remote",
    audience: "teachers",
    participants: 42,
    module: "staff",
    project: "abonement",
    schools: ["edu230101", "edu230102", "edu230103", "edu230106"],
    notes: null,
  },
  {
    id: "demo-event-08",
    type: "videoconference",
    date: "2025-03-05",
    topic: "Экспертиза концептуальных документов: критерии оценки концепции развития и программ",
    format: "remote",
    audience: "admin_teams",
    participants: 19,
    module: "programmes",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: null,
  },
  {
    id: "demo-event-09",
    type: "videoconference",
    date: "2025-10-01",
    topic: "Организация взаимоэкспертизы антирисковых программ: обмен пакетами документов и встреча школ",
    format: "remote",
    audience: "admin_teams",
    participants: 15,
    module: "dissemination",
    project: null,
    schools: ["edu230101", "edu230102", "edu230103", "edu230104", "edu230105", "edu230106"],
    notes: null,
  },
  {
    id: "demo-event-10",
    type: "management_school",
    date: "2025-06-11",
    topic:
      "Школа управленческого мастерства: диссеминация опыта реализации эффективных механизмов управления качеством образования",
    format: "in_person",
    audience: "admin_teams",
    participants: 24,
    module: "dissemination",
    project: null,
    schools: [...CYCLE_SCHOOLS, "edu230108", "edu230109"],
    notes: "Для руководителей и заместителей руководителей ОО; опытом делятся школы-кураторы.",
  },
  {
    id: "demo-event-11",
    type: "consulting",
    date: "2025-04-02",
    topic: "Муниципальный консалтинг по проблемам преодоления трудностей развития МБОУ-ООШ № 21",
    format: "in_person",
    audience: "admin_teams",
    participants: 6,
    module: "management",
    project: null,
    schools: ["edu230101"],
    notes: null,
  },
  {
    id: "demo-event-12",
    type: "master_class",
    date: "2025-11-06",
    topic: "Приемы формирующего оценивания на уроках русского языка и математики",
    format: "in_person",
    audience: "teachers",
    participants: 22,
    module: "network",
    project: "holidays",
    schools: ["edu230101", "edu230106", "edu230107"],
    notes: "Проводят учителя МАОУ-Лицей № 11 в период осенних каникул.",
  },
  // With these the 2025 cycle counts 8 practice-oriented seminars, 6 webinars
  // and 3 videoconferences, as the 2024 report of seed 001 does.
  {
    id: "demo-event-13",
    type: "seminar",
    date: "2025-01-29",
    topic: "Анализ результатов ГИА-2024 школ с низкими образовательными результатами: проблемные зоны и точки роста",
    format: "in_person",
    audience: "admin_teams",
    participants: 20,
    module: "monitoring",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: null,
  },
  {
    id: "demo-event-14",
    type: "seminar",
    date: "2025-05-14",
    topic: "Наставничество как механизм развития кадрового потенциала ШНОР",
    format: "in_person",
    audience: "admin_teams",
    participants: 17,
    module: "staff",
    project: null,
    schools: ["edu230101", "edu230102", "edu230103", "edu230104", "edu230105"],
    notes: null,
  },
  {
    id: "demo-event-15",
    type: "seminar",
    date: "2025-10-22",
    topic: "Горизонтальное обучение руководящих работников: стажировочная площадка на базе МАОУ-Лицей № 11",
    format: "in_person",
    audience: "admin_teams",
    participants: 14,
    module: "network",
    project: null,
    schools: ["edu230101", "edu230102", "edu230103", "edu230108"],
    notes: null,
  },
  {
    id: "demo-event-16",
    type: "seminar",
    date: "2025-11-19",
    topic: "Корректировка антирисковых программ по итогам мониторинга: показатели, сроки, ответственные",
    format: "in_person",
    audience: "admin_teams",
    participants: 19,
    module: "programmes",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: null,
  },
  {
    id: "demo-event-17",
    type: "webinar",
    date: "2025-03-19",
    topic: "Мотивация обучающихся к учебной деятельности: приемы и технологии",
    format: "remote",
    audience: "teachers",
    participants: 38,
    module: "staff",
    project: "abonement",
    schools: ["edu230101", "edu230104", "edu230105"],
    notes: null,
  },
  {
    id: "demo-event-18",
    type: "webinar",
    date: "2025-09-10",
    topic: "Подготовка к ГИА-2026: планирование адресной работы с обучающимися группы риска",
    format: "remote",
    audience: "mixed",
    participants: 45,
    module: "management",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: null,
  },
  {
    id: "demo-event-19",
    type: "webinar",
    date: "2025-12-03",
    topic: "Итоги мониторинга реализации Дорожной карты в 2025 году",
    format: "remote",
    audience: "admin_teams",
    participants: 23,
    module: "monitoring",
    project: null,
    schools: CYCLE_SCHOOLS,
    notes: null,
  },
  {
    id: "demo-event-20",
    type: "videoconference",
    date: "2025-06-04",
    topic: "Сетевое взаимодействие с ГБОУ ИРО Краснодарского края: курсы повышения квалификации для педагогов ШНОР",
    format: "remote",
    audience: "admin_teams",
    participants: 12,
    module: "network",
    project: null,
    schools: ["edu230101", "edu230102", "edu230103"],
    notes: null,
  },
];

// ─────────────────────────── МТКП consultations ───────────────────────────

export const TUTOR_EMAIL = "tutor@opora.demo";
export const TUTEES: readonly { teacher: string; startedOn: string }[] = [
  { teacher: "teacher@opora.demo", startedOn: "2025-01-27" },
  { teacher: "teacher2@opora.demo", startedOn: "2025-01-27" },
  { teacher: "teacher3@opora.demo", startedOn: "2025-02-03" },
  { teacher: "teacher4@opora.demo", startedOn: "2025-02-03" },
];

export type DemoConsultation = {
  id: string;
  teacher: string;
  school: string;
  date: string;
  subject: string;
  module: ConsultationModule;
  form: ConsultationForm;
  functions: readonly TutorFunction[];
  project: ProjectKey | null;
  notes: string;
  nextSteps: string;
};

export const CONSULTATIONS: readonly DemoConsultation[] = [
  {
    id: "demo-consult-01",
    teacher: "teacher@opora.demo",
    school: "edu230101",
    date: "2025-02-18",
    subject: "russian",
    module: "methodical_competence",
    form: "individual",
    functions: ["diagnostic", "consulting"],
    project: "abonement",
    notes: "Разобрали результаты входной диагностики: дефицит методической компетенции (53 %). Обсудили структуру урока открытия нового знания.",
    nextSteps: "Составить проект ИОМ до 28.02; выбрать курсы ИРО по проектированию современного урока.",
  },
  {
    id: "demo-consult-02",
    teacher: "teacher2@opora.demo",
    school: "edu230101",
    date: "2025-02-20",
    subject: "math",
    module: "subject_competence",
    form: "individual",
    functions: ["diagnostic", "supporting"],
    project: "abonement",
    notes: "Предметный дефицит по разделам «Геометрия» и «Вероятность и статистика» (входная диагностика — 50 %).",
    nextSteps: "Решить диагностическую работу ОГЭ в формате «учитель как ученик»; посетить уроки наставника в МАОУ-Лицей № 11.",
  },
  {
    id: "demo-consult-03",
    teacher: "teacher3@opora.demo",
    school: "edu230101",
    date: "2025-03-12",
    subject: "biology",
    module: "assessment",
    form: "group",
    functions: ["modeling", "consulting"],
    project: null,
    notes: "Групповая консультация по критериям оценивания развернутых ответов ВПР по биологии.",
    nextSteps: "Провести взаимопроверку работ 7 класса по согласованным критериям.",
  },
  {
    id: "demo-consult-04",
    teacher: "teacher4@opora.demo",
    school: "edu230101",
    date: "2025-03-27",
    subject: "history",
    module: "methodical_competence",
    form: "supervision",
    functions: ["supporting", "praxeological"],
    project: "holidays",
    notes: "Супервизия урока истории в 8 классе: формулировка учебной цели, приемы работы с историческим источником.",
    nextSteps: "Переработать технологическую карту урока; показать урок повторно в мае.",
  },
  {
    id: "demo-consult-05",
    teacher: "teacher@opora.demo",
    school: "edu230101",
    date: "2025-04-22",
    subject: "literature",
    module: "methodical_competence",
    form: "training",
    functions: ["modeling", "logistic"],
    project: "abonement",
    notes: "Тренинг по приемам смыслового чтения на уроках литературы; подобраны ресурсы для самообразования.",
    nextSteps: "Апробировать два приема смыслового чтения в 6 классе, зафиксировать результаты в ИОМ.",
  },
  {
    id: "demo-consult-06",
    teacher: "teacher2@opora.demo",
    school: "edu230101",
    date: "2025-05-14",
    subject: "math",
    module: "assessment",
    form: "individual",
    functions: ["consulting", "diagnostic"],
    project: "abonement",
    notes: "Анализ результатов ВПР по математике в 6 и 8 классах: типичные ошибки, объективность оценивания.",
    nextSteps: "Составить план коррекционной работы на первую четверть нового учебного года.",
  },
  {
    id: "demo-consult-07",
    teacher: "teacher4@opora.demo",
    school: "edu230101",
    date: "2025-09-30",
    subject: "social",
    module: "subject_competence",
    form: "master_class",
    functions: ["modeling", "praxeological"],
    project: null,
    notes: "Мастер-класс по заданиям ОГЭ по обществознанию с развернутым ответом (задания 21–24).",
    nextSteps: "Подготовить банк заданий для 9 класса, обсудить на ШМО.",
  },
  {
    id: "demo-consult-08",
    teacher: "teacher3@opora.demo",
    school: "edu230101",
    date: "2025-10-21",
    subject: "chemistry",
    module: "methodical_competence",
    form: "individual",
    functions: ["supporting", "logistic"],
    project: "abonement",
    notes: "Планирование лабораторного практикума с использованием цифровой лаборатории «Точки роста».",
    nextSteps: "Провести открытый урок с цифровой лабораторией в ноябре; пригласить тьютора.",
  },
];

// ───────────────────────── competency diagnostics ─────────────────────────

/** Five competencies in %: subject, methodological, digital, communicative, psychological. */
export type CompetencyRow = readonly [number, number, number, number, number];

export type DemoDiagnostic = { teacher: string; school: string; entry: CompetencyRow; repeat: CompetencyRow };

export const DIAGNOSTIC_DATES = { entry: "2025-02-10", repeat: "2025-10-15" } as const;

/** Rows 1–6: the table of seed 002 (averages 69→82, 56→83, 71→85, 77→81, 82→81). */
// prettier-ignore
export const DIAGNOSTICS: readonly DemoDiagnostic[] = [
  { teacher: "teacher@opora.demo",  school: "edu230101", entry: [90, 53, 72, 71, 90], repeat: [100, 83, 90, 86, 90] },
  { teacher: "teacher2@opora.demo", school: "edu230101", entry: [50, 60, 90, 86, 90], repeat: [100, 78, 95, 95, 100] },
  { teacher: "teacher3@opora.demo", school: "edu230101", entry: [90, 73, 64, 76, 97], repeat: [70, 91, 85, 71, 75] },
  { teacher: "teacher4@opora.demo", school: "edu230101", entry: [60, 47, 69, 86, 67], repeat: [75, 70, 70, 76, 65] },
  { teacher: "teacher5@opora.demo", school: "edu230101", entry: [70, 40, 57, 62, 63], repeat: [80, 77, 87, 57, 83] },
  { teacher: "teacher6@opora.demo", school: "edu230101", entry: [54, 64, 74, 81, 83], repeat: [68, 97, 83, 100, 75] },
  { teacher: "teacher7@opora.demo", school: "edu230102", entry: [58, 52, 66, 74, 70], repeat: [71, 69, 75, 78, 74] },
  { teacher: "teacher8@opora.demo", school: "edu230102", entry: [75, 49, 55, 80, 68], repeat: [80, 66, 71, 82, 72] },
];

// ──────────────────────────────── ИОМ ────────────────────────────────

export type DemoIomActivity = {
  id: string;
  competency: Competency;
  kind: IomActivityKind;
  title: string;
  format: EventFormat | null;
  hours: number | null;
  provider: string | null;
  plannedStart: string;
  plannedEnd: string;
  status: IomActivityStatus;
  completedOn: string | null;
  actualHours: number | null;
  reflection: string | null;
};

export type DemoIom = {
  id: string;
  teacher: string;
  school: string;
  status: IomStatus;
  submittedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  approvalOrderNo: string | null;
  approvalOrderDate: string | null;
  activities: readonly DemoIomActivity[];
};

const IRO = "ГБОУ ИРО Краснодарского края";

export const IOMS: readonly DemoIom[] = [
  {
    id: "demo-iom-teacher1",
    teacher: "teacher@opora.demo",
    school: "edu230101",
    status: "approved",
    submittedAt: "2025-03-03",
    approvedAt: "2025-03-05",
    approvedBy: "school@opora.demo",
    approvalOrderNo: "12-у",
    approvalOrderDate: "2025-03-05",
    activities: [
      {
        id: "demo-iom-teacher1-01",
        competency: "methodological",
        kind: "course",
        title: "Курсы повышения квалификации «Современный урок: проектирование и анализ в соответствии с обновленными ФГОС ООО»",
        format: "remote",
        hours: 36,
        provider: IRO,
        plannedStart: "2025-03-17",
        plannedEnd: "2025-04-11",
        status: "done",
        completedOn: "2025-04-11",
        actualHours: 36,
        reflection:
          "Освоила конструктор урока открытия нового знания; технологические карты применяю в 6 и 7 классах. Удостоверение загружено.",
      },
      {
        id: "demo-iom-teacher1-02",
        competency: "methodological",
        kind: "mentoring",
        title: "Наставничество: взаимопосещение уроков с учителем русского языка МАОУ-Лицей № 11",
        format: "in_person",
        hours: null,
        provider: "МАОУ-Лицей № 11",
        plannedStart: "2025-03-03",
        plannedEnd: "2025-12-15",
        status: "in_progress",
        completedOn: null,
        actualHours: null,
        reflection: null,
      },
      {
        id: "demo-iom-teacher1-03",
        competency: "digital",
        kind: "methodical_session",
        title: "Методическая сессия «Цифровые инструменты учителя: интерактивные задания и онлайн-тестирование»",
        format: "in_person",
        hours: 6,
        provider: "МКУ «Центр развития образования и оценки качества»",
        plannedStart: "2025-09-15",
        plannedEnd: "2025-11-28",
        status: "in_progress",
        completedOn: null,
        actualHours: null,
        reflection: null,
      },
      {
        id: "demo-iom-teacher1-04",
        competency: "methodological",
        kind: "master_class",
        title: "Мастер-класс «Приемы формирующего оценивания на уроках русского языка и математики» («Умные каникулы»)",
        format: "in_person",
        hours: 4,
        provider: "МАОУ-Лицей № 11",
        plannedStart: "2025-11-06",
        plannedEnd: "2025-11-06",
        status: "planned",
        completedOn: null,
        actualHours: null,
        reflection: null,
      },
    ],
  },
  {
    id: "demo-iom-teacher2",
    teacher: "teacher2@opora.demo",
    school: "edu230101",
    status: "draft",
    submittedAt: null,
    approvedAt: null,
    approvedBy: null,
    approvalOrderNo: null,
    approvalOrderDate: null,
    activities: [
      {
        id: "demo-iom-teacher2-01",
        competency: "subject",
        kind: "course",
        title: "Курсы повышения квалификации «Геометрия и вероятность и статистика в основной школе: трудные вопросы»",
        format: "remote",
        hours: 36,
        provider: IRO,
        plannedStart: "2025-11-10",
        plannedEnd: "2025-12-05",
        status: "planned",
        completedOn: null,
        actualHours: null,
        reflection: null,
      },
      {
        id: "demo-iom-teacher2-02",
        competency: "subject",
        kind: "lesson_visits",
        title: "Посещение уроков математики учителей МАОУ-Лицей № 11",
        format: "in_person",
        hours: null,
        provider: "МАОУ-Лицей № 11",
        plannedStart: "2025-11-17",
        plannedEnd: "2025-12-12",
        status: "planned",
        completedOn: null,
        actualHours: null,
        reflection: null,
      },
    ],
  },
];

// ─────────────────────────── bank of practices ───────────────────────────

export type DemoPractice = {
  id: string;
  school: string;
  title: string;
  authors: string;
  organization: string;
  level: PracticeLevel;
  theme: string;
  description: string;
  status: PracticeStatus;
  submittedBy: string;
};

export const PRACTICES: readonly DemoPractice[] = [
  {
    id: "demo-practice-01",
    school: "edu230101",
    title: "Практика повышения качества образовательных результатов обучающихся в рамках проекта «500+»",
    authors: "Пияева С.М., директор; Гордиенко Е.А., заместитель директора по УВР",
    organization: "МБОУ-ООШ № 21 г. Армавира",
    level: "school",
    theme:
      "Система оценки качества подготовки обучающихся и работа со школами с низкими результатами обучения и/или школами, " +
      "функционирующими в неблагоприятных социальных условиях",
    description:
      "Управленческий цикл школы проекта «500+»: от рискового профиля к антирисковым программам и ежеквартальному " +
      "анализу результатов в рамках интегрированной модели ВШК и ВСОКО. Практика рекомендована для представления " +
      "на муниципальной педагогической конференции «Инновационный опыт — основа системных изменений».",
    status: "recommended_conference",
    submittedBy: "school@opora.demo",
  },
  {
    id: "demo-practice-02",
    school: "edu230101",
    title: "Организация деятельности по повышению профессионального уровня молодых специалистов",
    authors: "Гордиенко Е.А., заместитель директора по УВР",
    organization: "МБОУ-ООШ № 21 г. Армавира",
    level: "school",
    theme: "Система обеспечения профессионального развития педагогических работников",
    description:
      "Наставничество и индивидуальные образовательные маршруты молодых педагогов: входная диагностика дефицитов, " +
      "взаимопосещение уроков со школой-куратором, участие в проекте «Методический абонемент».",
    status: "submitted",
    submittedBy: "school@opora.demo",
  },
];
