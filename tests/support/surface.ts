/**
 * The app's request surface as the matrix tests see it (decision 050): every
 * server action (every export of a "use server" module) and every route
 * handler (every HTTP-method export of an app/**\/route.ts), found on disk,
 * never listed by hand — so a new one is covered, or fails, without editing
 * a test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ApiRouteHandler } from "@/lib/api/handler";
import { actionRequirement, type ActionMetadata } from "@/lib/actions/safe-action";
import type { Permission } from "@/lib/auth/permissions";
import type { RouteMeta } from "@/lib/http/route";

const ROOT = process.cwd();

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** A "use server" directive on a line of its own (module-level or inline). */
const USE_SERVER = /^\s*["']use server["'];?\s*$/m;

/** Source files that declare server actions, with whether the directive is the module's first statement. */
export function serverActionFiles(): Array<{ file: string; moduleLevel: boolean }> {
  const files = [...walk(path.join(ROOT, "lib")), ...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "components"))];
  return files
    .filter((file) => USE_SERVER.test(readFileSync(file, "utf8")))
    .map((file) => ({ file: rel(file), moduleLevel: /^\s*["']use server["']/.test(readFileSync(file, "utf8")) }));
}

export type ServerAction = {
  file: string;
  exportName: string;
  action: (input?: unknown) => Promise<unknown>;
  requirement: ActionMetadata | "public" | undefined;
};

export async function serverActions(): Promise<ServerAction[]> {
  const out: ServerAction[] = [];
  for (const { file } of serverActionFiles()) {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      out.push({ file, exportName, action: value as ServerAction["action"], requirement: actionRequirement(value) });
    }
  }
  return out;
}

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/**
 * How a route handler is guarded: `session` (lib/http/route.ts: cookie,
 * 401 → 403 from `meta.permission`), `token` (lib/api/handler.ts: bearer
 * token, permission from the endpoint; null = public) or `unguarded` (no
 * wrapper: the test names these few explicitly).
 */
export type RouteHandler = {
  file: string;
  /** The URL path with `[param]` segments, e.g. /api/files/[id]. */
  urlPath: string;
  method: (typeof HTTP_METHODS)[number];
  handler: (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
  guard: { kind: "session"; name: string; permission: Permission } | { kind: "token"; name: string; permission: Permission | null } | { kind: "unguarded" };
};

export async function routeHandlers(): Promise<RouteHandler[]> {
  const out: RouteHandler[] = [];
  for (const full of walk(path.join(ROOT, "app")).filter((f) => /[\\/]route\.tsx?$/.test(f))) {
    const file = rel(full);
    const urlPath =
      "/" +
      file
        .replace(/^app\//, "")
        .replace(/\/route\.tsx?$/, "")
        .split("/")
        .filter((segment) => !/^\(.*\)$/.test(segment))
        .join("/");
    const mod = (await import(full)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (typeof handler !== "function") continue;
      const meta = (handler as { meta?: RouteMeta }).meta;
      const endpoint = (handler as Partial<ApiRouteHandler>).endpoint;
      const guard: RouteHandler["guard"] = meta
        ? { kind: "session", name: meta.name, permission: meta.permission }
        : endpoint
          ? { kind: "token", name: endpoint.name, permission: endpoint.permission }
          : { kind: "unguarded" };
      out.push({ file, urlPath, method, handler: handler as RouteHandler["handler"], guard });
    }
  }
  return out;
}
