import { useId } from "react";
import { cn } from "./cn";

/**
 * Labelled form controls with their error next to them: `aria-invalid` and
 * `aria-describedby` tie the message (and the hint) to the control. One
 * shell for every kind: input, select, textarea, checkbox group.
 */
type Common = { label: string; error?: string[] | string; hint?: string };

function useFieldIds(error: Common["error"], hint?: string) {
  const id = useId();
  const errorText = Array.isArray(error) ? error[0] : error;
  const describedBy = [errorText ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return { id, errorText, describedBy, a11y: { "aria-invalid": errorText ? true : undefined, "aria-describedby": describedBy } as const };
}

const controlClass = (invalid: boolean) =>
  cn("block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm", invalid ? "border-red-500" : "border-slate-300");

function Messages({ id, hint, errorText }: { id: string; hint?: string; errorText?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errorText ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {errorText}
        </p>
      ) : null}
    </>
  );
}

function Shell({ id, label, className, children }: { id: string; label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

export function Field({ label, error, hint, className, ...input }: React.InputHTMLAttributes<HTMLInputElement> & Common) {
  const { id, errorText, a11y } = useFieldIds(error, hint);
  return (
    <Shell id={id} label={label} className={className}>
      <input id={id} {...a11y} className={controlClass(!!errorText)} {...input} />
      <Messages id={id} hint={hint} errorText={errorText} />
    </Shell>
  );
}

/** A native select; options either as `options` or as `<option>` children. */
export function SelectField({
  label,
  error,
  hint,
  className,
  options,
  children,
  ...select
}: React.SelectHTMLAttributes<HTMLSelectElement> & Common & { options?: readonly { value: string; label: string }[] }) {
  const { id, errorText, a11y } = useFieldIds(error, hint);
  return (
    <Shell id={id} label={label} className={className}>
      <select id={id} {...a11y} className={controlClass(!!errorText)} {...select}>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
      <Messages id={id} hint={hint} errorText={errorText} />
    </Shell>
  );
}

export function TextareaField({ label, error, hint, className, ...textarea }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & Common) {
  const { id, errorText, a11y } = useFieldIds(error, hint);
  return (
    <Shell id={id} label={label} className={className}>
      <textarea id={id} rows={3} {...a11y} className={controlClass(!!errorText)} {...textarea} />
      <Messages id={id} hint={hint} errorText={errorText} />
    </Shell>
  );
}

/** A fieldset of checkboxes sharing one `name` (multi-select). */
export function CheckboxGroup({
  legend,
  name,
  options,
  defaultValue = [],
  error,
  className,
}: {
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: readonly string[];
  error?: string[] | string;
  className?: string;
}) {
  const { id, errorText, a11y } = useFieldIds(error);
  return (
    <fieldset className={cn("space-y-1", className)} {...a11y}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className={cn("grid gap-1 rounded-md border p-3 sm:grid-cols-2", errorText ? "border-red-500" : "border-slate-300")}>
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={defaultValue.includes(option.value)} className="mt-0.5" />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <Messages id={id} errorText={errorText} />
    </fieldset>
  );
}
