/** Calling the /api/v1 route handlers directly, with tokens made by the shared token function. */
import type { ApiRouteHandler } from "@/lib/api/handler";
import { writeAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/client";
import { issueApiToken } from "@/lib/features/api-tokens/issue";

/** A fresh token of the user with `email` (as `npm run token:create` makes it). */
export async function tokenFor(email: string, options: { expiresAt?: Date | null; name?: string } = {}): Promise<string> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const issued = await db.$transaction((tx) =>
    issueApiToken(tx, (entry) => writeAudit(tx, { ...entry, action: entry.action ?? "api_token.create", meta: { via: "test" } }), {
      userId: user.id,
      name: options.name ?? "Токен теста",
      expiresAt: options.expiresAt ?? null,
    }),
  );
  return issued.token;
}

/** GET through a route handler: `path` is the URL path under /api/v1 with its query. */
export async function apiGet(handler: ApiRouteHandler, path: string, params: Record<string, string> = {}, token?: string | null, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1${path}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as unknown) : null;
  return { status: response.status, body: body as any, headers: response.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const DEMO_EMAILS = {
  admin: "admin@opora.demo",
  coordinator: "coordinator@opora.demo",
  curator: "curator@opora.demo",
  school_admin: "school@opora.demo",
  teacher: "teacher@opora.demo",
  tutor: "tutor@opora.demo",
} as const;
export type DemoRole = keyof typeof DEMO_EMAILS;
export const DEMO_ROLES = Object.keys(DEMO_EMAILS) as DemoRole[];

export async function demoCycleId(): Promise<string> {
  const municipality = await getDb().municipality.findUniqueOrThrow({ where: { code: "armavir-demo" } });
  return (await getDb().cycle.findUniqueOrThrow({ where: { municipalityId_year: { municipalityId: municipality.id, year: 2025 } } })).id;
}
