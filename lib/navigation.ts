/**
 * Navigation by permission: the same table the server enforces decides which
 * links a person sees. Only built screens are listed.
 */
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string; exact?: boolean };

const ITEMS: (NavItem & { permission: Permission })[] = [
  { href: "/", label: "Главная", permission: "profile:own" },
  { href: "/dashboard", label: "Показатели", permission: "dashboard:read" },
  { href: "/cycles", label: "Циклы", permission: "cycle:manage" },
  { href: "/results", label: "Результаты", permission: "exam_result:read" },
  { href: "/admin/users", label: "Пользователи", permission: "user:manage" },
  { href: "/admin/criteria", label: "Критерии экспертизы", permission: "catalog:manage" },
  // The centre's letterhead: the administrator for every municipality, a coordinator for their own
  { href: "/admin/municipalities", label: "Реквизиты муниципалитета", permission: "municipality:manage" },
  // Teachers: competency diagnostics and ИОМ
  { href: "/diagnostics", label: "Диагностика компетенций", permission: "diagnostic:read" },
  { href: "/iom", label: "ИОМ", permission: "iom:read" },
  // Surveys and the bank of practices: every signed-in user of the municipality
  { href: "/surveys", label: "Анкеты", permission: "survey:read" },
  { href: "/practices", label: "Банк практик", permission: "practice:read" },
  // Support: МНЦ events and МТКП consultations
  { href: "/events", label: "Мероприятия МНЦ", permission: "event:read" },
  { href: "/consultations", label: "Консультации МТКП", permission: "consultation:read" },
  // Issue 6: imports
  { href: "/imports", label: "Загрузка данных", permission: "import:run" },
  { href: "/profile", label: "Профиль", permission: "profile:own" },
];

export function navigationFor(actor: Actor): NavItem[] {
  return ITEMS.filter((item) => can(actor, item.permission)).map(({ href, label }) => ({ href, label }));
}

const SCHOOL_SECTIONS: Array<{ path: string; label: string; permission: Permission; anyOf?: Permission[] }> = [
  { path: "", label: "Карточка", permission: "school:read" },
  { path: "/roadmap", label: "Дорожная карта", permission: "measure:read" },
  { path: "/diagnosis", label: "Стартовая диагностика", permission: "risk_profile:read" },
  { path: "/documents", label: "Документы", permission: "document:read" },
  { path: "/results", label: "Результаты", permission: "exam_result:read" },
  { path: "/mutual", label: "Взаимоэкспертиза", permission: "document:read", anyOf: ["mutual_review:write"] },
];

/** The tabs of a school's pages; each page checks its own scope again. */
export function schoolSectionsFor(actor: Actor, code: string): NavItem[] {
  const base = `/schools/${encodeURIComponent(code)}`;
  return SCHOOL_SECTIONS.filter((s) => can(actor, s.permission) || (s.anyOf ?? []).some((p) => can(actor, p))).map((s) => ({
    href: `${base}${s.path}`,
    label: s.label,
    exact: s.path === "",
  }));
}
