"use client";
import { useRouter } from "next/navigation";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { createDocumentAction } from "@/lib/features/documents/actions";

/** «Создать» for a missing document; with `factors`, a choice of factor for an optional anti-risk programme. */
export function CreateDocumentButton({
  cycleSchoolId,
  kind,
  riskFactorId,
  factors,
  label = "Создать",
  basePath,
}: {
  cycleSchoolId: string;
  kind: DocumentKind;
  riskFactorId?: string;
  factors?: Array<{ id: string; code: number; title: string; significance: string | null }>;
  label?: string;
  basePath: string;
}) {
  const router = useRouter();
  const id = useId();
  const { executeAsync, result, isPending } = useCreateAction(createDocumentAction);
  const error = result.serverError?.message ?? result.validationErrors?.formErrors?.[0] ?? result.validationErrors?.fieldErrors?.riskFactorId?.[0];
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const chosen = factors ? String(new FormData(e.currentTarget).get("riskFactorId") ?? "") : riskFactorId;
        const r = await executeAsync({ cycleSchoolId, kind, ...(chosen ? { riskFactorId: chosen } : {}) });
        if (r?.data) router.push(`${basePath}/${r.data.documentId}`);
      }}
    >
      {factors ? (
        <div className="space-y-1">
          <label htmlFor={id} className="block text-sm font-medium text-slate-800">
            Фактор риска
          </label>
          <select id={id} name="riskFactorId" className="block max-w-xl rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" defaultValue="">
            <option value="">— выберите фактор —</option>
            {factors.map((f) => (
              <option key={f.id} value={f.id}>
                {f.code}. {f.title}
                {f.significance ? ` (${f.significance})` : ""}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {label}
      </Button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
