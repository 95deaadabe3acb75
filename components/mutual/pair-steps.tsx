"use client";
import { useState } from "react";
import { useAction } from "next-safe-action/hooks";
import { useCreateAction } from "@/components/ui/use-create-action";
import { FileUpload } from "@/components/files/file-upload";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { MutualPairStatus } from "@/lib/db/generated/enums";
import { markMutualStepAction, uploadMutualProtocolAction } from "@/lib/features/mutual/actions";
import type { UploadedFile } from "@/lib/files/upload-types";

/** The school's next step: mark the exchange, the meeting, or upload the final protocol. */
export function PairSteps({ pair }: { pair: { id: string; version: number; status: MutualPairStatus } }) {
  const mark = useAction(markMutualStepAction);
  const upload = useCreateAction(uploadMutualProtocolAction);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const error = mark.result.serverError?.message ?? upload.result.serverError?.message;
  return (
    <div className="space-y-3">
      {pair.status === "paired" ? (
        <Button disabled={mark.isPending} onClick={() => mark.execute({ pairId: pair.id, version: pair.version, step: "exchange" })}>
          Обмен документами выполнен
        </Button>
      ) : null}
      {pair.status === "exchanged" ? (
        <Button disabled={mark.isPending} onClick={() => mark.execute({ pairId: pair.id, version: pair.version, step: "meet" })}>
          Встреча проведена
        </Button>
      ) : null}
      {pair.status === "met" ? (
        <form
          noValidate
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            upload.execute({ pairId: pair.id, version: pair.version, fileId: files[0]?.id ?? "" });
          }}
        >
          <FileUpload label="Итоговый протокол взаимоэкспертизы" value={files} onChange={setFiles} multiple={false} error={upload.result.validationErrors?.fieldErrors.fileId?.[0]} />
          <Button type="submit" disabled={upload.isPending}>
            Загрузить протокол
          </Button>
        </form>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
