import "server-only";
import { can } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { duplicateKeyErrors, type ImportRowError } from "@/lib/domain/imports/table";
import { ROLE_LABELS } from "@/lib/i18n/labels";
import { bulkUpdate, bulkInsert, newId } from "../bulk";
import { requireMunicipality, schoolNotFound, schoolsByCode, type Planner } from "../context";
import type { UserRow } from "../schemas";

/**
 * Users by e-mail, one row per person. No privilege escalation:
 * - «Администратор» is never assigned by a file;
 * - «Муниципальный координатор» only by someone with `user:manage` (the administrator);
 * - every role is scoped to the import's municipality (school roles to a school of it);
 * - an existing account is changed only when it is in the importer's user scope and, unless the
 *   importer has `user:manage`, holds no administrator or coordinator role.
 * New accounts get no password (null hash: they cannot sign in until the administrator sets one).
 * Roles are added, never removed; a user's name, position and phone are updated.
 */
export const planUsers: Planner<UserRow> = async (ctx, rows) => {
  const municipalityId = requireMunicipality(ctx);
  const manager = can(ctx.actor, "user:manage");
  const errors: ImportRowError[] = duplicateKeyErrors(rows, (r) => r.email, "Email", (first) => `Этот адрес уже указан в строке ${first}: одна строка на пользователя`);
  const schools = await schoolsByCode(ctx, rows.flatMap((r) => (r.data.schoolCode ? [r.data.schoolCode] : [])));
  const emails = rows.map((r) => r.data.email);
  const [existing, editable] = await Promise.all([
    ctx.db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, position: true, phone: true, roles: { select: { role: true, municipalityId: true, schoolId: true } } } }),
    ctx.db.user.findMany({ where: { AND: [scope.user(ctx.actor, "import:run"), { email: { in: emails } }] }, select: { id: true } }),
  ]);
  const byEmail = new Map(existing.map((u) => [u.email, u]));
  const inScope = new Set(editable.map((u) => u.id));

  type Target = { id: string; row: UserRow; schoolId: string | null; isNew: boolean; position: string | null; phone: string | null };
  const targets: Target[] = [];
  for (const { row, data } of rows) {
    const before = errors.length;
    if (data.role === "admin") errors.push({ row, column: "Роль", message: "Роль «Администратор» нельзя назначить загрузкой из файла" });
    else if (data.role === "coordinator" && !manager) errors.push({ row, column: "Роль", message: `Роль «${ROLE_LABELS.coordinator}» может назначить только администратор` });
    const school = data.schoolCode ? schools.get(data.schoolCode) : undefined;
    if (data.schoolCode && !school) errors.push({ row, column: "Код школы", message: schoolNotFound(data.schoolCode) });
    const user = byEmail.get(data.email);
    if (user) {
      const privileged = user.roles.some((r) => r.role === "admin" || r.role === "coordinator");
      if (!inScope.has(user.id) || (privileged && !manager)) errors.push({ row, column: "Email", message: "Этот адрес занят учётной записью, которую вы не можете изменять" });
    }
    if (errors.length > before) continue;
    targets.push({
      id: user?.id ?? newId(),
      row: data,
      schoolId: school?.id ?? null,
      isNew: !user,
      position: data.position ?? user?.position ?? null,
      phone: data.phone ?? user?.phone ?? null,
    });
  }
  const hasRole = (t: Target) =>
    byEmail.get(t.row.email)?.roles.some((r) => r.role === t.row.role && r.municipalityId === municipalityId && r.schoolId === t.schoolId) ?? false;

  return {
    errors,
    created: targets.filter((t) => t.isNew).length,
    updated: targets.filter((t) => !t.isNew).length,
    async write(tx) {
      // No password: the account cannot sign in until the administrator sets one.
      await bulkInsert(
        tx,
        "User",
        { id: "text", email: "text", name: "text", position: "text", phone: "text" },
        targets.filter((t) => t.isNew).map((t) => ({ id: t.id, email: t.row.email, name: t.row.name, position: t.position, phone: t.phone })),
        { updatedAt: true },
      );
      await bulkUpdate(
        tx,
        "User",
        { name: "text", position: "text", phone: "text" },
        targets.filter((t) => !t.isNew).map((t) => ({ id: t.id, name: t.row.name, position: t.position, phone: t.phone })),
        { version: true, updatedAt: true },
      );
      await bulkInsert(
        tx,
        "RoleAssignment",
        { id: "text", userId: "text", role: `"Role"`, municipalityId: "text", schoolId: "text" },
        targets.filter((t) => !hasRole(t)).map((t) => ({ id: newId(), userId: t.id, role: t.row.role, municipalityId, schoolId: t.schoolId })),
        { onConflictDoNothing: true },
      );
    },
  };
};
