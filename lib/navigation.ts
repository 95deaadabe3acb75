/**
 * Navigation by permission: the same table the server enforces decides which
 * links a person sees. Only built screens are listed.
 */
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string };

const ITEMS: (NavItem & { permission: Permission })[] = [
  { href: "/", label: "Главная", permission: "profile:own" },
  { href: "/admin/users", label: "Пользователи", permission: "user:manage" },
  { href: "/profile", label: "Профиль", permission: "profile:own" },
];

export function navigationFor(actor: Actor): NavItem[] {
  return ITEMS.filter((item) => can(actor, item.permission)).map(({ href, label }) => ({ href, label }));
}
