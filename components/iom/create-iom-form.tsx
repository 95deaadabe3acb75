"use client";
import { useCreateAction } from "@/components/ui/use-create-action";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createIomAction } from "@/lib/features/iom/actions";
import { SelectField } from "@/components/ui/field";

/** «Составить ИОМ»: for the teacher themselves, or (tutor) for a tutee. */
export function CreateIomForm({ teachers, selfId }: { teachers: { id: string; name: string }[]; selfId: string }) {
  const router = useRouter();
  const [teacherId, setTeacherId] = useState(teachers[0]?.id ?? "");
  const { execute, result, isPending } = useCreateAction(createIomAction, { onSuccess: ({ data }) => data && router.push(`/iom/${data.id}`) });
  const onlySelf = teachers.length === 1 && teachers[0].id === selfId;
  return (
    <div className="flex flex-wrap items-end gap-3">
      {onlySelf ? null : (
        <SelectField
          label="Педагог"
          value={teacherId}
          onChange={(e) => setTeacherId(e.currentTarget.value)}
          options={teachers.map((t) => ({ value: t.id, label: t.name }))}
        />
      )}
      <Button disabled={isPending || !teacherId} onClick={() => execute({ teacherId })}>
        {onlySelf ? "Составить мой ИОМ" : "Составить ИОМ"}
      </Button>
      {result.serverError ? <Alert tone="error">{result.serverError.message}</Alert> : null}
    </div>
  );
}
