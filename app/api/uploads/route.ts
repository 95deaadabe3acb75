import { saveUpload } from "@/lib/files/upload";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/files/policy";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Multipart overhead allowed on top of the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * POST multipart `file` → `{ id, name, size, mimeType }`. A body larger than
 * the limit is answered 413 from its Content-Length, before it is read.
 */
export const POST = route({ name: "file.upload", permission: "profile:own" }, async ({ actor, request }) => {
  const length = Number(request.headers.get("content-length") ?? "NaN");
  if (!Number.isFinite(length) || length > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
    const tooLarge = Number.isFinite(length);
    return Response.json(
      { error: { code: tooLarge ? "PAYLOAD_TOO_LARGE" : "LENGTH_REQUIRED", message: tooLarge ? UPLOAD_MESSAGES.tooLarge : "Не указан размер запроса." } },
      { status: tooLarge ? 413 : 411 },
    );
  }
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION", UPLOAD_MESSAGES.missing);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const saved = await saveUpload(actor, file.name, bytes);
  return Response.json(saved, { status: 201 });
});
