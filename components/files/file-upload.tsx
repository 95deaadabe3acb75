"use client";
import { useId, useState } from "react";
import { ACCEPT_ATTRIBUTE, ALLOWED_LABEL, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/files/policy";
import { formatFileSize } from "@/lib/i18n/plural";
import type { UploadedFile } from "@/lib/files/upload-types";

/**
 * Uploads files to /api/uploads one by one with a progress bar and hands the
 * stored files to the form (`onChange`); the form's action then attaches them
 * by id. The server checks type and size again; its Russian message is shown
 * next to the field.
 */
export function FileUpload({
  label,
  value,
  onChange,
  error,
  multiple = true,
  name = "fileIds",
}: {
  label: string;
  value: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  error?: string;
  multiple?: boolean;
  /** Hidden inputs with the file ids are rendered under this name. */
  name?: string;
}) {
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const shownError = uploadError ?? error;

  async function upload(file: File): Promise<UploadedFile> {
    if (file.size > MAX_UPLOAD_BYTES) throw new Error(UPLOAD_MESSAGES.tooLarge);
    const body = new FormData();
    body.append("file", file);
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", "/api/uploads");
      xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
      xhr.onerror = () => reject(new Error("Не удалось загрузить файл: нет связи с сервером."));
      xhr.onload = () => {
        let payload: { error?: { message?: string } } & Partial<UploadedFile> = {};
        try {
          payload = JSON.parse(xhr.responseText);
        } catch {
          /* handled below */
        }
        if (xhr.status === 201 && payload.id) resolve(payload as UploadedFile);
        else reject(new Error(payload.error?.message ?? "Не удалось загрузить файл."));
      };
      xhr.send(body);
    });
  }

  async function onFiles(list: FileList | null) {
    if (!list?.length) return;
    setUploadError(null);
    const added: UploadedFile[] = [];
    try {
      for (const file of Array.from(list)) {
        setProgress(0);
        added.push(await upload(file));
      }
    } catch (e) {
      setUploadError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
      if (added.length) onChange(multiple ? [...value, ...added] : added.slice(-1));
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={ACCEPT_ATTRIBUTE}
        multiple={multiple}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={`${id}-hint${shownError ? ` ${id}-error` : ""}`}
        disabled={progress !== null}
        onChange={(e) => {
          void onFiles(e.currentTarget.files);
          e.currentTarget.value = "";
        }}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {ALLOWED_LABEL}, до 20 МБ каждый. Тип проверяется по содержимому файла.
      </p>
      {progress !== null ? (
        <div role="progressbar" aria-label="Загрузка файла" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} className="h-2 w-full rounded bg-slate-200">
          <div className="h-2 rounded bg-blue-600" style={{ width: `${progress}%` }} />
        </div>
      ) : null}
      {shownError ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {shownError}
        </p>
      ) : null}
      {value.length ? (
        <ul className="space-y-1 text-sm">
          {value.map((f) => (
            <li key={f.id} className="flex items-center gap-2">
              <input type="hidden" name={name} value={f.id} />
              <span>{f.name}</span>
              <span className="text-slate-500">({formatFileSize(f.size)})</span>
              <button type="button" className="text-red-700 underline" onClick={() => onChange(value.filter((x) => x.id !== f.id))}>
                Убрать
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
