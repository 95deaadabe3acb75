import type { Metadata } from "next";
import Link from "next/link";
import { PracticeModeration } from "@/components/practices/practice-moderation";
import { PracticeStatusBadge } from "@/components/practices/practice-status-badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { availableEvents } from "@/lib/domain/workflow/machine";
import { practiceMachine } from "@/lib/domain/workflow/tables";
import { requireActor } from "@/lib/auth/session";
import { getPracticeOrNotFound } from "@/lib/features/practices/queries";
import { formatDate } from "@/lib/i18n/dates";
import { PRACTICE_LEVEL_LABELS } from "@/lib/i18n/labels";
import { formatFileSize } from "@/lib/i18n/plural";

export const metadata: Metadata = { title: "Практика" };

export default async function PracticePage({ params }: { params: Promise<{ practiceId: string }> }) {
  const actor = await requireActor();
  const practice = await getPracticeOrNotFound(actor, (await params).practiceId);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={practice.title}
        description={<Link href="/practices" className="text-brand-700 hover:underline">← Банк практик</Link>}
        actions={
          practice.canEdit ? (
            <Link href={`/practices/${practice.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
              Изменить
            </Link>
          ) : undefined
        }
      />
      <Card>
        <Details>
          <Detail label="Статус">
            <PracticeStatusBadge status={practice.status} />
          </Detail>
          <Detail label="Уровень">{PRACTICE_LEVEL_LABELS[practice.level]}</Detail>
          <Detail label="Авторы">{practice.authors}</Detail>
          <Detail label="Организация">{practice.organization}</Detail>
          <Detail label="Тема">{practice.theme}</Detail>
          <Detail label="Дата подачи">
            {formatDate(practice.createdAt)}, {practice.submittedBy.name}
          </Detail>
        </Details>
      </Card>
      <Card aria-labelledby="practice-description">
        <CardTitle id="practice-description">Описание</CardTitle>
        <p className="whitespace-pre-line text-sm leading-6">{practice.description}</p>
      </Card>
      <Card aria-labelledby="practice-files">
        <CardTitle id="practice-files">Файлы</CardTitle>
        {practice.files.length === 0 ? (
          <p className="text-sm text-slate-600">Файлы не приложены.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {practice.files.map((f) => (
              <li key={f.id}>
                <a href={`/api/files/${f.id}`} className="text-brand-700 hover:underline">
                  {f.originalName}
                </a>{" "}
                <span className="text-slate-500">({formatFileSize(f.size)})</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {practice.canModerate && availableEvents(practiceMachine, practice.status).length ? (
        <Card aria-labelledby="practice-moderation" className="print:hidden">
          <CardTitle id="practice-moderation">Решение координатора</CardTitle>
          <PracticeModeration practice={practice} />
        </Card>
      ) : null}
    </div>
  );
}
