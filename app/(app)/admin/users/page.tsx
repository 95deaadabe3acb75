import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { UserList } from "@/components/users/user-list";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/features/users/queries";
import { userListQuerySchema } from "@/lib/features/users/schemas";
import { PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Пользователи" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "user:manage")) forbidden();
  const query = userListQuerySchema.parse(await searchParams);
  const data = await listUsers(actor, query);
  return (
    <div className="space-y-4">
      <PageHeader title="Пользователи" description={`Найдено: ${plural(data.total, PLURALS.user)}`} />
      <UserList data={data} query={query} currentUserId={actor.userId} />
    </div>
  );
}
