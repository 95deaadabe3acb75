import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { monthOf, monthRange, monthTitle } from "@/lib/domain/support/calendar";
import { getTutorConsultations } from "@/lib/features/consultations/queries";
import { formatDate } from "@/lib/i18n/dates";
import { CONSULTATION_FORM_LABELS, CONSULTATION_MODULE_LABELS, PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

/** The tutor's home: their consultations this month. */
export async function TutorConsultations({ actor, today = new Date() }: { actor: Actor; today?: Date }) {
  const month = monthOf(today);
  const rows = await getTutorConsultations(actor, monthRange(month));
  if (!rows) return null;
  const title = monthTitle(month).toLowerCase();
  return (
    <section aria-labelledby="tutor-consultations" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="tutor-consultations" className="text-lg font-semibold">
          Консультации в этом месяце
        </h2>
        <Link href="/consultations/new" className="text-sm font-medium text-brand-700 hover:underline">
          Записать консультацию
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        {title}: {plural(rows.length, PLURALS.consultation)}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="В этом месяце консультаций ещё не было" />
      ) : (
        <Table caption="Консультации тьютора в этом месяце">
          <thead>
            <tr>
              <Th>Дата</Th>
              <Th>Педагог</Th>
              <Th>Предмет</Th>
              <Th>Модуль</Th>
              <Th>Форма</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link href={`/consultations/${c.id}`} className="text-brand-700 hover:underline">
                    {formatDate(c.date)}
                  </Link>
                </Td>
                <Td>{c.teacher.name}</Td>
                <Td>{c.subject.name}</Td>
                <Td>{CONSULTATION_MODULE_LABELS[c.module]}</Td>
                <Td>{CONSULTATION_FORM_LABELS[c.form]}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
