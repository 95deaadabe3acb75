import type { Metadata } from "next";
import { CycleTabs } from "@/components/cycles/cycle-tabs";
import Link from "next/link";
import { CreatePairForm, UnpairButton } from "@/components/mutual/pair-manager";
import { StepList } from "@/components/mutual/step-list";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { overdueCount } from "@/lib/domain/reviews/mutual";
import { getCycleMutual } from "@/lib/features/mutual/queries";
import { formatDate } from "@/lib/i18n/dates";
import { MUTUAL_PAIR_STATUS_LABELS } from "@/lib/i18n/labels";

export const metadata: Metadata = { title: "Взаимоэкспертиза" };

export default async function CycleMutualPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const { cycleId } = await params;
  const actor = await requireActor();
  const { cycle, schools, pairs } = await getCycleMutual(actor, cycleId);
  const today = new Date();
  const paired = new Set(pairs.flatMap((p) => [p.schoolA.id, p.schoolB.id]));
  const free = schools.filter((s) => !paired.has(s.id)).map((s) => ({ id: s.id, label: `${s.school.shortName} (${s.school.code})` }));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Взаимоэкспертиза"
        description={`${cycle.title}. Сроки: обмен документами до ${formatDate(cycle.mutualExchangeDeadline)}, встреча до ${formatDate(cycle.mutualMeetingDeadline)}, итоговый протокол до ${formatDate(cycle.mutualUploadDeadline)}.`}
      />
      <CycleTabs actor={actor} cycleId={cycle.id} current="/mutual" />
      <Card>
        <CardTitle>Новая пара</CardTitle>
        {free.length >= 2 ? <CreatePairForm cycleId={cycle.id} schools={free} /> : <p className="text-sm text-slate-600">Свободных школ для новой пары нет.</p>}
      </Card>
      {pairs.length === 0 ? (
        <EmptyState title="Пар пока нет">Создайте первую пару школ для взаимоэкспертизы.</EmptyState>
      ) : (
        <Table caption="Пары школ для взаимоэкспертизы">
          <thead>
            <tr>
              <Th>Школы</Th>
              <Th>Статус</Th>
              <Th>Этапы</Th>
              <Th>Действия</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {pairs.map((p) => {
              const overdue = overdueCount(p, today);
              const label = `${p.schoolA.school.shortName} — ${p.schoolB.school.shortName}`;
              return (
                <tr key={p.id}>
                  <Td>
                    <Link className="text-brand-700 underline" href={`/schools/${p.schoolA.school.code}/mutual?cycle=${cycle.id}`}>
                      {p.schoolA.school.shortName}
                    </Link>
                    {" — "}
                    <Link className="text-brand-700 underline" href={`/schools/${p.schoolB.school.code}/mutual?cycle=${cycle.id}`}>
                      {p.schoolB.school.shortName}
                    </Link>
                  </Td>
                  <Td>
                    <div className="flex flex-col items-start gap-1">
                      <Badge>{MUTUAL_PAIR_STATUS_LABELS[p.status]}</Badge>
                      {overdue ? <Badge tone="danger">Просрочено этапов: {overdue}</Badge> : null}
                    </div>
                  </Td>
                  <Td>
                    <StepList pair={p} today={today} />
                  </Td>
                  <Td>{p._count.reviews === 0 ? <UnpairButton pair={{ id: p.id, version: p.version, label }} /> : <span className="text-sm text-slate-500">Экспертиза начата</span>}</Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </div>
  );
}
