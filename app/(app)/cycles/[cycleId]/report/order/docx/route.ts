import { orderDocxResponse } from "@/lib/features/report/download";
import { getReportViewOrThrow } from "@/lib/features/report/view";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET → the order approving the report as .docx («ПРОЕКТ» until the report is approved). */
export const GET = route<{ cycleId: string }>({ name: "report.order_docx", permission: "report:read" }, async ({ actor, params }) =>
  orderDocxResponse(await getReportViewOrThrow(actor, params.cycleId, "report.order_docx")),
);
