import Link from "next/link";
import { Card, CardTitle } from "@/components/ui/card";
import { can, type Actor } from "@/lib/auth/actor";
import { listSurveysToAnswer } from "@/lib/features/surveys/queries";
import { formatDate } from "@/lib/i18n/dates";

/** For every home: open surveys addressed to the actor that they have not answered yet. */
export async function OpenSurveys({ actor }: { actor: Actor }) {
  if (!can(actor, "survey:answer")) return null;
  const pending = (await listSurveysToAnswer(actor)).filter((s) => !s.answeredAt);
  if (pending.length === 0) return null;
  return (
    <Card aria-labelledby="open-surveys">
      <CardTitle id="open-surveys">Анкеты ждут вашего ответа</CardTitle>
      <ul className="space-y-1 text-sm">
        {pending.map((s) => (
          <li key={s.id}>
            <Link href={`/surveys/${s.id}`} className="text-brand-700 hover:underline">
              {s.title}
            </Link>
            {s.closesOn ? <span className="text-slate-600"> — до {formatDate(s.closesOn)}</span> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
