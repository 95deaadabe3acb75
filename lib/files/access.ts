/**
 * Row scope for stored files: a file is readable when the actor uploaded it,
 * or when it is attached to something the actor may read (a measure's
 * evidence, an ИОМ activity's evidence, a practice, a mutual-expertise pair).
 */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { scope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/db/generated/client";

export function fileScope(actor: Actor): Prisma.StoredFileWhereInput {
  return {
    OR: [
      { uploadedById: actor.userId },
      { evidence: { some: { measure: scope.measure(actor, "measure:read") } } },
      { evidence: { some: { iomActivity: { iom: scope.iom(actor, "iom:read") } } } },
      { practices: { some: { practice: scope.practice(actor, "practice:read") } } },
      { mutualPairs: { some: scope.mutualPair(actor, "document:read") } },
    ],
  };
}
