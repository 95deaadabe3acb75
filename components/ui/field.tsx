import { useId } from "react";
import { cn } from "./cn";

/**
 * A labelled input with its error next to it: `aria-invalid` and
 * `aria-describedby` tie the message to the field.
 */
export function Field({
  label,
  error,
  hint,
  className,
  ...input
}: React.InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string[] | string; hint?: string }) {
  const id = useId();
  const errorText = Array.isArray(error) ? error[0] : error;
  const describedBy = [errorText ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={errorText ? true : undefined}
        aria-describedby={describedBy}
        className={cn(
          "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm",
          errorText ? "border-red-500" : "border-slate-300",
        )}
        {...input}
      />
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
    </div>
  );
}
