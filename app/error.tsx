"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Что-то пошло не так</h1>
      <p className="mt-2 text-slate-600">
        Не удалось загрузить страницу. Повторите попытку через минуту.
        {error.digest ? <> Код ошибки: <code>{error.digest}</code>.</> : null}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
        Повторить
      </button>
    </main>
  );
}
