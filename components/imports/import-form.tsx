"use client";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle, Stat } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import type { ImportPageData } from "@/lib/features/imports/queries";
import { IMPORT_PLURALS } from "@/lib/i18n/labels";
import { formatFileSize, plural } from "@/lib/i18n/plural";

type Result = { kind: string; rows: number; created: number; updated: number; errors: { row: number; column: string | null; message: string }[] };
type Phase = { step: "idle" } | { step: "running"; dryRun: boolean; progress: number | null } | { step: "checked"; result: Result } | { step: "done"; result: Result } | { step: "failed"; message: string };

/** 10 MB, as the server's limit (lib/features/imports/read.ts). */
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Upload → check (dry run) → preview with every row's errors → commit. The
 * browser keeps the chosen File and sends it again for the commit; the
 * server validates it again anyway. XMLHttpRequest gives upload progress.
 */
export function ImportForm({ kinds, cycles, defaultCycleId, defaultKind }: ImportPageData) {
  const id = useId();
  const [kind, setKind] = useState(defaultKind);
  const [cycleId, setCycleId] = useState(defaultCycleId);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const spec = kinds.find((k) => k.kind === kind)!;
  const running = phase.step === "running";
  const usesCycle = spec.cycle !== "none";

  function reset(next?: Partial<{ kind: typeof kind; cycleId: string }>) {
    if (next?.kind) setKind(next.kind);
    if (next?.cycleId !== undefined) setCycleId(next.cycleId);
    setPhase({ step: "idle" });
  }

  function send(dryRun: boolean) {
    if (!file) return setPhase({ step: "failed", message: "Выберите файл .xlsx или .csv." });
    if (file.size > MAX_BYTES) return setPhase({ step: "failed", message: "Файл больше 10 МБ. Разделите его на несколько файлов." });
    const search = new URLSearchParams({ dryRun: String(dryRun) });
    if (usesCycle && cycleId) search.set("cycleId", cycleId);
    const body = new FormData();
    body.append("file", file);
    setPhase({ step: "running", dryRun, progress: 0 });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/imports/${kind}/upload?${search}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && setPhase({ step: "running", dryRun, progress: Math.round((e.loaded / e.total) * 100) });
    xhr.upload.onload = () => setPhase({ step: "running", dryRun, progress: null });
    xhr.onerror = () => setPhase({ step: "failed", message: "Нет связи с сервером. Повторите попытку." });
    xhr.onload = () => {
      let payload: Partial<Result> & { error?: { message?: string } } = {};
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        /* handled below */
      }
      if ((xhr.status === 200 || xhr.status === 422) && Array.isArray(payload.errors)) {
        const result = payload as Result;
        setPhase(!dryRun && result.errors.length === 0 ? { step: "done", result } : { step: "checked", result });
      } else setPhase({ step: "failed", message: payload.error?.message ?? "Не удалось проверить файл. Повторите попытку." });
    };
    xhr.send(body);
  }

  const result = phase.step === "checked" || phase.step === "done" ? phase.result : null;
  const clean = phase.step === "checked" && phase.result.errors.length === 0;

  return (
    <div className="space-y-6">
      <Card>
        <CardTitle>1. Что загружаем</CardTitle>
        <fieldset className="grid gap-2 sm:grid-cols-2" disabled={running}>
          <legend className="sr-only">Вид данных</legend>
          {kinds.map((k) => (
            <label key={k.kind} className="flex cursor-pointer gap-3 rounded-md border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="kind" value={k.kind} checked={kind === k.kind} onChange={() => reset({ kind: k.kind })} className="mt-1" />
              <span>
                <span className="block font-medium text-slate-900">{k.title}</span>
                <span className="block text-sm text-slate-600">{k.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="mt-4 space-y-2 text-sm">
          <p>
            Шаблон «{spec.title}»:{" "}
            <a className="text-brand-700 underline" href={`/imports/${kind}/template?format=xlsx`}>
              Excel (.xlsx)
            </a>{" "}
            ·{" "}
            <a className="text-brand-700 underline" href={`/imports/${kind}/template?format=csv`}>
              CSV
            </a>
          </p>
          <p className="text-slate-600">
            Столбцы: {spec.columns.map((c) => (c.required ? `${c.header}*` : c.header)).join(", ")}. * — обязательные. Повторная загрузка обновляет записи (ключ — {spec.key}).
          </p>
        </div>
      </Card>

      <Card>
        <CardTitle>2. Цикл и файл</CardTitle>
        <div className="grid gap-4 sm:grid-cols-2">
          {usesCycle ? (
            cycles.length ? (
              <SelectField
                label={spec.cycle === "required" ? "Цикл" : "Цикл (необязательно)"}
                value={cycleId}
                disabled={running}
                onChange={(e) => reset({ cycleId: e.currentTarget.value })}
                hint={spec.cycle === "required" ? "Данные записываются в этот цикл." : "По циклу определяется муниципалитет; для школ — их категории в цикле."}
              >
                {spec.cycle === "optional" ? <option value="">Без цикла</option> : null}
                {cycles.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title} — {c.municipality.name}
                  </option>
                ))}
              </SelectField>
            ) : (
              <Alert>Открытых циклов нет: загрузки, которые относятся к циклу, недоступны.</Alert>
            )
          ) : null}
          <div className="space-y-1">
            <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-800">
              Файл (.xlsx или .csv, до 10 МБ)
            </label>
            <input
              ref={fileInput}
              id={`${id}-file`}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={running}
              aria-describedby={`${id}-file-hint`}
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
                setPhase({ step: "idle" });
              }}
              className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm"
            />
            <p id={`${id}-file-hint`} className="text-xs text-slate-500">
              {file ? `${file.name}, ${formatFileSize(file.size)}` : "CSV: UTF-8 или Windows-1251, разделитель «;» или «,»."}
            </p>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button type="button" variant="secondary" disabled={running || !file} onClick={() => send(true)}>
            Проверить
          </Button>
          <Button type="button" disabled={running || !clean} onClick={() => send(false)}>
            Загрузить
          </Button>
        </div>
        <div aria-live="polite" role="status" className="mt-3 text-sm text-slate-700">
          {phase.step === "running" ? (
            <div className="space-y-1">
              <p>{phase.dryRun ? "Проверка…" : "Загрузка…"}</p>
              {phase.progress !== null ? (
                <div role="progressbar" aria-label="Передача файла" aria-valuenow={phase.progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-full max-w-md rounded bg-slate-200">
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${phase.progress}%` }} />
                </div>
              ) : (
                <p className="text-slate-500">Файл передан, сервер проверяет строки.</p>
              )}
            </div>
          ) : null}
        </div>
        {phase.step === "failed" ? (
          <Alert tone="error" className="mt-3">
            {phase.message}
          </Alert>
        ) : null}
      </Card>

      {result ? <Preview result={result} done={phase.step === "done"} /> : null}
    </div>
  );
}

function Preview({ result, done }: { result: Result; done: boolean }) {
  const errors = result.errors;
  return (
    <Card aria-labelledby="import-preview-title">
      <CardTitle id="import-preview-title">{done ? "3. Результат загрузки" : "3. Результат проверки"}</CardTitle>
      <dl className="mb-4 grid gap-3 sm:grid-cols-3">
        <Stat label="Строк в файле" value={result.rows} />
        <Stat label={done ? "Создано" : "Будет создано"} value={result.created} />
        <Stat label={done ? "Обновлено" : "Будет обновлено"} value={result.updated} />
      </dl>
      {done ? (
        <Alert tone="success">
          Загружено: {plural(result.created + result.updated, IMPORT_PLURALS.record)} (создано {result.created}, обновлено {result.updated}).
        </Alert>
      ) : errors.length === 0 ? (
        <Alert tone="success">Ошибок нет. Нажмите «Загрузить», чтобы записать данные.</Alert>
      ) : (
        <div className="space-y-3">
          <Alert tone="error">
            В файле {plural(errors.length, IMPORT_PLURALS.error)}. Ничего не загружено: исправьте файл и проверьте его снова.
          </Alert>
          <Table caption="Ошибки в файле">
            <thead>
              <tr>
                <Th>Строка</Th>
                <Th>Столбец</Th>
                <Th>Сообщение</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {errors.map((e, i) => (
                <tr key={i}>
                  <Td>{e.row}</Td>
                  <Td>{e.column ?? "—"}</Td>
                  <Td>{e.message}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
