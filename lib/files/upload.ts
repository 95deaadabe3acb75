/**
 * Accepting an upload: detect the type from the bytes, store them under a
 * server-generated key, and record a StoredFile with its audit row. Files are
 * attached to a measure, an ИОМ activity or a practice by the feature's own
 * action (`claimFiles`), which checks that the actor uploaded them and that
 * they are not attached elsewhere.
 */
import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { mutate } from "@/lib/actions/mutate";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { AppError, outOfScope } from "@/lib/errors";
import { isAllowedMime, MAX_UPLOAD_BYTES, sanitizeFileName, UPLOAD_MESSAGES } from "./policy";
import { newStorageKey, storage } from "./storage";

export type { UploadedFile } from "./upload-types";
import type { UploadedFile } from "./upload-types";

/** The content's real type, or an AppError with a Russian message. */
export async function checkUpload(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw new AppError("VALIDATION", UPLOAD_MESSAGES.empty);
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new AppError("VALIDATION", UPLOAD_MESSAGES.tooLarge);
  const detected = await fileTypeFromBuffer(bytes);
  if (!isAllowedMime(detected?.mime)) throw new AppError("VALIDATION", UPLOAD_MESSAGES.badType);
  return detected.mime;
}

export async function saveUpload(actor: Actor, originalName: string, bytes: Uint8Array): Promise<UploadedFile> {
  const mimeType = await checkUpload(bytes);
  const storageKey = newStorageKey();
  await storage().put(storageKey, bytes);
  try {
    return await mutate(actor, { name: "file.upload", permission: "profile:own" }, async (tx, audit) => {
      const file = await tx.storedFile.create({
        data: {
          storageKey,
          originalName: sanitizeFileName(originalName),
          mimeType,
          size: bytes.byteLength,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          uploadedById: actor.userId,
        },
      });
      await audit({ entityType: "StoredFile", entityId: file.id, after: { name: file.originalName, mimeType, size: file.size } });
      return { id: file.id, name: file.originalName, size: file.size, mimeType };
    });
  } catch (error) {
    await storage().delete(storageKey);
    throw error;
  }
}

/** What the form shows when a file cannot be attached (unknown, someone else's, or already attached). */
export const FILE_UNAVAILABLE = "Файл не найден или уже прикреплён. Загрузите его заново.";

/**
 * Inside a feature's transaction: the given files must have been uploaded by
 * the actor and not be attached anywhere yet. Returns them for the caller to
 * link (Evidence, PracticeFile, …). Another user's upload is out of the
 * actor's scope like any record by a swapped id: a 404, audited as a denial
 * (no such file is the same answer); one's own upload that is attached
 * already is a validation error. The form shows the same message for both.
 */
export async function claimFiles(tx: Tx, actor: Actor, fileIds: readonly string[]) {
  if (fileIds.length === 0) return [];
  const ids = [...new Set(fileIds)];
  const files = await tx.storedFile.findMany({
    where: { id: { in: ids }, uploadedById: actor.userId },
    select: { id: true, originalName: true, mimeType: true, size: true, _count: { select: { evidence: true, practices: true, mutualPairs: true } } },
  });
  const missing = ids.find((id) => !files.some((file) => file.id === id));
  if (missing !== undefined) throw outOfScope("StoredFile", missing, FILE_UNAVAILABLE);
  if (files.some(({ _count: c }) => c.evidence + c.practices + c.mutualPairs > 0)) throw new AppError("VALIDATION", FILE_UNAVAILABLE);
  return files.map(({ _count, ...file }) => file);
}
