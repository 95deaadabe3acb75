/** The result of a block's save: the server error (conflict, transition) or the form-level errors. */
export function ActionFeedback({ serverError, formErrors, saved }: { serverError?: string; formErrors?: string[]; saved?: boolean }) {
  if (serverError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {serverError}
      </p>
    );
  }
  if (formErrors && formErrors.length > 0) {
    return (
      <p role="alert" className="text-sm text-red-700">
        {formErrors.join(" ")}
      </p>
    );
  }
  return saved ? (
    <p role="status" className="text-sm text-emerald-700">
      Сохранено
    </p>
  ) : null;
}
