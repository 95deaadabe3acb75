import { CATEGORY_LABELS, CATEGORY_TITLES } from "@/lib/i18n/labels";
import type { SchoolCategory } from "@/lib/db/generated/enums";
import { SCHOOL_CATEGORIES } from "@/lib/features/cycles/categories";

/** The four categories as checkboxes (at least one is required by the action). */
export function CategoryCheckboxes({
  legend,
  value,
  onChange,
  error,
  idPrefix,
  legendHidden = false,
}: {
  legend: string;
  /** In a table row the column header already says «Категории»: the legend is for screen readers only. */
  legendHidden?: boolean;
  value: SchoolCategory[];
  onChange: (next: SchoolCategory[]) => void;
  error?: string;
  idPrefix: string;
}) {
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? `${idPrefix}-error` : undefined}>
      <legend className={legendHidden ? "sr-only" : "text-sm font-medium text-slate-800"}>{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {SCHOOL_CATEGORIES.map((category) => (
          <label key={category} className="inline-flex items-center gap-1.5 text-sm" title={CATEGORY_TITLES[category]}>
            <input
              type="checkbox"
              checked={value.includes(category)}
              onChange={(e) => onChange(e.target.checked ? [...value, category] : value.filter((c) => c !== category))}
            />
            {CATEGORY_LABELS[category]}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${idPrefix}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
