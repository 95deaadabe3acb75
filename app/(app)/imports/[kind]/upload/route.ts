import { handleImportRequest } from "@/lib/features/imports/http";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * The /imports page's endpoint: POST multipart `file` ?cycleId=…&dryRun=true|false →
 * 200 with the import result, its `errors` included (the REST API answers those 422).
 */
export const POST = route<{ kind: string }>({ name: "import.run", permission: "import:run" }, ({ actor, request, params }) =>
  handleImportRequest(actor, request, params.kind, { rejectStatus: 200 }),
);
