import { Badge } from "@/components/ui/badge";
import { WARNING_RULE_LABELS, type WarningGroup } from "@/lib/domain/results/warning-groups";
import { nb } from "./metric-format";

/** A flagged school's reasons, one block per exam and subject, each reason with its rule named. */
export function WarningReasons({ groups, headingLevel = 3 }: { groups: readonly WarningGroup[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {groups.map((g) => (
        <div key={g.key} className="rounded-md border border-amber-200 bg-amber-50/50 p-3 break-inside-avoid">
          <Heading className="text-sm font-semibold text-slate-900">{g.title}</Heading>
          <ul className="mt-2 space-y-2">
            {g.items.map((item) => (
              <li key={`${item.rule}-${item.metric}`} className="text-sm text-slate-800">
                <Badge tone={item.rule === "falling" ? "danger" : "warning"} className="mr-2 align-middle">
                  {WARNING_RULE_LABELS[item.rule]}
                </Badge>{" "}
                {nb(item.text)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
