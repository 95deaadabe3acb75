import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, labelOptions, SearchFilter, SelectFilter } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { ROLES } from "@/lib/auth/permissions";
import type { listUsers } from "@/lib/features/users/queries";
import type { UserListQuery } from "@/lib/features/users/schemas";
import { formatDateTime } from "@/lib/i18n/dates";
import { ROLE_LABELS } from "@/lib/i18n/labels";
import { SetPasswordForm } from "./set-password-form";
import { UserActiveToggle } from "./user-active-toggle";

type Data = Awaited<ReturnType<typeof listUsers>>;

export function UserList({ data, query, currentUserId }: { data: Data; query: UserListQuery; currentUserId: string }) {
  return (
    <>
      <FilterForm>
        <SearchFilter defaultValue={query.q} placeholder="ФИО или e-mail" controlClassName="w-64" />
        <SelectFilter label="Роль" name="role" defaultValue={query.role} allLabel="Все роли" options={labelOptions(ROLE_LABELS, ROLES)} />
        <SelectFilter label="Состояние" name="status" defaultValue={query.status} allLabel="Все" options={[{ value: "active", label: "Активные" }, { value: "inactive", label: "Отключённые" }]} />
      </FilterForm>
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
                <Td>
                  {user.id === currentUserId ? null : (
                    <div className="space-y-2">
                      <UserActiveToggle user={user} />
                      <SetPasswordForm user={{ id: user.id, name: user.name, version: user.version, hasPassword: user.hasPassword }} />
                    </div>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={data.page} pages={data.pages} basePath="/admin/users" params={{ q: query.q, role: query.role, status: query.status }} />
    </>
  );
}
