/**
 * Russian names of every enum value: one place for the UI, exports and
 * reports. `satisfies Record<Enum, string>` makes a new value impossible to
 * forget.
 */
import type {
  ConsultationForm,
  ConsultationModule,
  CycleStatus,
  DiagnosticKind,
  DocumentKind,
  DocumentStatus,
  EventAudience,
  EventFormat,
  EventType,
  IndicatorUnit,
  IomActivityKind,
  IomActivityStatus,
  IomStatus,
  MeasureStatus,
  PracticeLevel,
  PracticeStatus,
  QuestionKind,
  RiskProfileStatus,
  Role,
  SchoolCategory,
  SchoolKind,
  Significance,
  SurveyAudience,
  SurveyStatus,
  TutorFunction,
} from "@/lib/db/generated/enums";

export const ROLE_LABELS = {
  admin: "Администратор",
  coordinator: "Муниципальный координатор",
  curator: "Куратор",
  school_admin: "Административная команда школы",
  teacher: "Педагог",
  tutor: "Муниципальный тьютор",
} satisfies Record<Role, string>;

export const SCHOOL_KIND_LABELS = {
  sosh: "СОШ",
  oosh: "ООШ",
  gymnasium: "Гимназия",
  lyceum: "Лицей",
  other: "Иная ОО",
} satisfies Record<SchoolKind, string>;

export const CATEGORY_LABELS = {
  shnor: "ШНОР",
  shnsu: "ШНСУ",
  risk_zone: "Зона риска",
  p500: "500+",
} satisfies Record<SchoolCategory, string>;

export const CATEGORY_TITLES = {
  shnor: "Школа с низкими образовательными результатами",
  shnsu: "Школа, функционирующая в неблагоприятных социальных условиях",
  risk_zone: "Школа в зоне риска низких результатов",
  p500: "Участник проекта «500+»",
} satisfies Record<SchoolCategory, string>;

export const CYCLE_STATUS_LABELS = {
  draft: "Черновик",
  diagnosis: "Стартовая диагностика",
  programming: "Разработка программ",
  expertise: "Экспертиза",
  implementation: "Реализация",
  reporting: "Подведение итогов",
  closed: "Закрыт",
} satisfies Record<CycleStatus, string>;

export const RISK_PROFILE_STATUS_LABELS = {
  draft: "Черновик",
  submitted: "На проверке у куратора",
  confirmed: "Подтверждён",
  returned: "Возвращён на доработку",
} satisfies Record<RiskProfileStatus, string>;

export const SIGNIFICANCE_LABELS = {
  high: "Высокая",
  medium: "Средняя",
  low: "Низкая",
} satisfies Record<Significance, string>;

// ── risk profile ──
export const INDICATOR_UNIT_LABELS = {
  score: "балл по 100-балльной шкале",
  percent: "%",
  boolean: "да / нет",
} satisfies Record<IndicatorUnit, string>;

export const DOCUMENT_KIND_LABELS = {
  concept: "Концепция развития",
  medium_term_program: "Среднесрочная программа развития",
  anti_risk_program: "Антирисковая программа",
} satisfies Record<DocumentKind, string>;

export const DOCUMENT_STATUS_LABELS = {
  draft: "Черновик",
  submitted: "На экспертизе",
  confirmed: "Подтверждено",
  returned: "Требуется доработка",
} satisfies Record<DocumentStatus, string>;

export const MEASURE_STATUS_LABELS = {
  planned: "Запланировано",
  in_progress: "Выполнение",
  done: "Выполнено, ждёт подтверждения",
  confirmed: "Выполнено",
  needs_revision: "Требуется доработка",
  not_done: "Не выполнено",
} satisfies Record<MeasureStatus, string>;

export const EVENT_TYPE_LABELS = {
  seminar: "Практико-ориентированный семинар",
  webinar: "Вебинар",
  videoconference: "Видеоконференция",
  master_class: "Мастер-класс",
  consulting: "Консалтинг",
  training: "Тренинг",
  methodical_session: "Методическая сессия",
  management_school: "Заседание Школы управленческого мастерства",
} satisfies Record<EventType, string>;

export const EVENT_FORMAT_LABELS = {
  in_person: "Очно",
  remote: "Дистанционно",
} satisfies Record<EventFormat, string>;

export const EVENT_AUDIENCE_LABELS = {
  admin_teams: "Административные команды",
  teachers: "Педагоги",
  mixed: "Административные команды и педагоги",
} satisfies Record<EventAudience, string>;

export const IOM_STATUS_LABELS = {
  draft: "Черновик",
  submitted: "На утверждении",
  approved: "Утверждён",
  returned: "Возвращён на доработку",
} satisfies Record<IomStatus, string>;

export const COMPETENCY_LABELS = {
  subject: "Предметная",
  methodological: "Методическая",
  digital: "Цифровая",
  communicative: "Коммуникативная",
  psychological: "Психолого-педагогическая",
} as const;

// ── surveys and practices ──
export const SURVEY_AUDIENCE_LABELS = {
  school_leaders: "Руководители школ",
  teachers: "Педагоги",
} satisfies Record<SurveyAudience, string>;

export const SURVEY_STATUS_LABELS = {
  draft: "Черновик",
  open: "Открыта",
  closed: "Закрыта",
} satisfies Record<SurveyStatus, string>;

