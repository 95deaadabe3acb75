import { Table, Td, Th } from "@/components/ui/table";
import type { getConsultationTotals } from "@/lib/features/consultations/queries";
import { CONSULTATION_MODULE_LABELS } from "@/lib/i18n/labels";
import { formatNumber } from "@/lib/i18n/plural";

type Totals = Awaited<ReturnType<typeof getConsultationTotals>>;

function Group({ caption, head, rows }: { caption: string; head: string; rows: { key: string; title: string; count: number }[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{head}</Th>
          <Th className="text-right">Консультаций</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.length === 0 ? (
          <tr>
            <Td colSpan={2} className="text-slate-500">
              Нет консультаций за период
            </Td>
          </tr>
        ) : (
          rows.map((r) => (
            <tr key={r.key}>
              <Td>{r.title}</Td>
              <Td className="text-right">{formatNumber(r.count)}</Td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}

/** The coordinator's totals: by subject, thematic module and school for the period. */
export function ConsultationTotals({ totals, periodLabel }: { totals: Totals; periodLabel: string }) {
  return (
    <section aria-labelledby="consultation-totals" className="space-y-3">
      <h2 id="consultation-totals" className="text-lg font-semibold">
        Итоги {periodLabel}: {formatNumber(totals.total)}
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        <Group caption="Консультации по предметам" head="Предмет" rows={totals.bySubject} />
        <Group
          caption="Консультации по тематическим модулям"
          head="Тематический модуль"
          rows={totals.byModule.map((r) => ({ ...r, title: CONSULTATION_MODULE_LABELS[r.key as keyof typeof CONSULTATION_MODULE_LABELS] ?? r.key }))}
        />
        <Group caption="Консультации по школам" head="Школа" rows={totals.bySchool} />
      </div>
    </section>
  );
}
