/**
 * Integration tests run domain code and server actions outside a Next.js
 * request. Only the framework edges are replaced — never the database:
 * - `@/lib/auth/auth` (next-auth needs a request): the session is whatever
 *   `signInAs()` set;
 * - `next/cache` revalidation is a no-op;
 * - `next/navigation`'s redirect/notFound/forbidden throw recognisable errors.
 */
import { vi } from "vitest";

type TestSession = { uid: string; sv: number; authAt: number } | null;
const state = globalThis as { __oporaTestSession?: TestSession };

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => state.__oporaTestSession ?? null,
  signIn: async () => undefined,
  signOut: async () => {
    state.__oporaTestSession = null;
  },
  handlers: {},
}));

vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
}));

vi.mock("next/navigation", () => {
  const fail = (digest: string) => () => {
    const error = new Error(digest) as Error & { digest: string };
    error.digest = digest;
    throw error;
  };
  return {
    redirect: (url: string) => fail(`NEXT_REDIRECT;replace;${url};307;`)(),
    notFound: fail("NEXT_HTTP_ERROR_FALLBACK;404"),
    forbidden: fail("NEXT_HTTP_ERROR_FALLBACK;403"),
    unauthorized: fail("NEXT_HTTP_ERROR_FALLBACK;401"),
  };
});
