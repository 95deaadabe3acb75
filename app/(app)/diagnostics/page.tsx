import type { Metadata } from "next";
import Link from "next/link";
import { DiagnosticsOverview } from "@/components/diagnostics/diagnostics-overview";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ExportLink } from "@/components/ui/export-link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getDiagnosticsOverview } from "@/lib/features/diagnostics/queries";
import { diagnosticsQuerySchema } from "@/lib/features/diagnostics/schemas";

export const metadata: Metadata = { title: "Диагностика компетенций" };

export default async function DiagnosticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const query = diagnosticsQuerySchema.parse(params);
  const data = await getDiagnosticsOverview(actor, query);
  const canWrite = can(actor, "diagnostic:write");
  return (
    <div className="space-y-4">
      <PageHeader
        title="Диагностика профессиональных компетенций"
        description={data.cycle ? data.cycle.title : undefined}
        actions={
          data.cycle ? (
            <>
              <ExportLink
                path="/diagnostics/export"
                params={{ q: query.q, school: query.school, deficits: query.deficits, cycle: data.cycle.id }}
                what="сводка диагностики и педагоги с выбранными фильтрами"
              />
              {canWrite ? (
                <Link href={`/diagnostics/record?cycle=${data.cycle.id}`} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                  Внести результаты
                </Link>
              ) : null}
            </>
          ) : null
        }
      />
      <div aria-live="polite">{params.saved === "1" ? <Alert tone="success">Результаты диагностики сохранены.</Alert> : null}</div>
      {data.cycle ? (
        <DiagnosticsOverview data={data} query={query} canWrite={canWrite} />
      ) : (
        <EmptyState title="Цикл дорожной карты ещё не открыт" />
      )}
    </div>
  );
}
