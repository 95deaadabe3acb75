import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Detail, Details } from "@/components/ui/details";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getConsultationOrNotFound } from "@/lib/features/consultations/queries";
import { formatLongDate } from "@/lib/i18n/dates";
import { CONSULTATION_FORM_LABELS, CONSULTATION_MODULE_LABELS } from "@/lib/i18n/labels";
import { tutorFunctionsText } from "@/lib/features/consultations/labels";

export const metadata: Metadata = { title: "Консультация МТКП" };

export default async function ConsultationPage({ params }: { params: Promise<{ consultationId: string }> }) {
  const { consultationId } = await params;
  const actor = await requireActor();
  const c = await getConsultationOrNotFound(actor, consultationId);
  const editable = can(actor, "consultation:write") && c.tutorId === actor.userId;
  return (
    <div className="space-y-4">
      <p className="text-sm print:hidden">
        <Link href="/consultations" className="text-brand-700 hover:underline">
          ← Консультации МТКП
        </Link>
      </p>
      <PageHeader
        title={`Консультация: ${c.teacher.name}`}
        description={`${c.subject.name} · ${formatLongDate(c.date)}`}
        actions={
          editable ? (
            <Link href={`/consultations/${c.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50">
              Изменить
            </Link>
          ) : null
        }
      />
      <Card>
        <Details>
          <Detail label="Педагог">{c.teacher.name}</Detail>
          <Detail label="Школа">{c.school.shortName}</Detail>
          <Detail label="Тьютор">{c.tutor.name}</Detail>
          <Detail label="Дата">{formatLongDate(c.date)}</Detail>
          <Detail label="Предмет">{c.subject.name}</Detail>
          <Detail label="Тематический модуль">{CONSULTATION_MODULE_LABELS[c.module]}</Detail>
          <Detail label="Форма">{CONSULTATION_FORM_LABELS[c.form]}</Detail>
          <Detail label="Функции тьютора">{tutorFunctionsText(c.functions)}</Detail>
          <Detail label="Муниципальный проект">{c.project?.title ?? "Вне муниципальных проектов"}</Detail>
        </Details>
      </Card>
      <Card>
        <h2 className="mb-2 text-lg font-semibold">Содержание консультации</h2>
        <p className="whitespace-pre-line text-sm">{c.notes ?? "—"}</p>
        <h2 className="mb-2 mt-4 text-lg font-semibold">Договорённости и следующие шаги</h2>
        <p className="whitespace-pre-line text-sm">{c.nextSteps ?? "—"}</p>
      </Card>
    </div>
  );
}
