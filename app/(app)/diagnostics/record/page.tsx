import type { Metadata } from "next";
import { DiagnosticForm } from "@/components/diagnostics/diagnostic-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getDiagnosticForm } from "@/lib/features/diagnostics/queries";

export const metadata: Metadata = { title: "Результаты диагностики" };

export default async function RecordDiagnosticPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);
  const data = await getDiagnosticForm(actor, { teacher: one(params.teacher), kind: one(params.kind), cycle: one(params.cycle) });
  return (
    <div className="space-y-4">
      <PageHeader title="Результаты диагностики компетенций" description={data.cycle.title} />
      <DiagnosticForm
        key={`${data.teacherId}-${data.kind}`}
        cycleId={data.cycle.id}
        kind={data.kind}
        teacherId={data.teacherId}
        teachers={data.teachers}
        existing={data.existing}
      />
    </div>
  );
}
