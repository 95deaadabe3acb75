import type { SchoolCategory } from "@/lib/db/generated/enums";
import { CATEGORY_LABELS, CATEGORY_TITLES } from "@/lib/i18n/labels";
import { Badge } from "@/components/ui/badge";

const TONE = { shnor: "danger", shnsu: "warning", risk_zone: "warning", p500: "info" } as const;

export function SchoolCategories({ categories }: { categories: SchoolCategory[] }) {
  if (categories.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {categories.map((category) => (
        <Badge key={category} tone={TONE[category]} title={CATEGORY_TITLES[category]}>
          {CATEGORY_LABELS[category]}
        </Badge>
      ))}
    </span>
  );
}
