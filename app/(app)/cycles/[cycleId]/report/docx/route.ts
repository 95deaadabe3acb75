import { reportDocxResponse } from "@/lib/features/report/download";
import { getReportViewOrThrow } from "@/lib/features/report/view";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET → the analytical report as .docx: the approved snapshot, or the draft as it reads now («ПРОЕКТ»). */
export const GET = route<{ cycleId: string }>({ name: "report.docx", permission: "report:read" }, async ({ actor, params }) =>
  reportDocxResponse(await getReportViewOrThrow(actor, params.cycleId, "report.docx")),
);
