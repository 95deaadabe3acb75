import type { Metadata } from "next";
import Link from "next/link";
import { ApiTokenList } from "@/components/api-tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listOwnApiTokens } from "@/lib/features/api-tokens/queries";
import { getProfile } from "@/lib/features/users/queries";
import { formatDateTime } from "@/lib/i18n/dates";
import { ROLE_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Профиль" };

export default async function ProfilePage() {
  const actor = await requireActor();
  const [profile, tokens] = await Promise.all([getProfile(actor), listOwnApiTokens(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title="Профиль" description={profile.email} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="profile-roles">
          <CardTitle id="profile-roles">Роли и область доступа</CardTitle>
          <ul className="space-y-2 text-sm">
            {profile.roles.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{ROLE_LABELS[r.role]}</span>
                {r.school ? ` — ${r.school.shortName}` : r.municipality ? ` — ${r.municipality.name}` : " — вся установка"}
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-slate-600">Последний вход: {formatDateTime(profile.lastLoginAt)}</p>
        </Card>
        <Card aria-labelledby="profile-password">
          <CardTitle id="profile-password">Смена пароля</CardTitle>
          <p className="mb-4 text-sm text-slate-600">После смены пароля все ваши сеансы завершатся, войдите снова.</p>
          <ChangePasswordForm />
        </Card>
      </div>
      <Card aria-labelledby="profile-api-tokens">
        <CardTitle id="profile-api-tokens">Токены доступа к API</CardTitle>
        <p className="mb-4 text-sm text-slate-600">
          Токен даёт программам доступ к REST API Опоры с вашими ролями и областью доступа. Храните его как пароль.{" "}
          <Link href="/api/docs" className="text-brand-700 underline">
            Описание API
          </Link>
        </p>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_1fr]">
          <CreateApiTokenForm />
          <ApiTokenList tokens={tokens} />
        </div>
      </Card>
    </div>
  );
}
