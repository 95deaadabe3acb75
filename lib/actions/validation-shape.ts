/**
 * The "flattened" validation shape, keeping nested fields: `fieldErrors` is
 * keyed by dotted path («questions.0.options», «answers.<questionId>»), so
 * forms with lists show each message beside its own field.
 */
export type PathValidationErrors = { formErrors: string[]; fieldErrors: Record<string, string[]> };

type Node = { _errors?: string[] } & { [key: string]: unknown };

export function flattenByPath(errors: unknown): PathValidationErrors {
  const out: PathValidationErrors = { formErrors: [], fieldErrors: {} };
  const walk = (node: Node, path: string[]) => {
    if (node._errors?.length) {
      if (path.length === 0) out.formErrors.push(...node._errors);
      else out.fieldErrors[path.join(".")] = [...node._errors];
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "_errors" && child && typeof child === "object") walk(child as Node, [...path, key]);
    }
  };
  if (errors && typeof errors === "object") walk(errors as Node, []);
  return out;
}

/** The same shape from zod issues, for a form that checks before sending. */
export function issuesByPath(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Input-schema options for actions whose forms have nested fields (lists of questions, per-criterion scores). */
export const byPathErrors = { handleValidationErrorsShape: async (ve: unknown) => flattenByPath(ve) };

/** Dotted-key errors (from the domain rules) → the nested shape `returnValidationErrors` takes. */
export function toFormatted(errors: Record<string, string>): Node {
  const root: Node = { _errors: [] };
  for (const [key, message] of Object.entries(errors)) {
    let node = root;
    for (const part of key.split(".")) {
      node[part] ??= { _errors: [] };
      node = node[part] as Node;
    }
    node._errors = [...(node._errors ?? []), message];
  }
  return root;
}
