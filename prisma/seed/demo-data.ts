/**
 * Demo data of «Опора»: the municipality of Armavir (demo), its schools,
 * people, the 2025 cycle and everything hanging off it.
 *
 * Pure data only: no I/O and no runtime imports (type imports are erased).
 * Dates are ISO `YYYY-MM-DD` strings; the seed turns them into `Date`s.
 * Rows refer to each other by natural keys: school code, user e-mail,
 * risk-factor code, indicator code, subject code.
 *
 * The larger tables live in ./data/*.ts and are re-exported here.
 */
import type { Role, SchoolCategory, SchoolKind } from "@/lib/db/generated/enums";

export * from "./data/risk";
export * from "./data/documents";
export * from "./data/support";
export * from "./data/results";

/** Password of every demo account. */
export const DEMO_PASSWORD = "opora-demo-2025";

/** Setting written after a successful seed (`--once` skips when it exists). */
export const DEMO_SEEDED_SETTING_KEY = "demo.seededAt";

export type DemoAccount = { email: string; role: Role; name: string; description: string };

/** The accounts shown on the sign-in page of a demo installation. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@opora.demo", role: "admin", name: "Администратор Системы", description: "Администратор системы" },
  {
    email: "coordinator@opora.demo",
    role: "coordinator",
    name: "Толстошей Сергей Викторович",
    description: "Муниципальный координатор",
  },
  {
    email: "curator@opora.demo",
    role: "curator",
    name: "Лобанова Елена Николаевна",
    description: "Куратор ООШ № 21, СОШ № 9, ООШ № 18",
  },
  {
    email: "curator2@opora.demo",
    role: "curator",
    name: "Новикова Ирина Владимировна",
    description: "Куратор СОШ № 15, СОШ № 7, СОШ № 1 «Казачья»",
  },
  {
    email: "school@opora.demo",
    role: "school_admin",
    name: "Пияева Светлана Михайловна",
    description: "Директор МБОУ-ООШ № 21 (ШНОР)",
  },
  {
    email: "teacher@opora.demo",
    role: "teacher",
    name: "Кравченко Анна Сергеевна",
    description: "Учитель МБОУ-ООШ № 21, тьюторант",
  },
  { email: "tutor@opora.demo", role: "tutor", name: "Аристарина Ольга Викторовна", description: "Муниципальный тьютор (МТКП)" },
];

// ───────────────────────────── municipality ─────────────────────────────

export const MUNICIPALITY = {
  code: "armavir-demo",
  name: "г. Армавир (демо)",
  region: "Краснодарский край",
  centerName: "МКУ «Центр развития образования и оценки качества» (демо)",
  centerAddress: "352900, г. Армавир, ул. Розы Люксембург, д. 146",
  centerPhone: "8(86137)3-56-97",
  directorName: "О.В. Мартынова",
} as const;

// ─────────────────────────────── schools ───────────────────────────────

export type DemoSchool = {
  code: string;
  name: string;
  shortName: string;
  kind: SchoolKind;
  address: string;
  directorName: string;
  /** Categories in the 2025 cycle; null: not in the cycle lists. */
  categories: SchoolCategory[] | null;
  /** Curator e-mail in the 2025 cycle (schools in the cycle only). */
  curator: string | null;
};

const MBOU = "Муниципальное бюджетное общеобразовательное учреждение";
const MAOU = "Муниципальное автономное общеобразовательное учреждение";

