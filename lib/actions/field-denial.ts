/**
 * A select field that names a record outside the actor's scope (another
 * municipality's school, a teacher who is not one's tutee, another
 * municipality's curator) is answered like an unknown id: the Russian field
 * error next to the control (decision 018), so the form stays usable and
 * nothing tells whether the record exists. It is still an authorization
 * failure and is audited as one (ASVS V16, decision 050).
 *
 * The action notes the denial with `noteFieldDenial` before it returns its
 * validation errors; the action client's middleware (`withFieldDenials`)
 * writes one `authz_denied` row per noted record after the action has ended,
 * i.e. after its transaction has rolled back — a row written inside it would
 * be rolled back with the change.
 */
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { auditDenial } from "@/lib/http/route";

type FieldDenial = { field: string; entityType: string; entityId: string };

const store = new AsyncLocalStorage<FieldDenial[]>();

/** Inside an action: `ids` given in `field` are not the actor's to name; audited when the action ends. */
export function noteFieldDenial(field: string, entityType: string, ids: readonly string[]): void {
  store.getStore()?.push(...ids.map((entityId) => ({ field, entityType, entityId })));
}

/** Runs the rest of the action, then audits what it noted (never throws: `auditDenial` logs its own failure). */
export async function withFieldDenials<T>(actor: Actor, action: string, run: () => Promise<T>): Promise<T> {
  const denials: FieldDenial[] = [];
  const result = await store.run(denials, run);
  for (const { field, entityType, entityId } of denials) {
    await auditDenial(actor, action, new AppError("VALIDATION", undefined, { denied: true, details: { entityType, entityId, field } }));
  }
  return result;
}
