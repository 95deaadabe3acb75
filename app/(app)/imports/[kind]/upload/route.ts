import { handleImportRequest } from "@/lib/features/imports/http";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** POST multipart `file` ?cycleId=…&dryRun=true|false → the import result (200, or 422 with the errors). */
export const POST = route<{ kind: string }>({ name: "import.run", permission: "import:run" }, ({ actor, request, params }) =>
  handleImportRequest(actor, request, params.kind),
);
