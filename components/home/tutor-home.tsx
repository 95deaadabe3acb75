import Link from "next/link";
import { IOM_STATUS_TONES } from "@/components/iom/status-tones";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { getTutorHome } from "@/lib/features/home/queries";
import { TutorConsultations } from "./tutor-consultations";
import { formatDate } from "@/lib/i18n/dates";
import { COMPETENCY_LABELS, IOM_STATUS_LABELS, PLURALS } from "@/lib/i18n/labels";
import { formatPercent, plural } from "@/lib/i18n/plural";

export async function TutorHome({ actor }: { actor: Actor }) {
  const cycle = await getCurrentCycle(actor);
  const teachers = await getTutorHome(actor, cycle);
  const needRoute = teachers.filter((t) => t.deficits.length > 0 && t.iom?.status !== "approved");
  return (
    <div className="space-y-8">
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
                <Th>Дефициты</Th>
                <Th>ИОМ</Th>
                <Th className="text-right">Консультаций</Th>
                <Th>Последняя</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {teachers.map((t) => (
                <tr key={t.id}>
                  <Td className="font-medium">{t.name}</Td>
                  <Td>{t.school?.shortName ?? "—"}</Td>
                  <Td>{t.deficits.length ? t.deficits.map((d) => COMPETENCY_LABELS[d]).join(", ") : "нет"}</Td>
                  <Td>
                    {t.iom ? (
                      <Link href={`/iom/${t.iom.id}`} className="hover:underline">
                        <Badge tone={IOM_STATUS_TONES[t.iom.status]}>{IOM_STATUS_LABELS[t.iom.status]}</Badge>{" "}
                        <span className="text-xs text-slate-600">{formatPercent(t.iom.progress)}</span>
                      </Link>
                    ) : (
                      "не составлен"
                    )}
                  </Td>
                  <Td className="text-right">{t.consultations}</Td>
                  <Td>{formatDate(t.lastConsultation)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
      <TutorConsultations actor={actor} />
      <section aria-labelledby="tutor-need-route" className="space-y-3">
        <h2 id="tutor-need-route" className="text-lg font-semibold">
          Дефициты без утверждённого ИОМ
        </h2>
        {needRoute.length === 0 ? (
          <EmptyState title="У всех тьюторантов с дефицитами есть утверждённый маршрут" />
        ) : (
          <ul className="space-y-1 text-sm">
            {needRoute.map((t) => (
              <li key={t.id}>
                <span className="font-medium">{t.name}</span> — {t.deficits.map((d) => COMPETENCY_LABELS[d]).join(", ")}:{" "}
                {t.iom ? (
                  <Link href={`/iom/${t.iom.id}`} className="text-brand-700 underline">
                    {IOM_STATUS_LABELS[t.iom.status].toLowerCase()}
                  </Link>
                ) : (
                  <Link href="/iom" className="text-brand-700 underline">
                    составить ИОМ
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
