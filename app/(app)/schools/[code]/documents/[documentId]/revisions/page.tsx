import type { Metadata } from "next";
import Link from "next/link";
import { RevisionDiff } from "@/components/documents/revision-diff";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { diffSnapshots } from "@/lib/domain/documents/diff";
import { getDocumentRevisions } from "@/lib/features/documents/queries";
import { revisionCompareSchema } from "@/lib/features/documents/schemas";
import { formatDateTime } from "@/lib/i18n/dates";

export const metadata: Metadata = { title: "Редакции документа" };

export default async function RevisionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string; documentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ code, documentId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const data = await getDocumentRevisions(actor, decodeURIComponent(code), documentId);
  const numbers = data.revisions.map((r) => r.number);
  const parsed = revisionCompareSchema.parse(query);
  // Default: the two latest revisions (older → newer).
  const b = parsed.b && numbers.includes(parsed.b) ? parsed.b : numbers[0];
  const a = parsed.a && numbers.includes(parsed.a) ? parsed.a : numbers.find((n) => b !== undefined && n < b);
  const older = data.revisions.find((r) => r.number === a);
  const newer = data.revisions.find((r) => r.number === b);
  const docPath = `/schools/${encodeURIComponent(data.school.code)}/documents/${data.document.id}`;

  return (
    <div className="space-y-6">
      <nav aria-label="Навигация по документу" className="text-sm">
        <Link href={docPath} className="text-brand-700 underline">
          ← К документу
        </Link>
      </nav>
      <PageHeader title="Редакции документа" description={`${data.document.title} · ${data.school.shortName}`} />
      {data.revisions.length === 0 ? (
        <EmptyState title="Документ ещё не отправлялся на экспертизу">Каждая отправка сохраняет редакцию; здесь можно будет сравнить две редакции.</EmptyState>
      ) : (
        <>
          <Table caption="Отправленные редакции">
            <thead>
              <tr>
                <Th>Редакция</Th>
                <Th>Отправлена</Th>
                <Th>Кем</Th>
                <Th>Задач / мероприятий</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.revisions.map((r) => (
                <tr key={r.number}>
                  <Td>{r.number}</Td>
                  <Td>{formatDateTime(r.submittedAt)}</Td>
                  <Td>{r.submittedBy}</Td>
                  <Td>
                    {r.snapshot.tasks.length} / {r.snapshot.tasks.reduce((s, t) => s + t.measures.length, 0)}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {data.revisions.length > 1 ? (
            <Card aria-labelledby="compare">
              <CardTitle id="compare">Сравнение редакций</CardTitle>
              <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
                <label className="text-sm">
                  <span className="block font-medium">Было (редакция)</span>
                  <select name="a" defaultValue={a} className="rounded-md border border-slate-300 px-3 py-2">
                    {numbers.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="text-sm">
                  <span className="block font-medium">Стало (редакция)</span>
                  <select name="b" defaultValue={b} className="rounded-md border border-slate-300 px-3 py-2">
                    {numbers.map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </label>
                <Button type="submit" variant="secondary">
                  Сравнить
                </Button>
              </form>
              {older && newer ? (
                <>
                  <p className="mb-3 text-sm text-slate-600">
                    Изменения от редакции {older.number} к редакции {newer.number}
                  </p>
                  <RevisionDiff entries={diffSnapshots(older.snapshot, newer.snapshot)} />
                </>
              ) : (
                <p className="text-sm text-slate-600">Выберите две разные редакции.</p>
              )}
            </Card>
          ) : (
            <p className="text-sm text-slate-600">Пока есть только одна редакция: сравнивать не с чем.</p>
          )}
        </>
      )}
    </div>
  );
}
