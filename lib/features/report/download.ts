import "server-only";
import { INTEGRITY_DOWNLOAD_REFUSAL } from "@/lib/domain/report/integrity";
import { AppError } from "@/lib/errors";
import { asciiFilename } from "@/lib/features/exports/workbook";
import { rfc5987 } from "@/lib/http/content-disposition";
import { renderOrderDocx, renderReportDocx, orderFilename, reportFilename } from "./docx";
import type { ReportView } from "./view";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

/**
 * The verified content hash of an approved report (the cache key and the
 * line at the end of its files), null for a draft; a 409 when the snapshot
 * failed the check (getReportView has logged and audited it).
 */
function approvedHash(view: ReportView): string | null {
  if (!view.integrity) return null;
  if (!view.integrity.ok) throw new AppError("CONFLICT", INTEGRITY_DOWNLOAD_REFUSAL);
  return view.integrity.hash;
}

/** The report of a view as .docx (from the snapshot once approved, with its content hash at the end). */
export async function reportDocxResponse(view: ReportView): Promise<Response> {
  const hash = approvedHash(view);
  const document = view.document;
  if (!document) throw new AppError("NOT_FOUND", "Аналитическая справка по этому циклу ещё не сформирована.");
  return docxResponse(reportFilename(document), await cached(hash, "report", () => renderReportDocx(document, { contentHash: hash })));
}

/** The order of a view as .docx («ПРОЕКТ» until the report is approved; then with the report's content hash at the end). */
export async function orderDocxResponse(view: ReportView): Promise<Response> {
  const hash = approvedHash(view);
  const order = view.order;
  if (!view.report || !order) throw new AppError("NOT_FOUND", "Приказ об утверждении аналитической справки ещё не подготовлен.");
  const draft = view.report.status !== "approved";
  return docxResponse(orderFilename(order.document, draft, view.cycle.year), await cached(hash, "order", () => renderOrderDocx(order.document, { draft, contentHash: hash })));
}
