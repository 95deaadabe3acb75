import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { can, type Actor } from "@/lib/auth/actor";
import { countPracticesAwaitingModeration } from "@/lib/features/practices/queries";
import { listManagedSurveys } from "@/lib/features/surveys/queries";
import { PLURALS, SURVEY_AUDIENCE_LABELS } from "@/lib/i18n/labels";
import { plural } from "@/lib/i18n/plural";

/** For the coordinator's home: open surveys with their response counts, practices awaiting a decision. */
export async function CoordinatorSurveys({ actor }: { actor: Actor }) {
  if (!can(actor, "survey:manage") && !can(actor, "practice:moderate")) return null;
  const [surveys, awaiting] = await Promise.all([
    can(actor, "survey:manage") ? listManagedSurveys(actor, { status: "open" }) : null,
    countPracticesAwaitingModeration(actor),
  ]);
  return (
    <Card aria-labelledby="coordinator-surveys">
      <CardTitle id="coordinator-surveys">Анкеты и банк практик</CardTitle>
      {surveys ? (
        surveys.surveys.length ? (
          <ul className="space-y-1 text-sm">
            {surveys.surveys.map((s) => (
              <li key={s.id}>
                <Link href={`/surveys/${s.id}`} className="text-brand-700 hover:underline">
                  {s.title}
                </Link>{" "}
                <span className="text-slate-600">
                  — {SURVEY_AUDIENCE_LABELS[s.audience].toLowerCase()}, {plural(s._count.responses, PLURALS.response)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">
            Открытых анкет нет. <Link href="/surveys/new" className="text-brand-700 hover:underline">Создать анкету</Link>
          </p>
        )
      ) : null}
      <p className="mt-3 text-sm">
        <Link href="/practices?status=submitted" className="text-brand-700 hover:underline">
          Практик ждут решения: {awaiting}
        </Link>
      </p>
    </Card>
  );
}
