/**
 * The HTTP side of an import, shared by the page's route handler and the
 * REST API: `POST …?cycleId=…&dryRun=true|false` with multipart field
 * `file` → 200 `{kind, rows, created, updated, errors: []}` or 422 with the
 * errors and nothing written. A body over the limit is answered 413 from
 * its Content-Length before it is read (as /api/uploads does).
 */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { UPLOAD_MESSAGES } from "@/lib/files/policy";
import { MAX_IMPORT_BYTES, READ_MESSAGES } from "./read";
import { isImportKind, runImport } from "./run";

const ENVELOPE_BYTES = 64 * 1024;

/**
 * `rejectStatus`: the REST API answers a file with errors 422 (the default);
 * the /imports page's own endpoint answers 200, since a preview that finds
 * errors is a successful check (the browser would log a 422 as an error).
 */
export async function handleImportRequest(actor: Actor, request: Request, kind: string, options: { rejectStatus?: 200 | 422 } = {}): Promise<Response> {
  if (!isImportKind(kind)) throw new AppError("NOT_FOUND", "Неизвестный вид загрузки.");
  const length = Number(request.headers.get("content-length") ?? "NaN");
  if (!Number.isFinite(length) || length > MAX_IMPORT_BYTES + ENVELOPE_BYTES) {
    const tooLarge = Number.isFinite(length);
    return Response.json(
      { error: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "LENGTH_REQUIRED", message: tooLarge ? READ_MESSAGES.tooLarge : "Не указан размер запроса." } },
      { status: tooLarge ? 413 : 411 },
    );
  }
  const url = new URL(request.url);
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION", UPLOAD_MESSAGES.missing);
  const result = await runImport(actor, {
    kind,
    cycleId: url.searchParams.get("cycleId") || undefined,
    dryRun: url.searchParams.get("dryRun") !== "false",
    file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
  });
  return Response.json(result, { status: result.errors.length ? (options.rejectStatus ?? 422) : 200, headers: { "Cache-Control": "no-store" } });
}
