"use client";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitDocumentAction } from "@/lib/features/documents/actions";
import { useDocumentVersion } from "./version-context";

/** «Отправить на экспертизу»: the completeness check runs on the server and lists what is missing. */
export function SubmitPanel({ documentId }: { documentId: string }) {
  const { version, setVersion } = useDocumentVersion();
  const { execute, result, isPending } = useAction(submitDocumentAction, { onSuccess: ({ data }) => data?.ok && setVersion(data.version) });
  // The list belongs to the version it was checked on: once a block is saved it may be out of date.
  const [checkedVersion, setCheckedVersion] = useState<number | null>(null);
  const problems = result.data && !result.data.ok && checkedVersion === version ? result.data.problems : [];
  return (
    <div className="space-y-3">
      <Button disabled={isPending} onClick={() => {
          setCheckedVersion(version);
          execute({ documentId, version });
        }}>
        Отправить на экспертизу
      </Button>
      {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
      {result.data?.ok ? <Alert tone="success">Документ отправлен куратору на экспертизу (редакция {result.data.revision}).</Alert> : null}
      {problems.length > 0 ? (
        <Alert tone="error">
          <p className="font-medium">Документ нельзя отправить: заполните недостающее.</p>
          <ul className="mt-2 list-disc space-y-1 pl-5" aria-label="Чего не хватает">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