export const QUESTION_KIND_LABELS = {
  yes_no: "Да / нет",
  scale: "Шкала 1–5",
  single_choice: "Один вариант из списка",
  text: "Свободный ответ",
} satisfies Record<QuestionKind, string>;

export const PRACTICE_LEVEL_LABELS = {
  school: "Школьная",
  curator: "Кураторская",
  municipal: "Муниципальная",
  regional: "Региональная",
} satisfies Record<PracticeLevel, string>;

export const PRACTICE_STATUS_LABELS = {
  submitted: "Подана",
  recommended_conference: "Рекомендована на муниципальную конференцию",
  recommended_atlas: "Рекомендована в РАОП",
  declined: "Отклонена",
} satisfies Record<PracticeStatus, string>;

export const PLURALS = {
  school: { one: "школа", few: "школы", many: "школ" },
  teacher: { one: "педагог", few: "педагога", many: "педагогов" },
  consultation: { one: "консультация", few: "консультации", many: "консультаций" },
  user: { one: "пользователь", few: "пользователя", many: "пользователей" },
  measure: { one: "мера", few: "меры", many: "мер" },
  event: { one: "мероприятие", few: "мероприятия", many: "мероприятий" },
  response: { one: "ответ", few: "ответа", many: "ответов" },
  practice: { one: "практика", few: "практики", many: "практик" },
  survey: { one: "анкета", few: "анкеты", many: "анкет" },
} as const;

// ── expertise and mutual expertise ──
export const REVIEW_VERDICT_LABELS = {
  confirmed: "Подтверждено",
  needs_revision: "Требуется доработка",
} satisfies Record<import("@/lib/db/generated/enums").ReviewVerdict, string>;

export const REVIEW_STATUS_LABELS = {
  draft: "Черновик экспертизы",
  submitted: "Экспертиза завершена",
} satisfies Record<import("@/lib/db/generated/enums").ReviewStatus, string>;

export const REVIEW_KIND_LABELS = {
  curator: "Экспертиза куратора",
  mutual: "Взаимоэкспертиза",
} satisfies Record<import("@/lib/db/generated/enums").ReviewKind, string>;

export const MUTUAL_PAIR_STATUS_LABELS = {
  paired: "Пара создана",
  exchanged: "Обмен документами выполнен",
  met: "Встреча проведена",
  completed: "Итоговый протокол загружен",
} satisfies Record<import("@/lib/db/generated/enums").MutualPairStatus, string>;
// ── competency diagnostics and ИОМ ──

export const DIAGNOSTIC_KIND_LABELS = {
  entry: "Входная",
  repeat: "Повторная",
} satisfies Record<DiagnosticKind, string>;

export const COMPETENCY_LEVEL_LABELS = {
  low: "Низкий",
  medium: "Средний",
  high: "Высокий",
} as const;

export const IOM_ACTIVITY_KIND_LABELS = {
  course: "Курсы повышения квалификации",
  master_class: "Мастер-класс",
  methodical_session: "Методическая сессия",
  internship: "Стажировка",
  mentoring: "Наставничество",
  lesson_visits: "Посещение уроков",
  self_education: "Самообразование",
  professional_community: "Участие в профессиональном сообществе",
} satisfies Record<IomActivityKind, string>;

export const IOM_ACTIVITY_STATUS_LABELS = {
  planned: "Запланировано",
  in_progress: "Выполняется",
  done: "Выполнено",
  cancelled: "Отменено",
} satisfies Record<IomActivityStatus, string>;
// ── МТКП consultations ──
export const CONSULTATION_MODULE_LABELS = {
  subject_competence: "Предметная компетентность",
  methodical_competence: "Методическая компетентность (качество урока)",
  assessment: "Оценочная деятельность педагога",
} satisfies Record<ConsultationModule, string>;

export const CONSULTATION_FORM_LABELS = {
  individual: "Индивидуальная",
  group: "Групповая",
  supervision: "Супервизия",
  training: "Тренинг",
  master_class: "Мастер-класс",
} satisfies Record<ConsultationForm, string>;

export const TUTOR_FUNCTION_LABELS = {
  modeling: "Моделирующая",
  supporting: "Поддерживающая",
  diagnostic: "Диагностическая",
  logistic: "Логистическая",
  consulting: "Консультационная",
  praxeological: "Праксиологическая",
} satisfies Record<TutorFunction, string>;
// ── notifications ──
export const NOTIFICATION_KIND_LABELS = {
  submitted: "Отправлено",
  returned: "Возвращено",
  confirmed: "Подтверждено",
  deadline_soon: "Скоро срок",
  overdue: "Просрочено",
  info: "Сообщение",
} satisfies Record<import("@/lib/db/generated/enums").NotificationKind, string>;

export const EXAM_KIND_LABELS = {
  ege: "ЕГЭ",
  oge: "ОГЭ",
  vpr: "ВПР",
} satisfies Record<import("@/lib/db/generated/enums").ExamKind, string>;

export const API_TOKEN_STATUS_LABELS = {
  active: "Действует",
  expired: "Истёк",
  revoked: "Отозван",
} as const satisfies Record<"active" | "expired" | "revoked", string>;

export const IMPORT_PLURALS = {
  error: { one: "ошибка", few: "ошибки", many: "ошибок" },
  row: { one: "строка", few: "строки", many: "строк" },
  record: { one: "запись", few: "записи", many: "записей" },
} as const;
