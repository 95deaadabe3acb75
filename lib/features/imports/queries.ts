import "server-only";
import { forbidden } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { KIND_SPECS } from "./kinds";
import { IMPORT_KINDS, isImportKind } from "./schemas";

/**
 * /imports: the kinds (without their schemas, for the client), the open
 * cycles in scope and the current one; `?kind=` preselects a kind (the
 * links from the pages whose data an import fills).
 */
export async function getImportPage(actor: Actor, requestedKind?: string) {
  if (!can(actor, "import:run")) forbidden();
  const [cycles, current] = await Promise.all([
    getDb().cycle.findMany({
      where: { AND: [scope.cycle(actor, "import:run"), { status: { not: "closed" } }] },
      orderBy: [{ year: "desc" }, { title: "asc" }],
      select: { id: true, title: true, municipality: { select: { name: true } } },
    }),
    getCurrentCycle(actor),
  ]);
  const kinds = IMPORT_KINDS.map((kind) => {
    const { title, description, cycle, key, columns } = KIND_SPECS[kind];
    return { kind, title, description, cycle, key, columns: columns.map((c) => ({ header: c.header, required: c.required })) };
  });
  const defaultCycleId = cycles.some((c) => c.id === current?.id) ? current!.id : (cycles[0]?.id ?? "");
  const defaultKind = requestedKind && isImportKind(requestedKind) ? requestedKind : IMPORT_KINDS[0];
  return { kinds, cycles, defaultCycleId, defaultKind };
}

export type ImportPageData = Awaited<ReturnType<typeof getImportPage>>;
