import { useId } from "react";
import { Button } from "./button";
import { cn } from "./cn";

/**
 * The search/filter form of the list pages: a GET form, so every filter
 * lives in the URL, with labelled controls (each label tied to its control
 * by a `useId` id) and one submit button. Server-compatible: no client JS.
 */

/** The look of a filter control (input or select). */
export const filterControlClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

const FORM_LAYOUT = "flex flex-wrap items-end gap-3";
const LABEL_CLASS = "block text-sm font-medium";

export type FilterOption = { value: string; label: string };

/** Options from a label map (`{ value: label }`), optionally limited to and ordered by `keys`. */
export function labelOptions<K extends string>(labels: Record<K, string>, keys?: readonly K[]): FilterOption[] {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}

export function FilterForm({
  action,
  submitLabel = "Найти",
  submitVariant = "secondary",
  resetHref,
  resetLabel = "Сбросить",
  layout = FORM_LAYOUT,
  actionsClassName,
  className,
  children,
  ...form
}: Omit<React.FormHTMLAttributes<HTMLFormElement>, "action" | "method" | "role"> & {
  action?: string;
  submitLabel?: string;
  submitVariant?: "primary" | "secondary";
  /** Shows a «Сбросить» link to this (bare) path. */
  resetHref?: string;
  resetLabel?: string;
  /** Replaces the default flex layout of the form. */
  layout?: string;
  /** Wraps the submit button (and the reset link) in a div with these classes. */
  actionsClassName?: string;
}) {
  const submit = (
    <Button type="submit" variant={submitVariant}>
      {submitLabel}
    </Button>
  );
  const reset = resetHref ? (
    <a href={resetHref} className="inline-flex items-center px-2 text-sm text-brand-700 hover:underline">
      {resetLabel}
    </a>
  ) : null;
  return (
    <form role="search" method="get" action={action} className={cn(layout, className)} {...form}>
      {children}
      {actionsClassName !== undefined || reset ? (
        <div className={actionsClassName ?? "flex gap-2"}>
          {submit}
          {reset}
        </div>
      ) : (
        submit
      )}
    </form>
  );
}

type ControlProps = {
  label: string;
  name: string;
  defaultValue?: string | null;
  /** Classes of the wrapper (label + control). */
  className?: string;
  /** Extra classes of the control itself (width etc.). */
  controlClassName?: string;
};

function Labelled({ id, label, className, children }: { id: string; label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={LABEL_CLASS}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** A text (or date) input filter. */
export function TextFilter({
  label,
  name,
  defaultValue,
  className,
  controlClassName,
  type,
  placeholder,
}: ControlProps & { type?: "text" | "date"; placeholder?: string }) {
  const id = useId();
  return (
    <Labelled id={id} label={label} className={className}>
      <input id={id} name={name} type={type} defaultValue={defaultValue ?? ""} placeholder={placeholder} className={cn(filterControlClass, controlClassName)} />
    </Labelled>
  );
}

/** The free-text search: label «Поиск», parameter `q`. */
export function SearchFilter({ label = "Поиск", name = "q", ...rest }: Omit<ControlProps, "label" | "name"> & { label?: string; name?: string; placeholder?: string }) {
  return <TextFilter label={label} name={name} {...rest} />;
}

export function DateFilter(props: ControlProps) {
  return <TextFilter type="date" {...props} />;
}

/** A select; `allLabel` adds a first option with the empty value («Все …»). */
export function SelectFilter({
  label,
  name,
  defaultValue,
  className,
  controlClassName,
  allLabel,
  options,
}: ControlProps & { allLabel?: string; options: readonly FilterOption[] }) {
  const id = useId();
  return (
    <Labelled id={id} label={label} className={className}>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} className={cn(filterControlClass, controlClassName)}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A single checkbox (`name=value` when checked). */
export function CheckboxFilter({ label, name, value = "1", defaultChecked }: { label: string; name: string; value?: string; defaultChecked?: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={value} defaultChecked={defaultChecked} />
      {label}
    </label>
  );
}

/** Carries a parameter the form does not show (rendered only when set). */
export function HiddenFilter({ name, value }: { name: string; value?: string | null }) {
  return value ? <input type="hidden" name={name} value={value} /> : null;
}
