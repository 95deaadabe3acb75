import { AppError } from "@/lib/errors";
import { isImportKind } from "@/lib/features/imports/schemas";
import { templateCsv, templateFileName, templateWorkbook } from "@/lib/features/imports/template";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const TYPES = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" } as const;

/** GET ?format=xlsx|csv → the kind's template (Russian headers, an example row, «Справка»). */
export const GET = route<{ kind: string }>({ name: "import.template", permission: "import:run" }, async ({ request, params }) => {
  if (!isImportKind(params.kind)) throw new AppError("NOT_FOUND", "Неизвестный вид загрузки.");
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const bytes = format === "csv" ? templateCsv(params.kind) : new Uint8Array(await templateWorkbook(params.kind));
  const name = templateFileName(params.kind, format);
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.russian)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
