import "server-only";
import { forbidden } from "next/navigation";
import { can, type Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import { getDb } from "@/lib/db/client";
import { getCurrentCycle } from "@/lib/features/cycles/queries";
import { KIND_SPECS } from "./kinds";
import { IMPORT_KINDS } from "./schemas";

/** /imports: the kinds (without their schemas, for the client), the open cycles in scope and the current one. */
export async function getImportPage(actor: Actor) {
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
  return { kinds, cycles, defaultCycleId };
}

export type ImportPageData = Awaited<ReturnType<typeof getImportPage>>;
