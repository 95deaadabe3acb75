import "server-only";
import { AppError } from "@/lib/errors";
import { asciiFilename } from "@/lib/features/exports/workbook";
import { renderOrderDocx, renderReportDocx, orderFilename, reportFilename } from "./docx";
import type { ReportView } from "./view";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** RFC 5987 value: percent-encoded UTF-8, also escaping the characters `encodeURIComponent` keeps that are not attr-chars. */
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A .docx download: attachment with an ASCII fallback and the UTF-8 name, never sniffed or cached. */
export function docxResponse(filename: string, bytes: Uint8Array): Response {
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": DOCX_MIME,
      "Content-Disposition": `attachment; filename="${asciiFilename(filename)}"; filename*=UTF-8''${rfc5987(filename)}`,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

/** The report of a view as .docx (from the snapshot once approved). */
export async function reportDocxResponse(view: ReportView): Promise<Response> {
  if (!view.document) throw new AppError("NOT_FOUND", "Аналитическая справка по этому циклу ещё не сформирована.");
  return docxResponse(reportFilename(view.document), await renderReportDocx(view.document));
}

/** The order of a view as .docx («ПРОЕКТ» until the report is approved). */
export async function orderDocxResponse(view: ReportView): Promise<Response> {
  if (!view.report || !view.order) throw new AppError("NOT_FOUND", "Приказ об утверждении аналитической справки ещё не подготовлен.");
  const draft = view.report.status !== "approved";
  return docxResponse(orderFilename(view.order.document, draft, view.cycle.year), await renderOrderDocx(view.order.document, { draft }));
}