export const SCHOOLS: readonly DemoSchool[] = [
  {
    code: "edu230101",
    name: `${MBOU} основная общеобразовательная школа № 21`,
    shortName: "МБОУ-ООШ № 21",
    kind: "oosh",
    address: "352905, г. Армавир, ул. Тургенева, д. 212",
    directorName: "Пияева Светлана Михайловна",
    categories: ["shnor", "p500"],
    curator: "curator@opora.demo",
  },
  {
    code: "edu230102",
    name: `${MBOU} средняя общеобразовательная школа № 9`,
    shortName: "МБОУ-СОШ № 9",
    kind: "sosh",
    address: "352900, г. Армавир, ул. Кирова, д. 47",
    directorName: "Романенко Галина Петровна",
    categories: ["shnor"],
    curator: "curator@opora.demo",
  },
  {
    code: "edu230103",
    name: `${MBOU} средняя общеобразовательная школа № 15`,
    shortName: "МБОУ-СОШ № 15",
    kind: "sosh",
    address: "352922, г. Армавир, ул. Новороссийская, д. 84",
    directorName: "Шевченко Андрей Николаевич",
    categories: ["shnor"],
    curator: "curator2@opora.demo",
  },
  {
    code: "edu230104",
    name: `${MBOU} средняя общеобразовательная школа № 7`,
    shortName: "МБОУ-СОШ № 7",
    kind: "sosh",
    address: "352909, г. Армавир, ул. Ефремова, д. 153",
    directorName: "Кузнецова Людмила Александровна",
    categories: ["shnsu"],
    curator: "curator2@opora.demo",
  },
  {
    code: "edu230105",
    name: `${MBOU} основная общеобразовательная школа № 18`,
    shortName: "МБОУ-ООШ № 18",
    kind: "oosh",
    address: "352913, г. Армавир, ул. Азовская, д. 19",
    directorName: "Демченко Валентина Ивановна",
    categories: ["shnsu"],
    curator: "curator@opora.demo",
  },
  {
    code: "edu230106",
    name: `${MAOU} средняя общеобразовательная школа № 1 «Казачья»`,
    shortName: "МАОУ-СОШ № 1 «Казачья»",
    kind: "sosh",
    address: "352900, г. Армавир, ул. Комсомольская, д. 128",
    directorName: "Коваленко Сергей Михайлович",
    categories: ["risk_zone"],
    curator: "curator2@opora.demo",
  },
  {
    code: "edu230107",
    name: `${MBOU} средняя общеобразовательная школа № 4`,
    shortName: "МБОУ-СОШ № 4",
    kind: "sosh",
    address: "352901, г. Армавир, ул. Маркова, д. 301",
    directorName: "Полякова Наталья Викторовна",
    categories: ["risk_zone"],
    curator: null,
  },
  {
    code: "edu230108",
    name: `${MAOU} лицей № 11`,
    shortName: "МАОУ-Лицей № 11",
    kind: "lyceum",
    address: "352900, г. Армавир, ул. Ленина, д. 101",
    directorName: "Лобанова Елена Николаевна",
    categories: null,
    curator: null,
  },
  {
    code: "edu230109",
    name: `${MBOU} гимназия № 1`,
    shortName: "МБОУ-Гимназия № 1",
    kind: "gymnasium",
    address: "352900, г. Армавир, ул. Луначарского, д. 144",
    directorName: "Фролова Марина Анатольевна",
    categories: null,
    curator: null,
  },
  {
    code: "edu230110",
    name: `${MBOU} средняя общеобразовательная школа № 3`,
    shortName: "МБОУ-СОШ № 3",
    kind: "sosh",
    address: "352900, г. Армавир, ул. Шаумяна, д. 26",
    directorName: "Никитин Павел Сергеевич",
    categories: null,
    curator: null,
  },
  {
    code: "edu230111",
    name: `${MBOU} средняя общеобразовательная школа № 5`,
    shortName: "МБОУ-СОШ № 5",
    kind: "sosh",
    address: "352903, г. Армавир, ул. Советской Армии, д. 57",
    directorName: "Белова Светлана Юрьевна",
    categories: null,
    curator: null,
  },
  {
    code: "edu230112",
    name: `${MAOU} средняя общеобразовательная школа № 20`,
    shortName: "МАОУ-СОШ № 20",
    kind: "sosh",
    address: "352919, г. Армавир, ул. Каспарова, д. 10",
    directorName: "Орлов Виктор Геннадьевич",
    categories: null,
    curator: null,
  },
];

/** The school of the walkthrough: ШНОР and «500+», fully filled in. */
export const DEMO_SCHOOL_CODE = "edu230101";

