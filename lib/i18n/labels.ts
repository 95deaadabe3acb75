/**
 * Russian names of every enum value: one place for the UI, exports and
 * reports. `satisfies Record<Enum, string>` makes a new value impossible to
 * forget.
 */
import type {
  CycleStatus,
  DocumentKind,
  DocumentStatus,
  EventAudience,
  EventFormat,
  EventType,
  IomStatus,
  MeasureStatus,
  RiskProfileStatus,
  Role,
  SchoolCategory,
  SchoolKind,
  Significance,
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

export const PLURALS = {
  school: { one: "школа", few: "школы", many: "школ" },
  teacher: { one: "педагог", few: "педагога", many: "педагогов" },
  consultation: { one: "консультация", few: "консультации", many: "консультаций" },
  user: { one: "пользователь", few: "пользователя", many: "пользователей" },
  measure: { one: "мера", few: "меры", many: "мер" },
  event: { one: "мероприятие", few: "мероприятия", many: "мероприятий" },
} as const;
