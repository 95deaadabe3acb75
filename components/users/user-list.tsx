import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLES } from "@/lib/auth/permissions";
import type { listUsers } from "@/lib/features/users/queries";
import type { UserListQuery } from "@/lib/features/users/schemas";
import { formatDateTime } from "@/lib/i18n/dates";
import { ROLE_LABELS } from "@/lib/i18n/labels";
import { UserActiveToggle } from "./user-active-toggle";

type Data = Awaited<ReturnType<typeof listUsers>>;
const selectClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export function UserList({ data, query, currentUserId }: { data: Data; query: UserListQuery; currentUserId: string }) {
  return (
    <>
      <form role="search" className="flex flex-wrap items-end gap-3" method="get">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Поиск
          </label>
          <input id="q" name="q" defaultValue={query.q ?? ""} placeholder="ФИО или e-mail" className={`${selectClass} w-64`} />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            Роль
          </label>
          <select id="role" name="role" defaultValue={query.role ?? ""} className={selectClass}>
            <option value="">Все роли</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Состояние
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
            <option value="">Все</option>
            <option value="active">Активные</option>
            <option value="inactive">Отключённые</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Найти
        </Button>
      </form>
      {data.users.length === 0 ? (
        <EmptyState title="Никого не нашлось">Измените условия поиска.</EmptyState>
      ) : (
        <Table caption="Пользователи">
          <thead>
            <tr>
              <Th>ФИО</Th>
              <Th>E-mail</Th>
              <Th>Роли</Th>
              <Th>Последний вход</Th>
              <Th>Состояние</Th>
              <Th>
                <span className="sr-only">Действия</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.users.map((user) => (
              <tr key={user.id}>
                <Td className="font-medium">{user.name}</Td>
                <Td>{user.email}</Td>
                <Td>
                  {user.roles.map((r, i) => (
                    <div key={i}>
                      {ROLE_LABELS[r.role]}
                      {r.school ? <span className="text-slate-500"> · {r.school.shortName}</span> : null}
                    </div>
                  ))}
                </Td>
                <Td>{formatDateTime(user.lastLoginAt)}</Td>
                <Td>{user.active ? <Badge tone="success">Активен</Badge> : <Badge tone="neutral">Отключён</Badge>}</Td>
                <Td>{user.id === currentUserId ? null : <UserActiveToggle user={user} />}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={data.page} pages={data.pages} basePath="/admin/users" params={{ q: query.q, role: query.role, status: query.status }} />
    </>
  );
}
