/**
 * The page route handlers of the exports (`/events/export`, …): each is one
 * call of `exportRoute`, built on `route()` (401 → 403 → handler), which
 * answers `buildExport`'s file with the download headers.
 */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { route } from "@/lib/http/route";
import { buildExport, EXPORT_PERMISSIONS, type ExportRegister } from "./registry";
import { xlsxResponse } from "./workbook";

type Ctx<P> = { actor: Actor; params: P; query: URLSearchParams };

/** `toInput` maps the page URL (params, search params) onto the registry's `{ cycleId, query }`. */
export function exportRoute<P = Record<string, string>>(register: ExportRegister, toInput: (ctx: Ctx<P>) => Promise<{ cycleId: string; query: URLSearchParams }>) {
  return route<P>({ name: `export.${register}`, permission: EXPORT_PERMISSIONS[register] }, async ({ actor, request, params }) => {
    const query = new URL(request.url).searchParams;
    const { filename, bytes } = await buildExport(actor, register, await toInput({ actor, params, query }));
    return xlsxResponse(filename, bytes);
  });
}

/** The cycle of a page without one in its path: `?cycle=` as on the page, else the actor's current cycle. */
export async function pageCycleId(actor: Actor, query: URLSearchParams): Promise<string> {
  const asked = query.get("cycle")?.trim();
  if (asked) return asked;
  const current = await getCurrentCycle(actor);
  if (!current) throw new AppError("NOT_FOUND", "Цикл дорожной карты ещё не открыт.");
  return current.id;
}
