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
import { AppError } from "@/lib/errors";
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

/**
 * Inside a feature's transaction: the given files must have been uploaded by
 * the actor and not be attached anywhere yet. Returns them for the caller to
 * link (Evidence, PracticeFile, …).
 */
export async function claimFiles(tx: Tx, actor: Actor, fileIds: readonly string[]) {
  if (fileIds.length === 0) return [];
  const files = await tx.storedFile.findMany({
    where: {
      id: { in: [...fileIds] },
      uploadedById: actor.userId,
      evidence: { none: {} },
      practices: { none: {} },
      mutualPairs: { none: {} },
    },
    select: { id: true, originalName: true, mimeType: true, size: true },
  });
  if (files.length !== new Set(fileIds).size) {
    throw new AppError("VALIDATION", "Файл не найден или уже прикреплён. Загрузите его заново.");
  }
  return files;
}