/** Contingent per school year (2024 = 2024/25). School 1: 32 % ОВЗ, as its risk profile says. */
export const CONTINGENTS: readonly {
  school: string;
  year: number;
  students: number;
  ovz: number;
  lowIncome: number;
  singleParent: number;
}[] = [
  { school: "edu230101", year: 2023, students: 304, ovz: 94, lowIncome: 131, singleParent: 88 },
  { school: "edu230101", year: 2024, students: 318, ovz: 102, lowIncome: 139, singleParent: 93 },
  { school: "edu230102", year: 2023, students: 712, ovz: 74, lowIncome: 168, singleParent: 141 },
  { school: "edu230102", year: 2024, students: 735, ovz: 81, lowIncome: 172, singleParent: 149 },
  { school: "edu230103", year: 2023, students: 846, ovz: 71, lowIncome: 143, singleParent: 162 },
  { school: "edu230103", year: 2024, students: 871, ovz: 78, lowIncome: 150, singleParent: 170 },
  { school: "edu230104", year: 2023, students: 538, ovz: 92, lowIncome: 201, singleParent: 127 },
  { school: "edu230104", year: 2024, students: 551, ovz: 99, lowIncome: 214, singleParent: 133 },
  { school: "edu230105", year: 2023, students: 247, ovz: 33, lowIncome: 96, singleParent: 58 },
  { school: "edu230105", year: 2024, students: 239, ovz: 34, lowIncome: 99, singleParent: 61 },
  { school: "edu230106", year: 2023, students: 1024, ovz: 57, lowIncome: 118, singleParent: 176 },
  { school: "edu230106", year: 2024, students: 1063, ovz: 64, lowIncome: 121, singleParent: 181 },
  { school: "edu230107", year: 2023, students: 689, ovz: 48, lowIncome: 133, singleParent: 119 },
  { school: "edu230107", year: 2024, students: 702, ovz: 52, lowIncome: 137, singleParent: 124 },
  { school: "edu230101", year: 2025, students: 326, ovz: 107, lowIncome: 141, singleParent: 95 },
  { school: "edu230102", year: 2025, students: 741, ovz: 85, lowIncome: 169, singleParent: 152 },
  { school: "edu230103", year: 2025, students: 880, ovz: 80, lowIncome: 147, singleParent: 171 },
  { school: "edu230104", year: 2025, students: 559, ovz: 101, lowIncome: 219, singleParent: 136 },
  { school: "edu230105", year: 2025, students: 236, ovz: 35, lowIncome: 97, singleParent: 60 },
  { school: "edu230106", year: 2025, students: 1088, ovz: 66, lowIncome: 119, singleParent: 183 },
  { school: "edu230107", year: 2025, students: 715, ovz: 55, lowIncome: 140, singleParent: 126 },
];

// ──────────────────────────────── users ────────────────────────────────

export type DemoUser = {
  email: string;
  name: string;
  position: string;
  role: Role;
  /** School code for school_admin and teacher. */
  school?: string;
};

