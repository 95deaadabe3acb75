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

/**
 * Files of approved reports, by content hash: a snapshot never changes, and a
 * municipal report takes seconds to render while it is downloaded again and
 * again (printer, region, archive). A few per instance; drafts never cached.
 */
const approvedFiles = new Map<string, Buffer>();
const APPROVED_FILES_MAX = 8;

async function cached(hash: string | null | undefined, key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  if (!hash) return render();
  const id = `${hash}:${key}`;
  const hit = approvedFiles.get(id);
  if (hit) return hit;
  const bytes = await render();
  approvedFiles.set(id, bytes);
  if (approvedFiles.size > APPROVED_FILES_MAX) approvedFiles.delete(approvedFiles.keys().next().value!);
  return bytes;
}

const approvedHash = (view: ReportView) => (view.report?.status === "approved" ? view.report.contentHash : null);

/** The report of a view as .docx (from the snapshot once approved). */
export async function reportDocxResponse(view: ReportView): Promise<Response> {
  const document = view.document;
  if (!document) throw new AppError("NOT_FOUND", "Аналитическая справка по этому циклу ещё не сформирована.");
  return docxResponse(reportFilename(document), await cached(approvedHash(view), "report", () => renderReportDocx(document)));
}

/** The order of a view as .docx («ПРОЕКТ» until the report is approved). */
export async function orderDocxResponse(view: ReportView): Promise<Response> {
  const order = view.order;
  if (!view.report || !order) throw new AppError("NOT_FOUND", "Приказ об утверждении аналитической справки ещё не подготовлен.");
  const draft = view.report.status !== "approved";
  return docxResponse(orderFilename(order.document, draft, view.cycle.year), await cached(approvedHash(view), "order", () => renderOrderDocx(order.document, { draft })));
}
