import { getHistory } from "@/lib/features/history/queries";
import { fieldLabel } from "@/lib/features/history/labels";
import { formatDateTime } from "@/lib/i18n/dates";

/**
 * «История изменений» of one record, collapsible. Self-contained: it reads
 * the audit log itself. The page rendering it must already have loaded the
 * record through its scope (see getHistory).
 *
 *   <HistoryList entityType="ProgramDocument" entityId={doc.id} />
 */
export async function HistoryList({
  entityType,
  entityId,
  open = false,
  includeParts = false,
}: {
  entityType: string;
  entityId: string;
  open?: boolean;
  /** Also the changes of the record's tasks and measures (audit rows with `meta.documentId`). */
  includeParts?: boolean;
}) {
  const entries = await getHistory(entityType, entityId, { includeParts });
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 print:border-0 print:p-0" open={open} data-testid="history">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">
        История изменений <span className="font-normal text-slate-500">({entries.length})</span>
      </summary>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">Изменений пока не было.</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} className="border-l-2 border-brand-100 pl-3 text-sm">
              <div className="flex flex-wrap gap-x-2">
                <time dateTime={entry.at.toISOString()} className="text-slate-500">
                  {formatDateTime(entry.at)}
                </time>
                <span className="font-medium text-slate-900">{entry.actionLabel}</span>
              </div>
              <div className="text-slate-600">
                {entry.actorName}
                {entry.roleLabel ? ` · ${entry.roleLabel}` : null}
              </div>
              {entry.changes.length > 0 ? (
                <ul className="mt-1 space-y-0.5 text-slate-700">
                  {entry.changes.map((change) => (
                    <li key={change.key}>
                      <span className="text-slate-500">{fieldLabel(change.key)}:</span>{" "}
                      <del className="text-red-800 no-underline line-through decoration-red-300">{change.before}</del> →{" "}
                      <ins className="text-emerald-800 no-underline">{change.after}</ins>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
