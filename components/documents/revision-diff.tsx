import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CHANGE_LABELS, type ChangeKind, type DiffEntry } from "@/lib/domain/documents/diff";
import { cn } from "@/components/ui/cn";

const TONE: Record<ChangeKind, BadgeTone> = { added: "success", removed: "danger", changed: "warning" };
const BORDER: Record<ChangeKind, string> = { added: "border-emerald-400 bg-emerald-50/40", removed: "border-red-400 bg-red-50/40", changed: "border-amber-400 bg-amber-50/40" };

/** The changes between two revisions, with colour and the text markers «добавлено / удалено / изменено». */
export function RevisionDiff({ entries }: { entries: DiffEntry[] }) {
  if (entries.length === 0) return <EmptyState title="Редакции не различаются" />;
  return (
    <ol className="space-y-3" aria-label="Изменения между редакциями">
      {entries.map((e, i) => (
        <li key={i} className={cn("rounded-md border-l-4 bg-white p-3 shadow-sm", BORDER[e.change])}>
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={TONE[e.change]}>{CHANGE_LABELS[e.change]}</Badge>
            <span className="font-medium">{e.path}</span>
            <span className="text-slate-700">«{e.title}»</span>
          </div>
          {e.fields.length > 0 ? (
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
              {e.fields.map((f) => (
                <div key={f.field} className="contents">
                  <dt className="text-slate-500">{f.field}</dt>
                  <dd>
                    {e.change !== "added" ? (
                      <del className="mr-2 bg-red-50 text-red-800" aria-label={`было: ${f.before ?? "пусто"}`}>
                        {f.before ?? "—"}
                      </del>
                    ) : null}
                    {e.change !== "removed" ? (
                      <ins className="bg-emerald-50 text-emerald-900 no-underline" aria-label={`стало: ${f.after ?? "пусто"}`}>
                        {f.after ?? "—"}
                      </ins>
                    ) : null}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
