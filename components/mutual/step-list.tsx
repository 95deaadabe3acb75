import { Badge } from "@/components/ui/badge";
import { mutualSteps, STEP_STATE_LABELS, type MutualPairDates } from "@/lib/domain/reviews/mutual";
import { formatDate } from "@/lib/i18n/dates";

/** The three steps with their deadlines; an overdue step says «просрочено» in words, not only colour. */
export function StepList({ pair, today }: { pair: MutualPairDates; today: Date }) {
  return (
    <ul className="space-y-1 text-sm">
      {mutualSteps(pair, today).map((s) => (
        <li key={s.step} className="flex flex-wrap items-center gap-2">
          <span className="text-slate-800">{s.label}</span>
          <span className="text-slate-500">до {formatDate(s.deadline)}</span>
          <Badge tone={s.state === "done" ? "success" : s.state === "overdue" ? "danger" : "neutral"}>
            {STEP_STATE_LABELS[s.state]}
            {s.doneAt ? ` ${formatDate(s.doneAt)}` : ""}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
