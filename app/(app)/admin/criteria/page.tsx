import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { CriteriaKindSection } from "@/components/reviews/criteria-admin";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { listCriteria } from "@/lib/features/reviews/queries";
import { DOCUMENT_KIND_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Критерии экспертизы" };

const KINDS = ["concept", "medium_term_program", "anti_risk_program"] as const;

export default async function CriteriaPage() {
  const actor = await requireActor();
  if (!can(actor, "catalog:manage")) forbidden();
  const rows = await listCriteria();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Критерии экспертизы"
        description="Каталог критериев по видам документов. Оценка: 0 «Нет», 1 «Скорее нет», 2 «Скорее да», 3 «Да». Использованный критерий нельзя удалить — только отключить."
      />
      {KINDS.map((kind) => (
        <CriteriaKindSection key={kind} kind={kind} label={DOCUMENT_KIND_LABELS[kind]} rows={rows.filter((r) => r.documentKind === kind)} />
      ))}
    </div>
  );
}
