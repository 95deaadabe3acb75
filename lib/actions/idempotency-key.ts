/**
 * The idempotency key of a form (shared by the browser and the server): every
 * create form sends a fresh UUID per render in the field `idempotencyKey`;
 * the server stores it with the result in the change's own transaction, so a
 * second submission of the same form (a double click, a retry after a lost
 * response) gets the first result back instead of creating a second record.
 * See lib/actions/idempotency.ts and components/ui/use-create-action.ts.
 */
export const IDEMPOTENCY_FIELD = "idempotencyKey";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** A random UUID v4; `crypto.randomUUID` is missing outside secure contexts (plain HTTP), `getRandomValues` is not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The input with the key added: objects get the field, FormData an entry; anything else goes as is. */
export function withIdempotencyKey<T>(input: T, key: string): T {
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    input.set(IDEMPOTENCY_FIELD, key);
    return input;
  }
  if (input && typeof input === "object" && !Array.isArray(input)) return { ...input, [IDEMPOTENCY_FIELD]: key };
  return input;
}
