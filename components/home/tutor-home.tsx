import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { getTutorHome } from "@/lib/features/home/queries";
import { formatDate } from "@/lib/i18n/dates";
import { PLURALS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

export async function TutorHome({ actor }: { actor: Actor }) {
  const teachers = await getTutorHome(actor);
  return (
    <section aria-labelledby="tutor-home" className="space-y-3">
      <h2 id="tutor-home" className="text-lg font-semibold">
        Мои тьюторанты
      </h2>
      <p className="text-sm text-slate-600">Закреплено: {plural(teachers.length, PLURALS.teacher)}.</p>
      {teachers.length === 0 ? (
        <EmptyState title="За вами пока не закреплены педагоги" />
      ) : (
        <Table caption="Педагоги, закреплённые за тьютором">
          <thead>
            <tr>
              <Th>Педагог</Th>
              <Th>Школа</Th>
              <Th className="text-right">Консультаций</Th>
              <Th>Последняя</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {teachers.map((t) => (
              <tr key={t.id}>
                <Td className="font-medium">{t.name}</Td>
                <Td>{t.school?.shortName ?? "—"}</Td>
                <Td className="text-right">{t.consultations}</Td>
                <Td>{formatDate(t.lastConsultation)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
