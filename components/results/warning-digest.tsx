import { Badge } from "@/components/ui/badge";
import { WARNING_RULE_LABELS, warningDigest, type WarningGroup } from "@/lib/domain/results/warning-groups";

/**
 * A flagged school's reasons at a glance: one line per exam and subject,
 * what is below the average and what is falling, each named by its rule
 * (columns on a wide screen, stacked on a phone).
 */
export function WarningDigest({ groups, schoolName }: { groups: readonly WarningGroup[]; schoolName: string }) {
  return (
    <ul aria-label={`Причины раннего предупреждения: ${schoolName}`} className="divide-y divide-slate-100 rounded-md border border-slate-200">
      {groups.map((g) => {
        const digest = warningDigest(g);
        return (
          <li key={g.key} className="grid gap-1 px-3 py-2 text-sm sm:grid-cols-[minmax(9rem,14rem)_1fr_1fr] sm:gap-4">
            <span className="font-medium text-slate-900">{g.title}</span>
            {(["below_average", "falling"] as const).map((rule) =>
              digest[rule].length ? (
                <span key={rule}>
                  <Badge tone={rule === "falling" ? "danger" : "warning"} className="mr-1.5">
                    {WARNING_RULE_LABELS[rule]}
                  </Badge>{" "}
                  {digest[rule].join(", ")}
                </span>
              ) : (
                <span key={rule} className="hidden sm:block" aria-hidden="true" />
              ),
            )}
          </li>
        );
      })}
    </ul>
  );
}