export const USERS: readonly DemoUser[] = [
  { email: "admin@opora.demo", name: "Администратор Системы", position: "администратор системы", role: "admin" },
  {
    email: "coordinator@opora.demo",
    name: "Толстошей Сергей Викторович",
    position: "начальник отдела оценки качества образования, муниципальный координатор",
    role: "coordinator",
  },
  {
    email: "curator@opora.demo",
    name: "Лобанова Елена Николаевна",
    position: "директор МАОУ-Лицей № 11",
    role: "curator",
  },
  {
    email: "curator2@opora.demo",
    name: "Новикова Ирина Владимировна",
    position: "заместитель директора МБОУ-Гимназия № 1",
    role: "curator",
  },
  { email: "tutor@opora.demo", name: "Аристарина Ольга Викторовна", position: "муниципальный тьютор", role: "tutor" },
  // School administrations
  {
    email: "school@opora.demo",
    name: "Пияева Светлана Михайловна",
    position: "директор МБОУ-ООШ № 21",
    role: "school_admin",
    school: "edu230101",
  },
  {
    email: "school2@opora.demo",
    name: "Романенко Галина Петровна",
    position: "директор МБОУ-СОШ № 9",
    role: "school_admin",
    school: "edu230102",
  },
  {
    email: "school3@opora.demo",
    name: "Шевченко Андрей Николаевич",
    position: "директор МБОУ-СОШ № 15",
    role: "school_admin",
    school: "edu230103",
  },
  {
    email: "school4@opora.demo",
    name: "Кузнецова Людмила Александровна",
    position: "директор МБОУ-СОШ № 7",
    role: "school_admin",
    school: "edu230104",
  },
  {
    email: "school5@opora.demo",
    name: "Демченко Валентина Ивановна",
    position: "директор МБОУ-ООШ № 18",
    role: "school_admin",
    school: "edu230105",
  },
  {
    email: "school6@opora.demo",
    name: "Коваленко Сергей Михайлович",
    position: "директор МАОУ-СОШ № 1 «Казачья»",
    role: "school_admin",
    school: "edu230106",
  },
  {
    email: "school7@opora.demo",
    name: "Полякова Наталья Викторовна",
    position: "директор МБОУ-СОШ № 4",
    role: "school_admin",
    school: "edu230107",
  },
  // Teachers of МБОУ-ООШ № 21: rows 1–6 of the diagnostics table (seed 002)
  {
    email: "teacher@opora.demo",
    name: "Кравченко Анна Сергеевна",
    position: "учитель русского языка и литературы",
    role: "teacher",
    school: "edu230101",
  },
  {
    email: "teacher2@opora.demo",
    name: "Гончаренко Дмитрий Александрович",
    position: "учитель математики",
    role: "teacher",
    school: "edu230101",
  },
  {
    email: "teacher3@opora.demo",
    name: "Мельникова Татьяна Петровна",
    position: "учитель биологии и химии",
    role: "teacher",
    school: "edu230101",
  },
  {
    email: "teacher4@opora.demo",
    name: "Савченко Марина Юрьевна",
    position: "учитель истории и обществознания",
    role: "teacher",
    school: "edu230101",
  },
  {
    email: "teacher5@opora.demo",
    name: "Литвиненко Наталья Игоревна",
    position: "учитель физики",
    role: "teacher",
    school: "edu230101",
  },
  {
    email: "teacher6@opora.demo",
    name: "Бондаренко Ольга Николаевна",
    position: "учитель английского языка",
    role: "teacher",
    school: "edu230101",
  },
  // Teachers of МБОУ-СОШ № 9
  {
    email: "teacher7@opora.demo",
    name: "Захарова Елена Викторовна",
    position: "учитель математики",
    role: "teacher",
    school: "edu230102",
  },
  {
    email: "teacher8@opora.demo",
    name: "Ткаченко Игорь Владимирович",
    position: "учитель русского языка и литературы",
    role: "teacher",
    school: "edu230102",
  },
];

// ──────────────────────────────── cycle ────────────────────────────────

export const CYCLE = {
  year: 2025,
  title:
    "Дорожная карта повышения качества образования в школах с низкими результатами обучения " +
    "муниципального образования город Армавир (демо) на 2025 год",
  status: "implementation",
  orderNumber: "8",
  orderDate: "2025-01-09",
  diagnosisDeadline: "2025-02-28",
  programmesDeadline: "2025-03-31",
  expertiseDeadline: "2025-04-30",
  mutualExchangeDeadline: "2025-10-07",
  mutualMeetingDeadline: "2025-10-21",
  mutualUploadDeadline: "2025-11-01",
  implementationEnd: "2025-12-15",
  reportDeadline: "2025-12-27",
} as const;

/** «куратор — школа» pairings of the 2025 cycle (school 7 has none: coverage 6/7). */
export const PAIRING = {
  pairedOn: "2025-01-20",
  schoolYear: "2024-2025",
  /** The network agreement («сетевой договор») recorded for the demo school. */
  agreement: { school: "edu230101", number: "СД-3/2025", date: "2025-01-20" },
} as const;
