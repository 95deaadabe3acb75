import { getDb } from "@/lib/db/client";
import { outOfScope } from "@/lib/errors";
import { fileScope } from "@/lib/files/access";
import { storage } from "@/lib/files/storage";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { NO_DOCUMENT_POLICY } from "@/lib/http/csp";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * Downloads a stored file the actor may read (404 otherwise). Always as an
 * attachment with `nosniff`, so nothing uploaded is ever rendered inline.
 */
export const GET = route<{ id: string }>({ name: "file.download", permission: "profile:own" }, async ({ actor, params }) => {
  const file = await getDb().storedFile.findFirst({
    where: { AND: [fileScope(actor), { id: params.id }] },
    select: { storageKey: true, originalName: true, mimeType: true, size: true },
  });
  if (!file) throw outOfScope("StoredFile", params.id);
  const bytes = await storage().get(file.storageKey);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": NO_DOCUMENT_POLICY,
    },
  });
});
