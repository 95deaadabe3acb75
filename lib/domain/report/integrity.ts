/**
 * Re-verifying an approved report's content hash on every read (decision
 * 046): the snapshot as stored must still hash to the `contentHash` written
 * at approval. The database refuses to change an approved report (a
 * trigger); this notices when someone went around it. Pure.
 */
import { contentHash } from "./canonical";
import { punctuateTasks } from "./defaults";

export type HashCheck =
  | { ok: true; hash: string }
  /** `snapshot`: the snapshot does not hash to the stored hash; `approval`: the stored hash is not the one audited at approval. */
  | { ok: false; reason: "snapshot" | "approval"; stored: string | null; computed: string };

/**
 * Recomputes sha256(canonicalJson(snapshot)) and compares it with the stored
 * hash (a missing hash never matches) and with the hashes the audit log
 * recorded when the report was approved (`approved`, usually one): a row
 * rewritten consistently — snapshot and hash together — still differs from
 * the append-only log.
 */
export function verifyContentHash(snapshot: unknown, stored: string | null | undefined, approved: readonly string[] = []): HashCheck {
  const computed = contentHash(snapshot ?? null);
  if (!stored || stored.toLowerCase() !== computed) return { ok: false, reason: "snapshot", stored: stored ?? null, computed };
  if (approved.some((hash) => hash.toLowerCase() !== computed)) return { ok: false, reason: "approval", stored, computed };
  return { ok: true, hash: computed };
}

/** The page's banner when the check fails. */
export const INTEGRITY_MISMATCH_MESSAGE = "Контрольная сумма утверждённой справки не совпадает: документ мог быть изменён в базе данных";

/** What the banner adds: what is withheld and what to do. */
export const INTEGRITY_MISMATCH_HINT =
  "Справка и приказ не показываются и не выгружаются. Событие записано в журнал; обратитесь к администратору системы, чтобы восстановить документ из резервной копии.";

/** The .docx download's refusal (409). */
export const INTEGRITY_DOWNLOAD_REFUSAL = `${INTEGRITY_MISMATCH_MESSAGE}. Скачать файл нельзя; обратитесь к администратору системы.`;

/**
 * Whether the tasks kept in the report's narrative column (what next year's
 * roadmap takes as its tasks) are the ones section V of the approved
 * snapshot shows. The snapshot is covered by the hash; the narrative column
 * is not, so the roadmap reads it only while the two agree.
 */
export function tasksMatchSnapshot(tasks: readonly string[], snapshot: unknown): boolean {
  const sections = (snapshot as { document?: { sections?: unknown } } | null)?.document?.sections;
  if (!Array.isArray(sections)) return false;
  const section = sections.find((s): s is { blocks: unknown[] } => !!s && (s as { key?: unknown }).key === "tasks" && Array.isArray((s as { blocks?: unknown }).blocks));
  if (!section) return false;
  const list = section.blocks.find((b): b is { items: unknown[] } => !!b && (b as { type?: unknown }).type === "list" && Array.isArray((b as { items?: unknown }).items));
  const expected = punctuateTasks(tasks.map((t) => t.trim()).filter((t) => t.length > 0));
  const shown = list?.items ?? [];
  return shown.length === expected.length && shown.every((item, i) => item === expected[i]);
}

/** Next year's roadmap refuses to start from a report that failed either check. */
export const INTEGRITY_CARRY_REFUSAL = `${INTEGRITY_MISMATCH_MESSAGE}. Дорожную карту на следующий год из неё создать нельзя; обратитесь к администратору системы.`;
