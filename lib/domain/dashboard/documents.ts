/**
 * Documents confirmed, overall and by kind. Pure: no I/O.
 */
import type { DocumentKind, DocumentStatus } from "@/lib/db/generated/enums";
import { shareOf } from "./share";

export const DOCUMENT_KINDS = ["concept", "medium_term_program", "anti_risk_program"] as const satisfies readonly DocumentKind[];

export type DocumentShare = { total: number; confirmed: number; percent: number | null };
export type DocumentShares = DocumentShare & { byKind: Array<DocumentShare & { kind: DocumentKind }> };

/** From rows grouped by kind and status; every kind present (zeros when none), in the canonical order. */
export function documentShares(groups: ReadonlyArray<{ kind: DocumentKind; status: DocumentStatus; count: number }>): DocumentShares {
  const byKind = DOCUMENT_KINDS.map((kind) => {
    const rows = groups.filter((g) => g.kind === kind);
    const total = rows.reduce((n, g) => n + g.count, 0);
    const confirmed = rows.filter((g) => g.status === "confirmed").reduce((n, g) => n + g.count, 0);
    return { kind, total, confirmed, percent: shareOf(confirmed, total) };
  });
  const total = byKind.reduce((n, k) => n + k.total, 0);
  const confirmed = byKind.reduce((n, k) => n + k.confirmed, 0);
  return { total, confirmed, percent: shareOf(confirmed, total), byKind };
}
